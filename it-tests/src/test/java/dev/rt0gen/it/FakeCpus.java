package dev.rt0gen.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs a binary as if the machine had {@code n} CPUs and, optionally, in a real CPU cgroup with
 * a CFS quota: the way to exercise the cgroup-limited GOMAXPROCS on a host with 2 CPUs, where
 * Go's floor of 2 hides any limit.
 *
 * <p>The CPU count: the binary runs under gdb, which stops at every return from
 * {@code sched_getaffinity} (where osinit counts the CPUs) and writes a mask of {@code n} CPUs
 * into the caller's buffer ({@code rdx}), returning 8 bytes. Go's binary and rt0gen's get the
 * same treatment, so Go stays the oracle; the probes print {@code NumCPU}, which shows the fake
 * was applied. The cgroup: a directory made under the cgroup v1 {@code cpu} hierarchy
 * ({@code /sys/fs/cgroup/cpu/rt0gen-test-UUID}, as root) with {@code cpu.cfs_period_us} and
 * {@code cpu.cfs_quota_us} written; {@code sh} moves itself into it and execs gdb, so the
 * program's {@code /proc/self/cgroup} names it and its limit files are real ones.
 */
final class FakeCpus {
    static final Path CPU_HIERARCHY = Path.of("/sys/fs/cgroup/cpu");

    private FakeCpus() {
    }

    /** A CPU cgroup with a CFS limit of quota/period CPUs; remove it with {@link #remove}. */
    static Path cgroup(long quotaUs, long periodUs) throws IOException {
        if (!Files.isWritable(CPU_HIERARCHY.resolve("cgroup.procs"))) {
            throw new AssertionError("these tests need a writable cgroup v1 cpu hierarchy at " + CPU_HIERARCHY
                    + " (run as root on a cgroup v1 host, as the CI machine is; `mount | grep cgroup` shows it)");
        }
        Path cg = Files.createDirectory(CPU_HIERARCHY.resolve("rt0gen-test-" + UUID.randomUUID()));
        Files.writeString(cg.resolve("cpu.cfs_period_us"), periodUs + "\n");
        Files.writeString(cg.resolve("cpu.cfs_quota_us"), quotaUs + "\n");
        assertThat(Files.readString(cg.resolve("cpu.cfs_quota_us")).strip()).isEqualTo(String.valueOf(quotaUs));
        return cg;
    }

    static void remove(Path cg) throws IOException {
        if (cg != null) Files.deleteIfExists(cg);
    }

    record Run(int exit, String stderr, String gdbOutput) {
    }

    /**
     * Runs {@code binary} with exactly {@code env}, {@code ncpu} CPUs in its affinity mask, in
     * cgroup {@code cg} (null: the caller's). {@code traceOpens}: gdb also prints
     * {@code openat PATH} for every file the program opens (in gdbOutput).
     */
    static Run run(Path work, Path binary, int ncpu, Path cg, Map<String, String> env, boolean traceOpens) throws Exception {
        assertThat(ncpu).isBetween(1, 64);
        Path dir = Files.createTempDirectory(work, "fakecpus");
        Path err = dir.resolve("stderr");
        long mask = ncpu == 64 ? -1L : (1L << ncpu) - 1;
        List<String> script = new ArrayList<>(List.of(
                "set pagination off",
                "set confirm off",
                "set language c",
                "handle all nostop noprint pass",
                "set startup-with-shell on",
                "unset environment"));
        env.forEach((k, v) -> script.add("set environment " + k + "=" + v));
        script.addAll(List.of(
                "catch syscall sched_getaffinity",
                "commands",
                "  silent",
                // at the entry stop rax is -ENOSYS; at the return it is the byte count. A thread
                // of Go's that reads the mask again may exit between its stop and these lines (at
                // the program's exit): its registers are gone and there is nothing left to fake,
                // so that one error is let go (python, as gdb's command language cannot catch it).
                // A fake that mattered and was not made shows in the probe's output all the same.
                "  python",
                "try:",
                "    if int(gdb.parse_and_eval('$rax')) != -38:",
                "        gdb.execute('set *(unsigned long long *)$rdx = " + Long.toUnsignedString(mask) + "ULL')",
                "        gdb.execute('set $rax = 8')",
                "except gdb.error as e:",
                "    if 'No such process' not in str(e) and 'Cannot access memory' not in str(e): raise",
                "  end",
                "  continue",
                "end"));
        if (traceOpens) {
            script.addAll(List.of(
                    "catch syscall openat",
                    "commands",
                    "  silent",
                    "  if $rax == -38",
                    "    printf \"openat %s\\n\", (char *)$rsi",
                    "  end",
                    "  continue",
                    "end"));
        }
        script.add("run 2>" + err);
        script.add("quit $_exitcode");
        Path gdbScript = dir.resolve("fake.gdb");
        Files.write(gdbScript, script);
        String gdb = "exec gdb -batch -nx -iex 'set auto-load off' -x '" + gdbScript + "' '" + binary + "'";
        String sh = cg == null ? gdb : "echo $$ > '" + cg.resolve("cgroup.procs") + "' && " + gdb;
        Host.Result r = Host.run(List.of("sh", "-c", sh));
        String stderr = Files.exists(err) ? Files.readString(err) : "";
        // A thread of Go's binary that exits at the program's end while gdb stops it for the
        // catchpoint leaves gdb no registers for the command list's continue: gdb reports it as
        // an error of the script and goes on. Nothing is left to fake then (the python block lets
        // the same race go); a fake that mattered and was not made shows in the probe's output,
        // which the callers compare with Go's. Every other error of the script fails.
        String gdbErrors = r.stderr().replaceAll("(?m)^\\S*fake\\.gdb:\\d+: Error in sourced command file:\nCouldn't get registers: No such process\\.\n", "");
        assertThat(gdbErrors).as("gdb's own errors running %s:\n%s", binary, r.stdout()).doesNotContain("Error in sourced command file");
        return new Run(r.exit(), stderr, r.stdout());
    }
}
