package dev.rt0gen.it;

import dev.rt0gen.compare.Comparison;
import dev.rt0gen.compare.Runner;
import dev.rt0gen.testcontainers.ContainerRunner;
import dev.rt0gen.testcontainers.Rt0genContainer;
import dev.rt0gen.testcontainers.Rt0genResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GOMAXPROCS as schedinit chooses it and NumCPU as osinit counts it: {@code runtime.GOMAXPROCS(0)}
 * and {@code runtime.NumCPU()} of rt0gen's binary equal the real Go binary's for every value of
 * the variable, natively and in containers with a CPU limit ({@code --cpus 1.5}) and a CPU set
 * ({@code --cpuset-cpus 0}).
 *
 * <p>The probe is built twice: in a {@code go 1.26} module, where go1.26 lowers the default to
 * the cgroup's CPU limit (containermaxprocs=1), and in a {@code go 1.21} module, whose default
 * GODEBUG turns that off (containermaxprocs=0). On a machine with 2 CPUs a limit of 1.5 CPUs
 * gives 2 either way (Go never goes below 2 because of a limit): the container tests say so in
 * their names, and {@link #theContainerCpuLimitIsRead} checks that rt0gen read the limit. The
 * lowering itself is checked by {@link GomaxprocsCgroupTest} (a real cgroup quota, a faked CPU
 * count).
 *
 * <p>GOMAXPROCS=100000: go1.26 accepts the value, and then dies. With 100000 Ps its first GC
 * starts one mark worker per P and needs an M for each: "runtime: program exceeds 10000-thread
 * limit / fatal error: thread exhaustion", exit 2, after 139 s and 2.3 GB of RSS (measured
 * natively, 59 MB of tracebacks). With {@code GOGC=off} there is no GC, and Go prints 100000
 * (1.7 s, 1.4 GB of RSS): that is the comparison made here, natively and in a container with a
 * 2 GiB memory limit. rt0gen prints 100000 with or without GOGC, in the hardened container's
 * default 128 MiB, and its peak RSS does not grow with GOMAXPROCS (allp is a lazily mapped
 * array, a P is made on first use): the deviation is that rt0gen survives where Go does not.
 */
class GomaxprocsTest {
    @TempDir
    static Path work;
    static Comparison.Builds go121;
    static Comparison.Builds go126;

    static final String PROBE = """
            package main

            import "runtime"

            func main() {
            	println("GOMAXPROCS", runtime.GOMAXPROCS(0))
            	println("NumCPU", runtime.NumCPU())
            }
            """;

    /** The values (null: unset), and a few that tell the parse rules apart from the CPU count. */
    static final List<String> VALUES = Arrays.asList(null, "1", "3", "0", "-1", "abc", " 2", "+2");
    static final List<String> MORE = List.of(" 3", "+3", "3 ", "0x3", "3_0", "03", "-0", "+", "",
            "2147483647x", "2147483648", "99999999999", "5000");

    @BeforeAll
    static void build() throws Exception {
        go121 = Probe.build(work, "gomaxprocs121", "1.21", Map.of("main.go", PROBE));
        go126 = Probe.build(work, "gomaxprocs126", "1.26", Map.of("main.go", PROBE));
    }

    private static Map<String, String> env(String value) {
        Map<String, String> env = new LinkedHashMap<>();
        if (value != null) env.put("GOMAXPROCS", value);
        return env;
    }

    private static void assertSame(Comparison.Result r) {
        assertThat(r.error()).isNull();
        assertThat(r.go().stderr()).matches("GOMAXPROCS [0-9]+\nNumCPU [0-9]+\n");
        assertThat(r.rt0gen().stderr()).as(r.diff()).isEqualTo(r.go().stderr());
        assertThat(r.rt0gen().exitCode()).isEqualTo(r.go().exitCode()).isZero();
    }

    @TestFactory
    List<DynamicTest> nativelyEqualsGo() {
        List<DynamicTest> tests = new ArrayList<>();
        Comparison natively = new Comparison(new dev.rt0gen.compare.NativeRunner(), work);
        List<String> all = new ArrayList<>(VALUES);
        all.addAll(MORE);
        for (Comparison.Builds b : List.of(go121, go126)) {
            for (String v : all) {
                tests.add(DynamicTest.dynamicTest(b.program() + " GOMAXPROCS=" + show(v), () ->
                        assertSame(natively.compare(b, new Comparison.Options(env(v), List.of(), 1, Runner.Limits.NONE)))));
            }
        }
        return tests;
    }

    @Test
    void theValuesAreTheOnesGosParserGives() throws Exception {
        int ncpu = numCpu(Probe.run(go126.rt0gen(), Map.of()).stderr());
        assertThat(gomaxprocs(Probe.run(go126.rt0gen(), env("3")).stderr())).isEqualTo(3);
        assertThat(gomaxprocs(Probe.run(go126.rt0gen(), env("+3")).stderr())).isEqualTo(3);
        assertThat(gomaxprocs(Probe.run(go126.rt0gen(), env(" 3")).stderr())).isEqualTo(ncpu);
        assertThat(gomaxprocs(Probe.run(go126.rt0gen(), env("abc")).stderr())).isEqualTo(ncpu);
        assertThat(gomaxprocs(Probe.run(go126.rt0gen(), env("-1")).stderr())).isEqualTo(ncpu);
    }

    @TestFactory
    List<DynamicTest> inContainersEqualsGo() throws Exception {
        Comparison inContainers = new Comparison(new ContainerRunner(), work);
        record Case(String name, Comparison.Builds b, String value, Runner.Limits limits) {
        }
        List<Case> cases = new ArrayList<>();
        for (Runner.Limits limits : List.of(new Runner.Limits(1.5, null), new Runner.Limits(null, "0"))) {
            for (String v : VALUES) cases.add(new Case(go126.program(), go126, v, limits));
            cases.add(new Case(go121.program(), go121, null, limits));
        }
        // What this host can exercise: Go never lowers GOMAXPROCS below 2 for a limit, so with
        // 2 CPUs --cpus 1.5 gives 2 whether the limit is applied or not. Said in every test's name.
        int hostCpus = numCpu(Probe.run(go126.go(), Map.of()).stderr());
        boolean canLower = hostCpus > 2;
        String whatCpusChecks = canLower
                ? "(this host has " + hostCpus + " CPUs: the limit lowers GOMAXPROCS to 2 here)"
                : "(THIS HOST HAS " + hostCpus + " CPUS: the limit cannot change GOMAXPROCS here, Go's floor is 2; "
                + "checked: equal to Go and the limit read, see theContainerCpuLimitIsRead; the lowering itself: GomaxprocsCgroupTest)";
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<DynamicTest> tests = new ArrayList<>();
        try {
            for (Case c : cases) {
                Future<Comparison.Result> f = pool.submit(() ->
                        inContainers.compare(c.b(), new Comparison.Options(env(c.value()), List.of(), 1, c.limits())));
                String limit = c.limits().cpus() != null ? "--cpus " + c.limits().cpus() + " " + whatCpusChecks
                        : "--cpuset-cpus " + c.limits().cpusetCpus();
                tests.add(DynamicTest.dynamicTest(c.name() + " " + limit + " GOMAXPROCS=" + show(c.value()), () -> {
                    Comparison.Result r = f.get();
                    assertSame(r);
                    if (c.limits().cpusetCpus() != null) assertThat(numCpu(r.rt0gen().stderr())).isEqualTo(1);
                    if (c.limits().cpus() != null && c.value() == null && c.b() == go126) {
                        assertThat(gomaxprocs(r.rt0gen().stderr())).as("--cpus 1.5 on %d CPUs %s", hostCpus, whatCpusChecks)
                                .isEqualTo(2);
                    }
                }));
            }
        } finally {
            pool.shutdown();
        }
        return tests;
    }

    /**
     * In a container with {@code --cpus 1.5} rt0gen's runtime finds the container's CPU cgroup
     * and reads its limit (RT0TRACE=1 asks it to show the limit, so it reads it whatever the CPU
     * count): the container tests above exercise the reading on any host, the lowering only on
     * a host with more than 2 CPUs.
     */
    @Test
    void theContainerCpuLimitIsRead() {
        Rt0genResult r = Rt0genContainer.fromElf(go126.rt0gen()).withDockerfile(Repo.dockerfile()).withCpus(1.5)
                .withEnv("RT0TRACE", "1").run();
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stderr()).as("the limit as rt0gen's runtime read it in the container").contains("cgroup limit=1500 millicpus");
    }

    @Test
    void gomaxprocs100000NativelyEqualsGoWithoutGc() throws Exception {
        Map<String, String> env = Map.of("GOMAXPROCS", "100000", "GOGC", "off");
        Probe.Run go = Probe.run(go126.go(), env);
        Probe.Run rt = Probe.run(go126.rt0gen(), env);
        assertThat(go.stderr()).startsWith("GOMAXPROCS 100000\n");
        assertThat(rt.stderr()).isEqualTo(go.stderr());
        assertThat(rt.exit()).isEqualTo(go.exit()).isZero();
    }

    @Test
    void gomaxprocs100000InAContainerEqualsGoWithoutGc() {
        List<String> out = new ArrayList<>();
        for (Path bin : List.of(go126.go(), go126.rt0gen())) {
            Rt0genResult r = Rt0genContainer.fromElf(bin).withDockerfile(Repo.dockerfile()).withCpus(1.5)
                    .withMemoryLimit(2L << 30).withEnv("GOMAXPROCS", "100000").withEnv("GOGC", "off").run();
            assertThat(r.exitCode()).as(r.toString()).isZero();
            out.add(r.stderr());
        }
        assertThat(out.get(0)).startsWith("GOMAXPROCS 100000\n");
        assertThat(out.get(1)).isEqualTo(out.get(0));
    }

    @Test
    void rt0genRuns100000PsInTheDefaultHardenedContainer() {
        Rt0genResult r = Rt0genContainer.fromElf(go126.rt0gen()).withDockerfile(Repo.dockerfile())
                .withCpusetCpus("0").withEnv("GOMAXPROCS", "100000").run();
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.oomKilled()).isFalse();
        assertThat(r.stderrLines()).containsExactly("GOMAXPROCS 100000", "NumCPU 1");
    }

    /**
     * A huge GOMAXPROCS costs no memory up front: rt0gen's peak RSS ({@code /usr/bin/time -f %M},
     * Debian's {@code time}) with GOMAXPROCS=100000, and with the largest value Go's parser takes,
     * stays within 1 MiB of its peak with GOMAXPROCS=1 (measured: about 1.6 MiB each; go1.26
     * needs 243 MB at 9000 and 1.4 GB at 100000).
     */
    @Test
    void aHugeGomaxprocsCostsNoMemoryUpFront() throws Exception {
        long one = peakRssKiB("1");
        for (String v : List.of("100000", "2147483647")) {
            long huge = peakRssKiB(v);
            assertThat(huge).as("peak RSS in KiB with GOMAXPROCS=%s vs 1 (%d KiB)", v, one).isLessThanOrEqualTo(one + 1024);
        }
        assertThat(one).isLessThan(16 * 1024);
    }

    private static long peakRssKiB(String gomaxprocs) throws Exception {
        Host.Result r = Host.run(List.of("/usr/bin/time", "-f", "rss=%M", "env", "-i", "GOMAXPROCS=" + gomaxprocs,
                go126.rt0gen().toString()));
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.stderr()).contains("GOMAXPROCS " + gomaxprocs + "\n");
        Matcher m = Pattern.compile("(?m)^rss=([0-9]+)$").matcher(r.stderr());
        assertThat(m.find()).as(r.stderr()).isTrue();
        return Long.parseLong(m.group(1));
    }

    static int gomaxprocs(String stderr) {
        return value(stderr, "GOMAXPROCS");
    }

    static int numCpu(String stderr) {
        return value(stderr, "NumCPU");
    }

    private static int value(String stderr, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + " ([0-9]+)$").matcher(stderr);
        assertThat(m.find()).as(stderr).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static String show(String v) {
        return v == null ? "(unset)" : "'" + v + "'";
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
