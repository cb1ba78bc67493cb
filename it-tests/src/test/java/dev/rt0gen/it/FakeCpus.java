package dev.rt0gen.it;

import dev.rt0gen.compare.GoToolchain;

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
 * <p>The CPU count: the binary runs under {@code fakecpus} (test resource {@code fakecpus/},
 * built by the Go toolchain), a small ptrace tracer that, at every return from
 * {@code sched_getaffinity} (where osinit counts the CPUs) in any thread, writes a mask of
 * {@code n} CPUs into the caller's buffer and returns 8 bytes. Go's binary and rt0gen's get the
 * same treatment, so Go stays the oracle; the probes print {@code NumCPU}, which shows the fake
 * was applied. (A gdb script did this before; gdb 13 lost, once in a few hundred runs, a thread
 * of Go's binary that exited while stopped, and with it the exit status.) The cgroup: a
 * directory made under the cgroup v1 {@code cpu} hierarchy
 * ({@code /sys/fs/cgroup/cpu/rt0gen-test-UUID}, as root) with {@code cpu.cfs_period_us} and
 * {@code cpu.cfs_quota_us} written; {@code sh} moves itself into it and execs the tracer, so the
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

    /** exit: the program's exit status; stderr: its stderr; output: its stdout and the tracer's lines. */
    record Run(int exit, String stderr, String output) {
    }

    private static Path tracer;

    /** The tracer, built by the Go toolchain once per test class (work is the class's temporary directory). */
    private static synchronized Path tracer(Path work) throws Exception {
        if (tracer == null || !tracer.startsWith(work) || !Files.exists(tracer)) {
            Path src = Path.of(FakeCpus.class.getClassLoader().getResource("fakecpus").toURI());
            tracer = GoToolchain.build(src, Files.createDirectories(work.resolve("fakecpus-tool")));
        }
        return tracer;
    }

    /**
     * Runs {@code binary} with exactly {@code env}, {@code ncpu} CPUs in its affinity mask, in
     * cgroup {@code cg} (null: the caller's). {@code traceOpens}: the output also has
     * {@code openat PATH} for every file the program opens.
     */
    static Run run(Path work, Path binary, int ncpu, Path cg, Map<String, String> env, boolean traceOpens) throws Exception {
        assertThat(ncpu).isBetween(1, 64);
        Path dir = Files.createTempDirectory(work, "fakecpus");
        Path err = dir.resolve("stderr");
        List<String> cmd = new ArrayList<>(List.of(tracer(work).toString(), "-cpus", String.valueOf(ncpu)));
        if (traceOpens) cmd.add("-opens");
        cmd.addAll(List.of("-stderr", err.toString(), binary.toString()));
        env.forEach((k, v) -> cmd.add(k + "=" + v));
        if (cg != null) {
            // sh joins the cgroup, then becomes the tracer: "$@" is the command.
            List<String> sh = new ArrayList<>(List.of("sh", "-c", "echo $$ > \"$0\" && exec \"$@\"",
                    cg.resolve("cgroup.procs").toString()));
            sh.addAll(cmd);
            cmd.clear();
            cmd.addAll(sh);
        }
        Host.Result r = Host.run(cmd);
        assertThat(r.stderr()).as("fakecpus's own errors running %s (exit %d)", binary, r.exit()).isEmpty();
        return new Run(r.exit(), Files.readString(err), r.stdout());
    }
}
