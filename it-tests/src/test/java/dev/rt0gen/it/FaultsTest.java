package dev.rt0gen.it;

import dev.rt0gen.it.FaultPrograms.Binaries;
import dev.rt0gen.it.FaultPrograms.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.rt0gen.it.FaultPrograms.masked;
import static dev.rt0gen.it.FaultPrograms.numbersMasked;
import static dev.rt0gen.it.FaultPrograms.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * rt0gen's binaries under faults and hostile start-up, each compared with the real Go binary
 * of the same program where Go defines the behaviour (issue 7). Lines that hold addresses
 * (0x…) or M ids are compared with those masked; rt0gen prints no stack frames, so only the
 * lines before Go's frames are compared.
 */
class FaultsTest {
    @TempDir
    static Path tmp;

    private static final Map<String, String> ONE_P = Map.of("GOMAXPROCS", "1");
    private static final Pattern SP_LINE = Pattern.compile(
            "runtime: sp=0x([0-9a-f]+) stack=\\[0x([0-9a-f]+), 0x([0-9a-f]+)]");

    // ---- 1. stack overflow ----

    @Test
    void deepRecursionPrintsGosStackOverflowAndExitsTwo() throws Exception {
        Binaries b = FaultPrograms.build(tmp, "overflow", FaultPrograms.STACK_OVERFLOW);
        Result go = run(List.of(b.go().toString()), ONE_P);
        Result rt = run(List.of(b.rt0gen().toString()), ONE_P);

        for (Result r : List.of(go, rt)) {
            assertThat(r.exit()).as(r.stderr()).isEqualTo(2);
            assertThat(r.stdout()).isEmpty();
            // start; the limit; sp and the stack bounds; the throw; a blank line; runtime stack:
            assertThat(masked(r.stderrLines().subList(0, 6))).as(r.stderr()).containsExactly("start",
                    "runtime: goroutine stack exceeds 1000000000-byte limit",
                    "runtime: sp=0x? stack=[0x?, 0x?]", "fatal error: stack overflow", "", "runtime stack:");
            Matcher sp = SP_LINE.matcher(r.stderrLines().get(2));
            assertThat(sp.matches()).as(r.stderrLines().get(2)).isTrue();
            long spv = Long.parseUnsignedLong(sp.group(1), 16);
            long lo = Long.parseUnsignedLong(sp.group(2), 16);
            long hi = Long.parseUnsignedLong(sp.group(3), 16);
            assertThat(lo).isLessThan(hi);
            assertThat(spv).isBetween(lo - 0x1000, hi);   // the stack ran out: sp at its low end
            assertThat(spv - lo).isLessThan((hi - lo) / 2);
            assertThat(r.stderr()).doesNotContain("SIGSEGV");
        }
        assertThat(masked(rt.stderrLines().subList(0, 6))).isEqualTo(masked(go.stderrLines().subList(0, 6)));
        assertThat(rt.stderrLines().get(5)).isEqualTo("runtime stack:");
        assertThat(masked(rt.firstLine("goroutine "))).isEqualTo(masked(go.firstLine("goroutine ")))
                .isEqualTo("goroutine 1 gp=0x? m=? mp=0x? [running]:");
    }

    @Test
    void stackOverflowInAGoroutineNamesThatGoroutine() throws Exception {
        Binaries b = FaultPrograms.build(tmp, "overflowg", FaultPrograms.STACK_OVERFLOW_GOROUTINE);
        Result go = run(List.of(b.go().toString()), ONE_P);
        Result rt = run(List.of(b.rt0gen().toString()), ONE_P);

        assertThat(rt.exit()).as(rt.stderr()).isEqualTo(2).isEqualTo(go.exit());
        assertThat(masked(rt.stderrLines().subList(0, 6))).as(rt.stderr())
                .isEqualTo(masked(go.stderrLines().subList(0, 6)));
        assertThat(masked(rt.firstLine("goroutine "))).isEqualTo(masked(go.firstLine("goroutine ")))
                .isEqualTo("goroutine 6 gp=0x? m=? mp=0x? [running]:");
    }

    // ---- 2. integer division by zero ----

    @Test
    void divideByZeroPanicsAsGo() throws Exception {
        Binaries b = FaultPrograms.build(tmp, "divide", FaultPrograms.DIVIDE);
        Result go = run(List.of(b.go().toString()), ONE_P);
        Result rt = run(List.of(b.rt0gen().toString()), ONE_P);

        assertThat(go.exit()).isEqualTo(2);
        assertThat(rt.exit()).isEqualTo(2);
        assertThat(go.stderrLines().subList(0, 4)).containsExactly("before",
                "panic: runtime error: integer divide by zero", "", "goroutine 1 [running]:");
        assertThat(rt.stderrLines()).isEqualTo(go.stderrLines().subList(0, 4));
    }

    @Test
    void divideByZeroInAGoroutinePrintsItsId() throws Exception {
        Binaries b = FaultPrograms.build(tmp, "divideg", FaultPrograms.DIVIDE_GOROUTINE);
        Result go = run(List.of(b.go().toString()), ONE_P);
        Result rt = run(List.of(b.rt0gen().toString()), ONE_P);

        assertThat(go.stderrLines().subList(0, 4)).containsExactly("worker",
                "panic: runtime error: integer divide by zero", "", "goroutine 6 [running]:");
        assertThat(rt.exit()).isEqualTo(go.exit()).isEqualTo(2);
        assertThat(rt.stderrLines()).isEqualTo(go.stderrLines().subList(0, 4));
    }

    // ---- 3. memory exhaustion ----

    @Test
    void exhaustingTheAddressSpaceIsFatalErrorOutOfMemory() throws Exception {
        Binaries b = FaultPrograms.build(tmp, "exhaust", FaultPrograms.EXHAUST);
        // Go needs about 700 MB of address space to start at all; 1 GiB lets both run into the limit.
        Result go = run(FaultPrograms.underUlimit(1 << 20, b.go()), Map.of());
        Result rt = run(FaultPrograms.underUlimit(1 << 20, b.rt0gen()), Map.of());

        for (Result r : List.of(go, rt)) {
            assertThat(r.exit()).as(r.stderr()).isEqualTo(2);
            assertThat(r.stderrLines()).as(r.stderr()).contains("doubled 20 16777216");
        }
        List<String> want = numbersMasked(go.stderrFrom("runtime: out of memory", 4));
        assertThat(want).containsExactly("runtime: out of memory: cannot allocate N-byte block (N in use)",
                "fatal error: out of memory", "", "goroutine N gp=0x? m=? mp=0x? [running]:");
        assertThat(numbersMasked(rt.stderrFrom("runtime: out of memory", 4))).as(rt.stderr()).isEqualTo(want);
        assertThat(masked(rt.firstLine("goroutine "))).isEqualTo("goroutine 1 gp=0x? m=? mp=0x? [running]:");
    }

    /**
     * rt0gen's own promise at every limit the image fits in: fatal error: out of memory and exit 2,
     * never a crash. The image needs about 0.5 MiB of address space with the process's stack (its .bss
     * holds the 32 KiB signal stack); the heap reserves what the limit leaves, halving its arena
     * down to 4 MiB (mheap.go's mheapinit); below that see the next test.
     */
    @ParameterizedTest
    @ValueSource(longs = {1024, 2048, 4096, 8192, 16384, 65536, 262144})
    void anyAddressSpaceLimitEndsInOutOfMemoryNotACrash(long kib) throws Exception {
        Binaries b = FaultPrograms.build(tmp, "exhaust" + kib, FaultPrograms.EXHAUST);
        Result rt = run(FaultPrograms.underUlimit(kib, b.rt0gen()), Map.of());

        assertThat(rt.exit()).as(rt.stderr()).isEqualTo(2);
        assertThat(rt.stderrLines()).as(rt.stderr()).contains("fatal error: out of memory");
        assertThat(rt.firstLine("runtime: out of memory: cannot allocate ")).matches(
                "runtime: out of memory: cannot allocate \\d+-byte block \\(\\d+ in use\\)");
        assertThat(rt.stderr()).doesNotContain("SIGSEGV");
    }

    /**
     * Under an address-space limit smaller than the image, the kernel cannot map its segments and
     * execve kills the process with SIGSEGV before any of its code runs, as for any static binary
     * (Go's need about 700 MB to start at all).
     */
    @Test
    void belowTheImagesOwnSizeTheKernelCannotLoadIt() throws Exception {
        Binaries b = FaultPrograms.build(tmp, "exhaust256", FaultPrograms.EXHAUST);
        Result rt = run(FaultPrograms.underUlimit(256, b.rt0gen()), Map.of());
        assertThat(rt.exit()).as(rt.stderr()).isEqualTo(128 + 11);
        assertThat(rt.stdout() + rt.stderr()).isEmpty();
    }

    @Test
    void hugeGomaxprocsUnderAMemoryLimitIsOutOfMemory() throws Exception {
        Binaries b = FaultPrograms.build(tmp, "procs", FaultPrograms.PRINT_AND_EXIT);
        Map<String, String> env = Map.of("GOMAXPROCS", "1000000000");
        Result go = run(FaultPrograms.underUlimit(2 << 20, b.go()), env);
        Result rt = run(FaultPrograms.underUlimit(2 << 20, b.rt0gen()), env);

        assertThat(go.exit()).as(go.stderr()).isEqualTo(2);
        assertThat(rt.exit()).as(rt.stderr()).isEqualTo(2);
        // allp, 8 bytes a P, cannot be had: on the system stack (schedinit), before any G runs.
        List<String> want = numbersMasked(go.stderrLines().subList(0, 4));
        assertThat(want).containsExactly("runtime: out of memory: cannot allocate N-byte block (N in use)",
                "fatal error: out of memory", "", "runtime stack:");
        assertThat(numbersMasked(rt.stderrLines())).as(rt.stderr()).isEqualTo(want);
    }

    @Test
    void manyPsUnderASmallMemoryLimitCostNothingUntilUsed() throws Exception {
        // Go 1.26 makes every P at start-up: GOMAXPROCS=100000 under this limit, or under
        // 2 GiB, prints "fatal error: out of memory" and then dies of SIGSEGV (exit 139).
        // rt0gen makes a P when it is first used (only P0 with one M), so the program runs.
        Binaries b = FaultPrograms.build(tmp, "procs2", FaultPrograms.PRINT_AND_EXIT);
        Result rt = run(FaultPrograms.underUlimit(64 << 10, b.rt0gen()), Map.of("GOMAXPROCS", "100000"));

        assertThat(rt.exit()).as(rt.stderr()).isEqualTo(3);
        assertThat(rt.stderrLines()).hasSize(100).endsWith("line 99");
    }

    // ---- 4. closed pipes ----

    @Test
    void printlnToAClosedStderrPipeGoesOnAsGo() throws Exception {
        // println writes to fd 2 with the runtime's write: the write fails with EPIPE and
        // SIGPIPE comes. Go's handler ignores it (it kills only for an os.File write to fd 1
        // or 2, through os.sigpipe, and rt0gen programs have no os.File) and println drops the
        // error, so the program goes on to os.Exit(3). Without a handler the kernel's default
        // action would kill it with SIGPIPE at the first line ("status -13").
        // (A closed stdout pipe is not tried: an rt0gen program cannot write to stdout.)
        Binaries b = FaultPrograms.build(tmp, "pipe2", FaultPrograms.PRINT_AND_EXIT);
        Result go = run(FaultPrograms.launch(tmp, "closed-pipe", "2", b.go().toString()), Map.of());
        Result rt = run(FaultPrograms.launch(tmp, "closed-pipe", "2", b.rt0gen().toString()), Map.of());

        assertThat(go.stdout()).isEqualTo("status 3\n");
        assertThat(rt.stdout()).as(rt.stderr()).isEqualTo("status 3\n");
        assertThat(go.stderr()).isEmpty();
        assertThat(rt.stderr()).isEmpty();
    }

    // ---- signals from outside ----
    // Every program here starts through env --default-signal (FaultPrograms.withDispositions):
    // what the JVM inherited (SIG_IGN for SIGHUP under nohup, for SIGINT in a script's
    // background job) does not reach it. Masks are read from /proc/PID/status once the
    // program has printed its first line, that is after the runtime's initsig.

    @Test
    void theHandlerIsInstalledForTheSignalsGoHandles() throws Exception {
        // SIGURG, SIGWINCH and SIGCHLD are ignored by default anyway: only SigCgt tells a
        // runtime that handles them, as Go's does (and hands them to os/signal), from one that
        // leaves them alone.
        Binaries b = FaultPrograms.build(tmp, "spin-masks", FaultPrograms.SPIN);
        List<String> seen = new java.util.ArrayList<>();
        for (Path bin : List.of(b.go(), b.rt0gen())) {
            try (var r = FaultPrograms.Running.start(tmp, bin, List.of(), "spinning")) {
                long cgt = r.mask("SigCgt");
                long ign = r.mask("SigIgn");
                assertThat(Long.toHexString(cgt)).as(bin.toString())
                        .isEqualTo(Long.toHexString(FaultPrograms.GO_HANDLED)).isEqualTo("fffffffd7fc1feff");
                assertThat(cgt & (FaultPrograms.bit("URG") | FaultPrograms.bit("WINCH") | FaultPrograms.bit("CHLD")))
                        .isNotZero();
                assertThat(ign & FaultPrograms.STANDARD).as(bin.toString()).isZero();
                seen.add("SigIgn " + Long.toHexString(ign) + " SigCgt " + Long.toHexString(cgt));
            }
        }
        assertThat(seen.get(1)).as("rt0gen's masks, Go's").isEqualTo(seen.get(0));
    }

    @Test
    void notifyOnlySignalsAreIgnoredAndSigquitIsFatalAsInGo() throws Exception {
        Binaries b = FaultPrograms.build(tmp, "spin", FaultPrograms.SPIN);
        List<String> notifyOnly = List.of("PIPE", "USR1", "USR2", "ALRM", "URG", "WINCH", "CHLD");
        Result go = spinAndSignal(b.go(), notifyOnly, "QUIT");
        Result rt = spinAndSignal(b.rt0gen(), notifyOnly, "QUIT");

        // Had any of them killed the program (as SIGPIPE, SIGUSR1, SIGUSR2 and SIGALRM do by
        // default), the exit would be 128 + its number and there would be no SIGQUIT report.
        assertThat(go.exit()).isEqualTo(2);
        assertThat(rt.exit()).as(rt.stderr()).isEqualTo(2);
        List<String> want = masked(go.stderrLines().subList(0, 4));
        assertThat(want).containsExactly("spinning", "SIGQUIT: quit", "PC=0x? m=? sigcode=0", "");
        assertThat(masked(rt.stderrLines().subList(0, 4))).as(rt.stderr()).isEqualTo(want);
        assertThat(masked(rt.stderrLines().get(4))).isEqualTo("goroutine 1 gp=0x? m=? mp=0x? [running]:");
        for (Result r : List.of(go, rt)) {   // dumpregs
            assertThat(r.stderrLines()).anyMatch(l -> l.matches("rip    0x[0-9a-f]+"))
                    .anyMatch(l -> l.matches("rflags 0x[0-9a-f]+")).anyMatch(l -> l.matches("gs     0x[0-9a-f]+"));
        }
    }

    @Test
    void sigsegvSentWithKillIsAFatalSignalAsInGo() throws Exception {
        Binaries b = FaultPrograms.build(tmp, "spin2", FaultPrograms.SPIN);
        Result go = spinAndSignal(b.go(), List.of(), "SEGV");
        Result rt = spinAndSignal(b.rt0gen(), List.of(), "SEGV");

        assertThat(go.exit()).isEqualTo(2);
        assertThat(rt.exit()).isEqualTo(2);
        List<String> want = masked(go.stderrLines().subList(0, 4));
        assertThat(want).containsExactly("spinning", "SIGSEGV: segmentation violation",
                "PC=0x? m=? sigcode=0 addr=0x?", "");
        assertThat(masked(rt.stderrLines().subList(0, 4))).as(rt.stderr()).isEqualTo(want);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "HUP", "INT"})
    void killSignalsEndTheProgramAsInGo(String sig) throws Exception {
        // Go: _SigKill, dieFromSignal: the process ends killed by the signal.
        Binaries b = FaultPrograms.build(tmp, "spin-" + sig, FaultPrograms.SPIN);
        for (Path bin : List.of(b.go(), b.rt0gen())) {
            try (var r = FaultPrograms.Running.start(tmp, bin, List.of(), "spinning")) {
                assertThat(r.mask("SigCgt") & FaultPrograms.bit(sig)).as(bin + ": SIG" + sig + " caught").isNotZero();
                assertThat(r.mask("SigIgn") & FaultPrograms.STANDARD).as(bin + ": SigIgn").isZero();
                assertThat(r.send(sig)).isTrue();
                Result res = r.awaitExit();
                assertThat(res.exit()).as(bin + " " + res.stderr()).isEqualTo(128 + FaultPrograms.SIGNO.get(sig));
                assertThat(res.stderr()).isEqualTo("spinning\n");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"HUP", "INT"})
    void anInheritedIgnoreOfSighupOrSigintIsKeptAsInGo(String sig) throws Exception {
        // Go's sigInstallGoHandler: an inherited SIG_IGN for SIGHUP or SIGINT stays (nohup,
        // a background job); the kernel then drops the signal. SIGTERM, sent next, kills.
        Binaries b = FaultPrograms.build(tmp, "spin-ign-" + sig, FaultPrograms.SPIN);
        for (Path bin : List.of(b.go(), b.rt0gen())) {
            try (var r = FaultPrograms.Running.start(tmp, bin, List.of(sig), "spinning")) {
                long sigIgn = r.mask("SigIgn");
                long sigCgt = r.mask("SigCgt");
                assertThat(r.send(sig)).isTrue();
                boolean aliveAfter = r.send("TERM");   // false: SIG<sig> had already killed it
                Result res = r.awaitExit();
                assertThat(res.exit()).as(bin + " after SIG" + sig + " then SIGTERM: " + res.stderr())
                        .isEqualTo(128 + 15);
                assertThat(aliveAfter).isTrue();
                assertThat(Long.toHexString(sigIgn & FaultPrograms.STANDARD)).as(bin + ": SigIgn")
                        .isEqualTo(Long.toHexString(FaultPrograms.bit(sig)));
                assertThat(Long.toHexString(sigCgt)).as(bin + ": SigCgt")
                        .isEqualTo(Long.toHexString(FaultPrograms.GO_HANDLED & ~FaultPrograms.bit(sig)));
            }
        }
    }

    @Test
    void anInheritedIgnoreOfOtherSignalsIsReplacedAsInGo() throws Exception {
        // Only SIGHUP and SIGINT keep an inherited SIG_IGN: Go installs its handler for the
        // others, so SIGTERM still kills and SIGPIPE is handled (not dropped by the kernel).
        Binaries b = FaultPrograms.build(tmp, "spin-ign-term", FaultPrograms.SPIN);
        for (Path bin : List.of(b.go(), b.rt0gen())) {
            try (var r = FaultPrograms.Running.start(tmp, bin, List.of("TERM", "PIPE", "USR1"), "spinning")) {
                assertThat(r.mask("SigIgn") & FaultPrograms.STANDARD).as(bin + ": SigIgn").isZero();
                assertThat(Long.toHexString(r.mask("SigCgt"))).as(bin + ": SigCgt")
                        .isEqualTo(Long.toHexString(FaultPrograms.GO_HANDLED));
                assertThat(r.send("TERM")).isTrue();
                Result res = r.awaitExit();
                assertThat(res.exit()).as(bin + " " + res.stderr()).isEqualTo(128 + 15);
            }
        }
    }

    // ---- faults the program itself cannot cause: made with gdb ----

    @Test
    void aFaultOutsideAnyStackIsUnexpectedFaultAddressAsInGo() throws Exception {
        Binaries b = FaultPrograms.build(tmp, "gdbfault", FaultPrograms.STACK_OVERFLOW);
        // At main.f, jump to an unmapped address: Go's sigpanic says "unexpected fault address".
        Result go = gdbJump(b.go(), "0x7fff0000");
        Result rt = gdbJump(b.rt0gen(), "0x7fff0000");

        List<String> want = masked(go.stderrFrom("unexpected fault address", 5));
        assertThat(want).containsExactly("unexpected fault address 0x?", "fatal error: fault",
                "[signal SIGSEGV: segmentation violation code=0x? addr=0x? pc=0x?]", "",
                "goroutine 1 gp=0x? m=? mp=0x? [running]:");
        assertThat(masked(rt.stderrFrom("unexpected fault address", 5))).as(rt.stderr()).isEqualTo(want);
        // Unmasked: the address, the code (SEGV_MAPERR) and the pc are the same in both.
        assertThat(go.stderrFrom("unexpected fault address", 3)).containsExactly(
                "unexpected fault address 0x7fff0000", "fatal error: fault",
                "[signal SIGSEGV: segmentation violation code=0x1 addr=0x7fff0000 pc=0x7fff0000]");
        assertThat(rt.stderrFrom("unexpected fault address", 3)).as(rt.stderr())
                .isEqualTo(go.stderrFrom("unexpected fault address", 3));
        assertThat(go.stdout()).contains("exited with code 02");
        assertThat(rt.stdout()).contains("exited with code 02");
    }

    @Test
    void aFaultBelow4096IsTheNilDereferencePanicAsInGo() throws Exception {
        Path goNil = FaultPrograms.goOnly(tmp, "nilderef", FaultPrograms.NIL_DEREF_GO_ONLY);
        Result go = run(List.of(goNil.toString()), ONE_P);
        Binaries b = FaultPrograms.build(tmp, "gdbnil", FaultPrograms.STACK_OVERFLOW);
        Result rt = gdbJump(b.rt0gen(), "0x10");

        List<String> want = masked(go.stderrLines().subList(0, 4));
        assertThat(go.exit()).isEqualTo(2);
        assertThat(want).containsExactly("panic: runtime error: invalid memory address or nil pointer dereference",
                "[signal SIGSEGV: segmentation violation code=0x? addr=0x? pc=0x?]", "", "goroutine 1 [running]:");
        assertThat(masked(rt.stderrFrom("panic: ", 4))).as(rt.stderr()).isEqualTo(want);
        assertThat(rt.firstLine("[signal ")).isEqualTo("[signal SIGSEGV: segmentation violation code=0x1 addr=0x10 pc=0x10]");
        assertThat(rt.stdout()).contains("exited with code 02");
    }

    // ---- 5. hostile start-up ----

    @ParameterizedTest
    @ValueSource(strings = {"empty", "argc0", "manyenv", "bigargs"})
    void startUpAndGetenvAsInGo(String mode) throws Exception {
        Binaries b = FaultPrograms.build(tmp, "getenv-" + mode, FaultPrograms.GETENV);
        Result go = run(FaultPrograms.launch(tmp, "exec", mode, b.go().toString()), Map.of());
        Result rt = run(FaultPrograms.launch(tmp, "exec", mode, b.rt0gen().toString()), Map.of());

        assertThat(go.stdout()).isEqualTo("status 0\n");
        assertThat(rt.stdout()).isEqualTo(go.stdout());
        assertThat(rt.stderr()).isEqualTo(go.stderr());
        switch (mode) {
            case "empty" -> assertThat(rt.stderrLines()).contains("K= 0", "GOMAXPROCS= 0");
            case "argc0" -> {
                assertThat(rt.stderrLines()).contains("K=v 1");
                // Since Linux 5.18 execve with an empty argv gives the program argv = [""]
                // (argc 1): a program never sees argc == 0. Go's os.Args shows what it got.
                Path args = FaultPrograms.goOnly(tmp, "args", FaultPrograms.ARGS_GO_ONLY);
                assertThat(run(FaultPrograms.launch(tmp, "exec", mode, args.toString()), Map.of()).stdout())
                        .isEqualTo("argc=1 [\"\"]\nstatus 0\n");
            }
            case "bigargs" -> assertThat(rt.stderrLines()).contains("K=v 1");
            case "manyenv" -> assertThat(rt.stderrLines()).contains("K=first 5", "DUP=one 3", "LAST=last 4",
                    "NOEQUALS= 0", "E0=0 1", "E99999=99999 5", "= 0");
            default -> throw new AssertionError(mode);
        }
    }

    @Test
    void aOneMebibyteArgumentIsRefusedByTheKernelForBoth() throws Exception {
        // Linux caps one argument or environment string at MAX_ARG_STRLEN (128 KiB): execve
        // fails before either program runs (startUpAndGetenvAsInGo[bigargs] passes 1 MiB in 8).
        Binaries b = FaultPrograms.build(tmp, "getenv-huge", FaultPrograms.GETENV);
        Result go = run(FaultPrograms.launch(tmp, "exec", "hugearg", b.go().toString()), Map.of());
        Result rt = run(FaultPrograms.launch(tmp, "exec", "hugearg", b.rt0gen().toString()), Map.of());

        assertThat(go.stdout()).isEqualTo("execve: E2BIG\n");
        assertThat(rt.stdout()).isEqualTo(go.stdout());
    }

    // ---- helpers ----

    /**
     * Starts bin (GOMAXPROCS=1, every signal SIG_DFL), waits for "spinning", sends each signal
     * of {@code ignored} in turn (each taken before the next is sent), then {@code last};
     * returns how the program ended.
     */
    private static Result spinAndSignal(Path bin, List<String> ignored, String last) throws Exception {
        try (var r = FaultPrograms.Running.start(tmp, bin, List.of(), "spinning")) {
            for (String sig : ignored) {
                assertThat(r.send(sig)).as(bin + ": kill -s " + sig).isTrue();
            }
            assertThat(r.send(last)).as(bin + ": kill -s " + last + " (an earlier signal killed it?)").isTrue();
            return r.awaitExit();
        }
    }

    /** Runs bin under gdb (GOMAXPROCS=1) to main.f, sets pc there and lets it fault; gdb's stdout, the program's stderr. */
    private static Result gdbJump(Path bin, String pc) throws Exception {
        Path err = tmp.resolve(bin.getFileName() + "-" + pc + ".stderr");
        Result r = run(List.of("gdb", "-nx", "-batch", "-ex", "set auto-load safe-path /",
                "-ex", "handle SIGSEGV nostop noprint pass",
                "-ex", "set environment GOMAXPROCS=1", "-ex", "break main.f",
                "-ex", "run 2>" + err, "-ex", "set $pc = " + pc, "-ex", "continue", bin.toString()),
                Map.of("PATH", "/usr/bin:/bin", "HOME", tmp.toString()));
        assertThat(r.stdout()).as(r.stdout() + r.stderr()).containsPattern("Breakpoint 1(\\.\\d+)?, ");
        return new Result(r.exit(), r.stdout(), Files.exists(err) ? Files.readString(err) : "");
    }
}
