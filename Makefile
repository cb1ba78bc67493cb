# rt0gen: build, demo and test. `make test` is THE test command (.ci/run calls it).
#   make demo    build rt0gen, compile examples/hello, run it, show its ELF headers
#   make test    everything the tests need (tools, Docker engine, Keystone), then every module's
#                tests (mvn install, to this checkout's overlay of ~/.m2: scripts/m2-overlay) with
#                a bounded (60 s) fuzzing run: 30 s of the front end (FrontendFuzzTest) and 30 s
#                of the loader, go.mod and //go:debug lines included (LoaderFuzzTest), then
#                examples/ci-test, a user's project on rt0gen-testcontainers, as its own build
#   make gotests Go's own `// run` test programs (GOROOT/test) built and run with rt0gen and Go;
#                writes the table and the score to GOTESTS.md (scripts/gotests)
#   make fuzz    fuzz the front end and the loader longer: FUZZ_SECONDS each (default 600);
#                findings land in generator/src/test/resources/dev/rt0gen/api/
#                FrontendFuzzTestInputs/frontend/ and LoaderFuzzTestInputs/loader/
# The set-up scripts are idempotent: on a prepared machine they only check.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
# The set-up steps share apt-get; never run them at the same time.
.NOTPARALLEL:

MVN ?= mvn
MVN_FLAGS ?= -B -ntp
# The Keystone library's path, once it is built (scripts/get-keystone prints it).
KEYSTONE_LIB = $$(scripts/get-keystone)
MVN_KEYSTONE = RT0GEN_KEYSTONE_LIB="$(KEYSTONE_LIB)" $(MVN) $(MVN_FLAGS) -Drt0gen.keystone.lib="$(KEYSTONE_LIB)"

# How long `make fuzz` fuzzes each target (make test: the 30 s + 30 s of @FuzzTest(maxDuration)). An input that
# takes longer than FUZZ_TIMEOUT seconds is a finding (a hang). Jazzer passes these
# jazzer.internal.arg.N to libFuzzer (N = 0 is its argv[0]).
FUZZ_SECONDS ?= 600
FUZZ_TIMEOUT ?= 30
FUZZ_ARGS = -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-timeout=$(FUZZ_TIMEOUT)

.PHONY: all tools docker keystone build demo test fuzz clean compare-report gotests

all: build

tools:
	scripts/ensure-tools

docker: tools
	scripts/start-docker

keystone: tools
	scripts/get-keystone

build: keystone
	$(MVN_KEYSTONE) -DskipTests package

demo: build
	@mkdir -p out
	bin/rt0gen build -o out/hello examples/hello
	@echo '--- out/hello (println writes to stderr):'
	out/hello
	@echo '--- file out/hello'
	@file out/hello
	@echo '--- readelf -lW out/hello'
	@readelf -lW out/hello | sed -n '/^Elf file type/,/^ Section to Segment/p' | sed '/^ Section to Segment/d'

# JAZZER_FUZZ=1: FrontendFuzzTest and LoaderFuzzTest fuzz (30 s each, LoaderFuzzTest in a
# surefire execution of its own: generator/pom.xml) instead of only replaying their seeds; a plain
# `mvn test` replays them.
test: keystone docker
	scripts/ensure-bench-tools  # BenchCheckTest runs bench/run-bench (valgrind, hyperfine, strace, gcc)
	repo=$$(scripts/m2-overlay); \
	  JAZZER_FUZZ=1 $(MVN_KEYSTONE) $(FUZZ_ARGS) -Dmaven.repo.local="$$repo" install; \
	  echo "--- examples/ci-test, a user's build against the rt0gen just installed to $$repo"; \
	  $(MVN_KEYSTONE) -Dmaven.repo.local="$$repo" -f examples/ci-test/pom.xml verify

fuzz: keystone
	JAZZER_FUZZ=1 $(MVN_KEYSTONE) $(FUZZ_ARGS) -Djazzer.internal.arg.2=-max_total_time=$(FUZZ_SECONDS) \
		-pl generator -am test -Dtest=FrontendFuzzTest

# rt0gen compare over the corpus as an HTML page (out/compare.html) and its screenshot in
# headless Chromium (out/compare.png).
compare-report: build
	scripts/compare-report

# GOTESTS.md: Go's `// run` test programs under rt0gen (GoTestsTest, which make test runs as a
# ratchet, with -Dgotests.report).
gotests: keystone
	scripts/gotests

clean:
	$(MVN) $(MVN_FLAGS) -q clean
	$(MVN) $(MVN_FLAGS) -q -f examples/ci-test/pom.xml clean
	rm -rf out generator/.cifuzz-corpus

# make bench: rt0gen against `go build` and a bare exit(0) binary, measured in one run
# (bench/run-bench); rewrites BENCHMARKS.md and README.md's headline. Every measured run is
# checked against the Go binary's (exit status, stdout, stderr): a failed check is named in
# BENCHMARKS.md, gives no figure, and makes this target fail. Not part of `make test` (no
# figure is asserted there; BenchCheckTest asserts the checking). BENCH_FLAGS: e.g. --quick.
.PHONY: bench
bench: keystone
	scripts/ensure-bench-tools
	$(MVN_KEYSTONE) -q -Pbench -DskipTests -pl generator,bench/jmh -am package
	RT0GEN_KEYSTONE_LIB="$(KEYSTONE_LIB)" bench/run-bench $(BENCH_FLAGS)
