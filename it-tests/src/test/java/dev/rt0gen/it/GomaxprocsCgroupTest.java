package dev.rt0gen.it;

import dev.rt0gen.compare.Comparison;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cgroup-limited default GOMAXPROCS computed for real: rt0gen's runtime reads a real cgroup
 * v1 CPU limit (its own /proc/self/cgroup, /proc/self/mountinfo, cpu.cfs_quota_us and
 * cpu.cfs_period_us) and lowers GOMAXPROCS from a faked CPU count ({@link FakeCpus}: a ptrace tracer widens
 * sched_getaffinity's mask), and prints what go1.26's binary prints under the same fake and the
 * same cgroup, for a table of (CPUs, quota, period, GOMAXPROCS, GODEBUG, go line). On this
 * 2-CPU machine no container limit can show the lowering (Go never lowers below 2); here 8 CPUs
 * with a limit of 3.5 give 4, 1.5 give 2, and so on. Each row also states the value go1.26
 * gives, so a broken oracle set-up (the fake not applied, the cgroup not joined) fails too.
 */
class GomaxprocsCgroupTest {
    @TempDir
    static Path work;
    static Comparison.Builds go121;
    static Comparison.Builds go126;

    @BeforeAll
    static void build() throws Exception {
        go121 = Probe.build(work, "cgroup121", "1.21", Map.of("main.go", GomaxprocsTest.PROBE));
        go126 = Probe.build(work, "cgroup126", "1.26", Map.of("main.go", GomaxprocsTest.PROBE));
    }

    /** quota -1: no limit; gomaxprocs/godebug null: unset. */
    record Row(int ncpu, long quota, long period, String gomaxprocs, String godebug, boolean go121, int want) {
        String name() {
            String limit = quota < 0 ? "no limit" : "limit " + quota + "/" + period + " us (" + (double) quota / period + " CPUs)";
            return ncpu + " CPUs, " + limit + (gomaxprocs == null ? "" : ", GOMAXPROCS=" + gomaxprocs)
                    + (godebug == null ? "" : ", GODEBUG=" + godebug) + (go121 ? ", go 1.21 module" : ", go 1.26 module")
                    + " -> GOMAXPROCS " + want;
        }
    }

    static final List<Row> ROWS = List.of(
            new Row(8, -1, 100000, null, null, false, 8),
            new Row(8, 350000, 100000, null, null, false, 4),        // 3.5 rounds up
            new Row(8, 300000, 100000, null, null, false, 3),        // exactly 3
            new Row(8, 300001, 100000, null, null, false, 4),        // just over 3 rounds up
            new Row(8, 150000, 100000, null, null, false, 2),        // 1.5: 2
            new Row(8, 50000, 100000, null, null, false, 2),         // 0.5: Go's floor of 2
            new Row(8, 2000000, 100000, null, null, false, 8),       // a limit above the CPUs changes nothing
            new Row(8, 700000, 1000000, null, null, false, 2),       // another period: 0.7
            new Row(8, 550000, 50000, null, null, false, 8),         // 11 CPUs' worth: the 8 CPUs
            new Row(4, 250000, 100000, null, null, false, 3),
            new Row(3, 150000, 100000, null, null, false, 2),        // just over Go's floor: read, lowered to 2
            new Row(32, 1050000, 100000, null, null, false, 11),
            new Row(64, 350000, 100000, null, null, false, 4),       // a full 64-bit mask
            new Row(8, 350000, 100000, "5", null, false, 5),         // GOMAXPROCS wins over the limit
            new Row(8, 350000, 100000, "abc", null, false, 4),       // an invalid GOMAXPROCS is ignored
            new Row(8, 350000, 100000, null, "containermaxprocs=0", false, 8),
            new Row(8, 350000, 100000, null, null, true, 8));        // go 1.21: containermaxprocs=0

    @TestFactory
    List<DynamicTest> gomaxprocsUnderARealCgroupLimitAndFakedCpusEqualsGo() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : ROWS) {
            tests.add(DynamicTest.dynamicTest(row.name(), () -> {
                Comparison.Builds b = row.go121() ? go121 : go126;
                Map<String, String> env = new LinkedHashMap<>();
                if (row.gomaxprocs() != null) env.put("GOMAXPROCS", row.gomaxprocs());
                if (row.godebug() != null) env.put("GODEBUG", row.godebug());
                Path cg = row.quota() < 0 ? null : FakeCpus.cgroup(row.quota(), row.period());
                try {
                    FakeCpus.Run go = FakeCpus.run(work, b.go(), row.ncpu(), cg, env, false);
                    FakeCpus.Run rt = FakeCpus.run(work, b.rt0gen(), row.ncpu(), cg, env, false);
                    String want = "GOMAXPROCS " + row.want() + "\nNumCPU " + row.ncpu() + "\n";
                    assertThat(go.stderr()).as("go1.26's binary (the oracle) under the fake; its stdout:\n%s", go.output())
                            .isEqualTo(want);
                    assertThat(go.exit()).isZero();
                    assertThat(rt.stderr()).as("rt0gen's binary under the same fake; its stdout:\n%s", rt.output())
                            .isEqualTo(go.stderr());
                    assertThat(rt.exit()).isZero();
                } finally {
                    FakeCpus.remove(cg);
                }
            }));
        }
        return tests;
    }

    /** RT0TRACE shows the limit rt0gen's runtime read from the cgroup's files, and why it chose GOMAXPROCS. */
    @TestFactory
    List<DynamicTest> theTraceShowsTheLimitReadFromTheCgroupFiles() {
        return List.of(DynamicTest.dynamicTest("8 CPUs, limit 350000/100000 us", () -> {
            Path cg = FakeCpus.cgroup(350000, 100000);
            try {
                FakeCpus.Run rt = FakeCpus.run(work, go126.rt0gen(), 8, cg, Map.of("RT0TRACE", "1"), false);
                assertThat(rt.stderr()).as(rt.output())
                        .contains("cgroup=" + cg)
                        .contains("gomaxprocs=4 (from cgroup cpu limit; ncpu=8, cgroup limit=3500 millicpus)");
            } finally {
                FakeCpus.remove(cg);
            }
        }));
    }
}
