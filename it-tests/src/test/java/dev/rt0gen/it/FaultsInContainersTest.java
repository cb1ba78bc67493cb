package dev.rt0gen.it;

import dev.rt0gen.it.FaultPrograms.Binaries;
import dev.rt0gen.it.FaultPrograms.Result;
import dev.rt0gen.testcontainers.Rt0genContainer;
import dev.rt0gen.testcontainers.Rt0genResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.rt0gen.it.FaultPrograms.masked;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault programs of {@link FaultsTest} in hardened containers (Rt0genContainer: non-root,
 * read-only, every capability dropped, no-new-privileges, the engine's default seccomp profile,
 * memory and PID limits): the signal set-up (sigaltstack, rt_sigaction, rt_sigprocmask) needs
 * nothing more, and the binaries fail as Go's do.
 */
class FaultsInContainersTest {
    @TempDir
    static Path tmp;

    private static Rt0genResult inContainer(Path bin, long memoryBytes, String gomaxprocs) {
        return Rt0genContainer.fromElf(bin).withDockerfile(Repo.dockerfile())
                .withMemoryLimit(memoryBytes).withEnv("GOMAXPROCS", gomaxprocs).run();
    }

    private static Rt0genResult inContainer(Path bin) {
        return inContainer(bin, Rt0genContainer.DEFAULT_MEMORY_MIB << 20, "1");
    }

    @Test
    void stackOverflow() throws Exception {
        Binaries b = FaultPrograms.build(tmp, "overflow", FaultPrograms.STACK_OVERFLOW);
        // Go's goroutine stack grows to 1 GB before Go gives up: more than the container's
        // memory, so Go's reference lines come from a run on the host.
        Result go = FaultPrograms.run(List.of(b.go().toString()), Map.of("GOMAXPROCS", "1"));
        Rt0genResult rt = inContainer(b.rt0gen());

        assertThat(go.exit()).isEqualTo(2);
        assertThat(rt.exitCode()).as(rt.toString()).isEqualTo(2);
        assertThat(rt.oomKilled()).isFalse();
        assertThat(masked(rt.stderrLines().subList(0, 6))).as(rt.toString())
                .isEqualTo(masked(go.stderrLines().subList(0, 6)))
                .containsExactly("start", "runtime: goroutine stack exceeds 1000000000-byte limit",
                        "runtime: sp=0x? stack=[0x?, 0x?]", "fatal error: stack overflow", "", "runtime stack:");
        assertThat(masked(rt.stderrLines().get(7))).isEqualTo(masked(go.firstLine("goroutine ")));
    }

    @Test
    void divideByZero() throws Exception {
        Binaries b = FaultPrograms.build(tmp, "divide", FaultPrograms.DIVIDE);
        Rt0genResult go = inContainer(b.go());
        Rt0genResult rt = inContainer(b.rt0gen());

        assertThat(go.exitCode()).as(go.toString()).isEqualTo(2);
        assertThat(rt.exitCode()).as(rt.toString()).isEqualTo(2);
        assertThat(go.stderrLines().subList(0, 4)).containsExactly("before",
                "panic: runtime error: integer divide by zero", "", "goroutine 1 [running]:");
        assertThat(rt.stderrLines()).isEqualTo(go.stderrLines().subList(0, 4));
    }

    @Test
    void divideByZeroInAGoroutine() throws Exception {
        Binaries b = FaultPrograms.build(tmp, "divideg", FaultPrograms.DIVIDE_GOROUTINE);
        Rt0genResult go = inContainer(b.go());
        Rt0genResult rt = inContainer(b.rt0gen());

        assertThat(go.stderrLines().subList(0, 4)).as(go.toString()).containsExactly("worker",
                "panic: runtime error: integer divide by zero", "", "goroutine 6 [running]:");
        assertThat(rt.exitCode()).isEqualTo(go.exitCode()).isEqualTo(2);
        assertThat(rt.stderrLines()).isEqualTo(go.stderrLines().subList(0, 4));
    }

    @Test
    void outOfMemoryUnderTheContainersMemoryLimit() throws Exception {
        // A memory cgroup limit is not an address-space limit: mmap succeeds (overcommit) and
        // the kernel's OOM killer ends the program when it touches more than the limit, Go's
        // binary and rt0gen's alike (exit 137, OOMKilled). Neither crashes on its own first.
        Binaries b = FaultPrograms.build(tmp, "exhaust", FaultPrograms.EXHAUST);
        Rt0genResult go = inContainer(b.go(), 64 << 20, "1");
        Rt0genResult rt = inContainer(b.rt0gen(), 64 << 20, "1");

        for (Rt0genResult r : List.of(go, rt)) {
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(137);
            assertThat(r.oomKilled()).as(r.toString()).isTrue();
            assertThat(r.stderrLines()).as(r.toString()).contains("doubled 16 1048576")
                    .allMatch(l -> l.startsWith("doubled "));
        }
    }

    @Test
    void hugeGomaxprocsUnderTheContainersMemoryLimitRuns() throws Exception {
        // Go 1.26 makes all 10^9 Ps at start-up and is OOM-killed here (exit 137); rt0gen maps
        // allp without touching it and makes a P when it is first used, so the program runs
        // (to its own divide-by-zero panic).
        Binaries b = FaultPrograms.build(tmp, "procs", FaultPrograms.DIVIDE);
        Rt0genResult rt = inContainer(b.rt0gen(), 64 << 20, "1000000000");

        assertThat(rt.oomKilled()).isFalse();
        assertThat(rt.exitCode()).as(rt.toString()).isEqualTo(2);
        assertThat(rt.stderrLines()).containsExactly("before",
                "panic: runtime error: integer divide by zero", "", "goroutine 1 [running]:");
    }
}
