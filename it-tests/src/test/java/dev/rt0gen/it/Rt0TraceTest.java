package dev.rt0gen.it;

import dev.rt0gen.compare.Comparison;
import dev.rt0gen.testcontainers.Rt0Trace;
import dev.rt0gen.testcontainers.Rt0genContainer;
import dev.rt0gen.testcontainers.Rt0genResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code RT0TRACE=1}: one {@code rt0: STEP: …} line per bootstrap step, in the order of Go's
 * start-up (rt0_go → args → osinit → schedinit → procresize → newproc(runtime.main) → mstart →
 * schedule → runtime.main (newm: sysmon) → each package's init → main.main → exit), with values read from the
 * runtime's state: argc is the argument count, ncpu is what NumCPU returns (and what the real Go
 * binary's NumCPU returns), gomaxprocs is what GOMAXPROCS asked for, and one G (goid 1, the
 * g that newproc made and schedule ran) runs every init and main.main.
 */
class Rt0TraceTest {
    @TempDir
    static Path work;
    static Comparison.Builds probe;
    static Comparison.Builds probe126;

    static final Map<String, String> FILES = Map.of(
            "main.go", """
                    package main

                    import (
                    	"example.com/PROBE/a"
                    	"example.com/PROBE/b"
                    	"runtime"
                    )

                    func init() { println("main.init", a.A, b.B) }

                    func main() {
                    	println("GOMAXPROCS", runtime.GOMAXPROCS(0))
                    	println("NumCPU", runtime.NumCPU())
                    }
                    """,
            "a/a.go", """
                    package a

                    var A = f()

                    func f() int { println("a.f"); return 1 }
                    """,
            "b/b.go", """
                    package b

                    import "example.com/PROBE/a"

                    var B = a.A + 1

                    func init() { println("b.init") }
                    """);

    static final List<String> STEPS = List.of("rt0_go", "args", "osinit", "schedinit", "schedinit",
            "procresize", "newproc", "mstart", "schedule", "newm", "main", "doInit", "doInit", "doInit",
            "main.main", "exit(0)");

    @BeforeAll
    static void build() throws Exception {
        probe = Probe.build(work, "rt0trace", "1.21", files("rt0trace"));
        probe126 = Probe.build(work, "rt0trace126", "1.26", files("rt0trace126"));
    }

    private static Map<String, String> files(String name) {
        Map<String, String> m = new java.util.HashMap<>();
        FILES.forEach((k, v) -> m.put(k, v.replace("PROBE", name)));
        return m;
    }

    private static Rt0genResult run(Path bin, Map<String, String> env, String... args) throws Exception {
        Probe.Run r = Probe.run(bin, env, args);
        return new Rt0genResult(r.exit(), false, r.stdout().getBytes(StandardCharsets.UTF_8),
                r.stderr().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void stepsComeInBootstrapOrderWithRealValues() throws Exception {
        Rt0genResult r = run(probe.rt0gen(), Map.of("RT0TRACE", "1", "GOMAXPROCS", "3"), "x", "y z");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.rt0Traces()).extracting(Rt0Trace::step).containsExactlyElementsOf(STEPS);

        assertThat(field(r, "args", "argc")).isEqualTo("3");
        // ncpu: what this binary's NumCPU says, and what the real Go binary's says
        String goNumCpu = value(Probe.run(probe.go(), Map.of()).stderr(), "NumCPU");
        assertThat(field(r, "osinit", "ncpu")).isEqualTo(goNumCpu).isEqualTo(value(r.stderr(), "NumCPU"));
        Rt0Trace choice = r.rt0Traces("schedinit").get(1);
        assertThat(choice.field("gomaxprocs")).contains("3");
        assertThat(choice.text()).contains("from GOMAXPROCS env");
        assertThat(field(r, "procresize", "nprocs")).isEqualTo("3");
        assertThat(field(r, "procresize", "idle")).isEqualTo("2");
        assertThat(value(r.stderr(), "GOMAXPROCS")).isEqualTo("3");
        assertThat(r.rt0Traces("schedinit").get(0).field("goargs")).contains("3");
        assertThat(r.rt0Traces("schedinit").get(0).field("goenvs")).contains("2");
        // go 1.21 module: Go's default GODEBUG
        assertThat(r.rt0Traces("schedinit").get(0).field("containermaxprocs")).contains("0");
        assertThat(r.rt0Traces("schedinit").get(0).field("updatemaxprocs")).contains("0");

        // the same G: made by newproc, run by schedule, running runtime.main, every init and main.main
        String g = field(r, "newproc", "g");
        assertThat(field(r, "newproc", "goid")).isEqualTo("1");
        assertThat(field(r, "schedule", "g")).isEqualTo(g);
        assertThat(field(r, "main", "g")).isEqualTo(g);
        assertThat(r.rt0Traces()).filteredOn(t -> List.of("schedule", "main", "doInit", "main.main").contains(t.step()))
                .allSatisfy(t -> assertThat(t.goid()).contains(1L));
        assertThat(r.rt0Traces("doInit")).extracting(t -> t.text().split(" ")[1])
                .containsExactly("example.com/rt0trace/a", "example.com/rt0trace/b", "main");
        assertThat(r.rt0Traces("doInit")).allSatisfy(t -> assertThat(t.text()).endsWith(" m0"));
        assertThat(r.rt0Traces("main.main").get(0).text()).endsWith(" m0");

        // the program's own output sits between the steps, where Go runs it
        List<String> lines = r.stderrLines();
        assertThat(lines).containsSubsequence("a.f", "b.init", "main.init 1 2");
        assertThat(r.stderrLineOf("a.f").orElseThrow()).isGreaterThan(r.rt0Traces("doInit").get(0).line());
        assertThat(r.stderrLineOf("main.init 1 2").orElseThrow()).isGreaterThan(r.rt0Traces("doInit").get(2).line())
                .isLessThan(r.rt0Traces("main.main").get(0).line());
        assertThat(r.rt0Traces("exit(0)").get(0).line()).isEqualTo(lines.size() - 1);
        // without the trace lines, the output is the real Go binary's
        Probe.Run go = Probe.run(probe.go(), Map.of("GOMAXPROCS", "3"), "x", "y z");
        assertThat(lines.stream().filter(l -> !l.startsWith("rt0: ")).toList()).isEqualTo(go.stderrLines());
    }

    @Test
    void argcFollowsTheArguments() throws Exception {
        for (int n : new int[] {0, 1, 7}) {
            String[] args = new String[n];
            java.util.Arrays.fill(args, "arg");
            Rt0genResult r = run(probe.rt0gen(), Map.of("RT0TRACE", "1"), args);
            assertThat(field(r, "args", "argc")).isEqualTo(String.valueOf(n + 1));
            assertThat(field(r, "args", "envc")).isEqualTo("1");
        }
    }

    @Test
    void withoutGomaxprocsTheChoiceSaysNcpu() throws Exception {
        Rt0genResult r = run(probe.rt0gen(), Map.of("RT0TRACE", "1", "GOMAXPROCS", "abc"));
        assertThat(r.rt0Traces("schedinit").get(1).text()).contains("from ncpu");
        assertThat(r.rt0Traces("schedinit").get(1).field("gomaxprocs")).contains(field(r, "osinit", "ncpu"));
        assertThat(run(probe.rt0gen(), Map.of("RT0TRACE", "0")).rt0Traces()).isEmpty();
        assertThat(run(probe.rt0gen(), Map.of()).rt0Traces()).isEmpty();
    }

    /** In a container the trace shows the cgroup's CPU limit as read, and the CPU set as ncpu. */
    @Test
    void inAContainerTheTraceShowsTheCgroupLimitAndTheCpuSet() {
        Rt0genResult limited = Rt0genContainer.fromElf(probe126.rt0gen()).withDockerfile(Repo.dockerfile())
                .withCpus(1.5).withEnv("RT0TRACE", "1").run();
        assertThat(limited.exitCode()).as(limited.toString()).isZero();
        // GOMAXPROCS is 2 here (Go's floor for a limit): the updater goroutine (a go 1.26 module)
        // wakes the idle P, and its M is a new one (wakep, startm, newm), as in Go
        List<String> steps = new java.util.ArrayList<>(STEPS);
        steps.add(steps.indexOf("newm") + 1, "newm");
        assertThat(limited.rt0Traces()).extracting(Rt0Trace::step).containsExactlyElementsOf(steps);
        assertThat(limited.rt0Traces("newm").get(0).text()).endsWith("-> sysmon");
        assertThat(limited.rt0Traces("newm").get(1).text()).endsWith("-> schedule on p1");
        assertThat(limited.rt0Traces("schedinit").get(0).field("containermaxprocs")).contains("1");
        assertThat(limited.rt0Traces("schedinit").get(0).field("updatemaxprocs")).contains("1");
        assertThat(limited.rt0Traces("schedinit").get(1).text()).contains("cgroup limit=1500 millicpus");

        Rt0genResult pinned = Rt0genContainer.fromElf(probe126.rt0gen()).withDockerfile(Repo.dockerfile())
                .withCpusetCpus("0").withEnv("RT0TRACE", "1").run();
        assertThat(pinned.exitCode()).as(pinned.toString()).isZero();
        assertThat(field(pinned, "osinit", "ncpu")).isEqualTo("1");
        assertThat(pinned.rt0Traces("schedinit").get(1).field("gomaxprocs")).contains("1");
        assertThat(value(pinned.stderr(), "NumCPU")).isEqualTo("1");
    }

    private static String field(Rt0genResult r, String event, String key) {
        List<Rt0Trace> t = r.rt0Traces(event);
        assertThat(t).as(r.toString()).isNotEmpty();
        return t.get(0).field(key).orElseThrow(() -> new AssertionError("no " + key + " in " + t.get(0).text()));
    }

    private static String value(String stderr, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + " ([0-9]+)$").matcher(stderr);
        assertThat(m.find()).as(stderr).isTrue();
        return m.group(1);
    }
}
