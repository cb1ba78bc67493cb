package dev.rt0gen.it;

import dev.rt0gen.compare.Comparison;
import dev.rt0gen.compare.NativeRunner;
import dev.rt0gen.testcontainers.InitTrace;
import dev.rt0gen.testcontainers.Rt0genContainer;
import dev.rt0gen.testcontainers.Rt0genResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GODEBUG=inittrace=1}: rt0gen's binary prints one {@code init PKG @T ms, D ms clock,
 * B bytes, A allocs} line per package with init work, in the same package order as the real Go
 * binary, at the same place among the program's own output.
 *
 * <p>How the two are compared: Go's binary also prints lines for its own runtime's packages
 * ({@code internal/bytealg}, {@code internal/runtime/gc/scan}, {@code runtime}: doInit of
 * runtime_inittasks, before any other package); rt0gen's runtime is assembly and prints none.
 * So the comparison drops those three lines from Go's output, checks that they came before
 * every other one (dropping them reorders nothing), masks the times, bytes and allocs
 * (measurements, not behaviour), and then wants stderr equal line for line, user output
 * included. The standard packages a program's {@code import "os"} brings in (errors, sync,
 * syscall, time, ..., os), or its {@code import "time"} (p113_sleeporder: errors, iter, sync,
 * internal/godebug, syscall, time; rt0gen compiles sync and time from Go), or its
 * {@code import "container/heap"} (p135_containers: iter, through sort and slices) are compared
 * like the program's own: rt0gen runs their init tasks,
 * in the same places among the program's packages (p53_fingorder: c.d, c-d, c, e, f, a, then errors ...
 * os, then b), though only os's does anything there (it starts the finalizer goroutine).
 * p139_staticinit: a package whose variables are all static data (errors.New calls and
 * &T{...} among them) has no init task and no line, as in Go; one with code has both.
 * p141_strings: {@code import "strings"} brings errors, iter, sync and unicode (Go's unicode
 * has init work; rt0gen has no package unicode, but runs a task in its place).
 */
class InitTraceTest {
    @TempDir
    static Path work;

    @ParameterizedTest
    @ValueSource(strings = {"p17_diamond", "p18_pkgorder", "v03_pkgs", "p29_transitive", "p44_pkggo", "p50_initspawn", "p21_goinit",
            "p53_fingorder", "p113_sleeporder", "p135_containers", "p139_staticinit", "p141_strings"})
    void packageSequenceAndPlaceEqualGos(String program) throws Exception {
        Path dir = Repo.corpus().resolve(program);
        String module = modulePath(dir);
        Comparison.Builds b = new Comparison(new NativeRunner(), Files.createDirectories(work.resolve(program))).build(dir);
        Map<String, String> env = Map.of("GODEBUG", "inittrace=1", "GOMAXPROCS", "1");
        Probe.Run go = Probe.run(b.go(), env);
        Probe.Run rt = Probe.run(b.rt0gen(), env);
        assertThat(rt.exit()).isEqualTo(go.exit());

        List<InitTrace> goInits = inits(go.stderr());
        List<InitTrace> rtInits = inits(rt.stderr());
        assertThat(goInits).extracting(InitTrace::pkg).contains("runtime");
        List<String> goSeq = goInits.stream().map(InitTrace::pkg).filter(p -> !RUNTIME_TASKS.contains(p)).toList();
        assertThat(goSeq).as("Go prints the program's packages").anyMatch(p -> own(p, module));
        assertThat(rtInits).extracting(InitTrace::pkg).containsExactlyElementsOf(goSeq);
        int firstOwn = goInits.stream().filter(t -> !RUNTIME_TASKS.contains(t.pkg())).findFirst().orElseThrow().line();
        assertThat(goInits).filteredOn(t -> RUNTIME_TASKS.contains(t.pkg())).hasSize(3).allMatch(t -> t.line() < firstOwn);

        assertThat(normalize(rt.stderr(), module)).isEqualTo(normalize(go.stderr(), module));
        assertThat(rt.stdout()).isEqualTo(go.stdout());
        // times are milliseconds since runtimeInitTime, in order; a line is printed after its init ran
        for (int i = 1; i < rtInits.size(); i++) {
            assertThat(rtInits.get(i).startMs()).isGreaterThanOrEqualTo(rtInits.get(i - 1).startMs());
        }
    }

    @Test
    void inAContainerTheSequenceEqualsGos() throws Exception {
        Path dir = Repo.corpus().resolve("p18_pkgorder");
        Comparison.Builds b = new Comparison(new NativeRunner(), Files.createDirectories(work.resolve("container"))).build(dir);
        List<List<String>> seqs = new ArrayList<>();
        for (Path bin : List.of(b.go(), b.rt0gen())) {
            Rt0genResult r = Rt0genContainer.fromElf(bin).withDockerfile(Repo.dockerfile()).withCpus(1.5)
                    .withEnv("GODEBUG", "inittrace=1").run();
            assertThat(r.exitCode()).as(r.toString()).isZero();
            seqs.add(r.inits().stream().map(InitTrace::pkg).filter(p -> own(p, "example.com/order")).toList());
            assertThat(r.initsPrecede(r.stderrLines().get(r.stderrLines().size() - 1))).isTrue();
        }
        assertThat(seqs.get(0)).containsExactly("example.com/order/mid", "example.com/order/zeta",
                "example.com/order/alpha", "main");
        assertThat(seqs.get(1)).isEqualTo(seqs.get(0));
    }

    @Test
    void withoutInittraceNothingIsPrintedAndOtherGodebugKeysDoNotTurnItOn() throws Exception {
        Path dir = Repo.corpus().resolve("p17_diamond");
        Comparison.Builds b = new Comparison(new NativeRunner(), Files.createDirectories(work.resolve("off"))).build(dir);
        for (String godebug : List.of("inittrace=0", "inittrace=x", "foo=1", "inittrace=1,inittrace=0", "")) {
            Probe.Run go = Probe.run(b.go(), Map.of("GODEBUG", godebug));
            Probe.Run rt = Probe.run(b.rt0gen(), Map.of("GODEBUG", godebug));
            assertThat(inits(go.stderr())).as(godebug).isEmpty();
            assertThat(rt.stderr()).as(godebug).isEqualTo(go.stderr());
        }
        Probe.Run on = Probe.run(b.rt0gen(), Map.of("GODEBUG", "inittrace=0,inittrace=2"));
        assertThat(inits(on.stderr())).extracting(InitTrace::pkg).endsWith("main");
    }

    static List<InitTrace> inits(String stderr) {
        List<String> lines = stderr.lines().toList();
        List<InitTrace> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) InitTrace.parse(lines.get(i), i).ifPresent(out::add);
        return out;
    }

    /** The packages of Go's runtime_inittasks, which rt0gen's assembly runtime does not have. */
    static final List<String> RUNTIME_TASKS = List.of("internal/bytealg", "internal/runtime/gc/scan", "runtime");

    static boolean own(String pkg, String module) {
        return pkg.equals("main") || pkg.equals(module) || pkg.startsWith(module + "/");
    }

    /** stderr without the runtime's own init lines, with the measured numbers masked. */
    static List<String> normalize(String stderr, String module) {
        List<String> out = new ArrayList<>();
        for (String line : stderr.lines().toList()) {
            Optional<InitTrace> t = InitTrace.parse(line, 0);
            if (t.isEmpty()) out.add(line);
            else if (!RUNTIME_TASKS.contains(t.get().pkg())) out.add("init " + t.get().pkg() + " @T ms, D ms clock, B bytes, A allocs");
        }
        return out;
    }

    static String modulePath(Path dir) throws Exception {
        return Files.readAllLines(dir.resolve("go.mod")).stream().filter(l -> l.startsWith("module "))
                .map(l -> l.substring(7).strip()).findFirst().orElseThrow();
    }
}
