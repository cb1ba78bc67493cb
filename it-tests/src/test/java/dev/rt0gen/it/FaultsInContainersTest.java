package dev.rt0gen.it;

import dev.rt0gen.it.FaultPrograms.Binaries;
import dev.rt0gen.it.FaultPrograms.Result;
import dev.rt0gen.testcontainers.Rt0genContainer;
import dev.rt0gen.testcontainers.Rt0genResult;
import dev.rt0gen.compare.GoToolchain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.rt0gen.it.FaultPrograms.masked;
import static dev.rt0gen.it.FaultPrograms.numbersMasked;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault programs of {@link FaultsTest} in hardened containers (Rt0genContainer: non-root,
 * read-only, every capability dropped, no-new-privileges, the engine's default seccomp profile,
 * memory and PID limits): the signal set-up (sigaltstack, rt_sigaction, rt_sigprocmask) needs
 * nothing more, and the binaries fail as Go's do. Each sandbox is checked where the program
 * runs: from the host's /proc/PID/status for a running program, or by the launcher
 * (src/test/resources/faults/launch, built by Go) that prints its own before it execs the
 * program, which inherits it: Seccomp 2 (filter), NoNewPrivs 1, CapEff 0, uid 65534.
 * What docker run cannot do (an empty environment, 100,000 variables with a bigger stack
 * limit, an empty argv, RLIMIT_AS, a closed stderr pipe, an inherited SIG_IGN) the launcher does.
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

    private static final String SANDBOX = "sandbox Uid=65534 CapEff=0000000000000000 NoNewPrivs=1 Seccomp=2";
    private static Path launcher;

    /** bin run as {@code /launch ARGS... /app} (GOMAXPROCS=1 in the launcher's environment). */
    private static Rt0genResult launched(Path bin, long memoryBytes, String... args) throws Exception {
        return Rt0genContainer.fromElf(bin).withLauncher(launcher(), args)
                .withMemoryLimit(memoryBytes).withEnv("GOMAXPROCS", "1").run();
    }

    /** The launcher, built by the Go toolchain once. */
    private static synchronized byte[] launcher() throws Exception {
        if (launcher == null) {
            Path src = Path.of(FaultsInContainersTest.class.getClassLoader().getResource("faults/launch").toURI());
            launcher = GoToolchain.build(src, Files.createDirectories(tmp.resolve("launcher")));
        }
        return Files.readAllBytes(launcher);
    }

    /** The host's view of a running program's sandbox, as the launcher prints it. */
    private static String sandbox(long pid) throws Exception {
        Map<String, String> f = new java.util.HashMap<>();
        for (String l : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            int colon = l.indexOf(':');
            if (colon > 0) f.put(l.substring(0, colon), l.substring(colon + 1).trim());
        }
        return "sandbox Uid=" + f.get("Uid").split("\\s+")[0] + " CapEff=" + f.get("CapEff")
                + " NoNewPrivs=" + f.get("NoNewPrivs") + " Seccomp=" + f.get("Seccomp");
    }

    /** A mask of the running program's /proc/PID/status on the host. */
    private static long mask(Rt0genContainer.Running r, String field) throws Exception {
        return FaultPrograms.statusMask(r.hostPid(), field).orElseThrow();
    }

    /** docker kill -s sig, and wait until the kernel no longer holds it pending (or the program ended). */
    private static void send(Rt0genContainer.Running r, String sig) throws Exception {
        long pid = r.hostPid();
        r.kill(sig);
        for (int i = 0; i < 6000; i++) {
            var shd = FaultPrograms.statusMask(pid, "ShdPnd");
            var own = FaultPrograms.statusMask(pid, "SigPnd");
            if (shd.isEmpty() || own.isEmpty() || ((shd.getAsLong() | own.getAsLong()) & FaultPrograms.bit(sig)) == 0) return;
            Thread.sleep(10);
        }
        throw new AssertionError("SIG" + sig + " stayed pending for 60 s");
    }

    /** The spinner in a container, started with {@code launchArgs} through the launcher if any, and then handed to {@code body}. */
    private static Rt0genResult spinning(Path bin, List<String> launchArgs, SpinBody body) throws Exception {
        Rt0genContainer c = Rt0genContainer.fromElf(bin).withEnv("GOMAXPROCS", "1");
        if (!launchArgs.isEmpty()) {
            c.withLauncher(launcher(), launchArgs.toArray(String[]::new));
        }
        try (c; Rt0genContainer.Running r = c.startRunning()) {
            r.awaitStderrLine("spinning");
            assertThat(sandbox(r.hostPid())).isEqualTo(SANDBOX);
            body.run(r);
            return r.awaitExit();
        }
    }

    interface SpinBody {
        void run(Rt0genContainer.Running r) throws Exception;
    }

    @Test
    void stackOverflow() throws Exception {
        Binaries b = FaultPrograms.build(tmp, "overflow", FaultPrograms.STACK_OVERFLOW);
        // Both stacks grow to 512 MiB and fail to double past Go's 1 GB limit: Go's needs about
        // 1 GiB of memory then, rt0gen's about 520 MiB, both more than the default limit.
        long memory = 1536L << 20;
        Rt0genResult go = inContainer(b.go(), memory, "1");
        Rt0genResult rt = inContainer(b.rt0gen(), memory, "1");

        assertThat(go.exitCode()).as(go.toString()).isEqualTo(2);
        assertThat(go.oomKilled()).isFalse();
        assertThat(rt.exitCode()).as(rt.toString()).isEqualTo(2);
        assertThat(rt.oomKilled()).isFalse();
        assertThat(masked(rt.stderrLines().subList(0, 6))).as(rt.toString())
                .isEqualTo(masked(go.stderrLines().subList(0, 6)))
                .containsExactly("start", "runtime: goroutine stack exceeds 1000000000-byte limit",
                        "runtime: sp=0x? stack=[0x?, 0x?]", "fatal error: stack overflow", "", "runtime stack:");
        assertThat(masked(rt.stderrLines().get(7))).isEqualTo(masked(go.stderrLines().stream()
                .filter(l -> l.startsWith("goroutine ")).findFirst().orElseThrow()));
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

    // ---- signals sent with docker kill ----
    // The program is the container's PID 1: the kernel does not let it kill itself with a
    // signal it has no handler for, so Go's dieFromSignal (SIG_DFL, raise) falls through to
    // exit(2). rt0gen's must do the same.

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "HUP", "INT"})
    void killSignalsEndPidOneWithExitTwoAsInGo(String sig) throws Exception {
        Binaries b = FaultPrograms.build(tmp, "spin-" + sig, FaultPrograms.SPIN);
        long[] masks = new long[4];
        Rt0genResult go = spinning(b.go(), List.of(), r -> {
            masks[0] = mask(r, "SigCgt");
            masks[1] = mask(r, "SigIgn");
            r.kill(sig);
        });
        Rt0genResult rt = spinning(b.rt0gen(), List.of(), r -> {
            masks[2] = mask(r, "SigCgt");
            masks[3] = mask(r, "SigIgn");
            r.kill(sig);
        });

        assertThat(go.exitCode()).as(go.toString()).isEqualTo(2);
        assertThat(rt.exitCode()).as(rt.toString()).isEqualTo(2);
        assertThat(go.stderr()).isEqualTo("spinning\n");
        assertThat(rt.stderr()).isEqualTo("spinning\n");
        assertThat(Long.toHexString(masks[0])).isEqualTo(Long.toHexString(FaultPrograms.GO_HANDLED));
        assertThat(Long.toHexString(masks[2])).as("rt0gen's SigCgt").isEqualTo(Long.toHexString(masks[0]));
        assertThat(Long.toHexString(masks[3])).as("rt0gen's SigIgn").isEqualTo(Long.toHexString(masks[1]));
        assertThat(masks[1] & FaultPrograms.STANDARD).isZero();
    }

    @Test
    void notifyOnlySignalsAreIgnoredAndSigquitIsFatalAsInGo() throws Exception {
        Binaries b = FaultPrograms.build(tmp, "spin-notify", FaultPrograms.SPIN);
        SpinBody body = r -> {
            for (String sig : List.of("PIPE", "USR1", "USR2", "ALRM", "URG", "WINCH", "CHLD")) send(r, sig);
            send(r, "QUIT");
        };
        Rt0genResult go = spinning(b.go(), List.of(), body);
        Rt0genResult rt = spinning(b.rt0gen(), List.of(), body);

        assertThat(go.exitCode()).as(go.toString()).isEqualTo(2);
        assertThat(rt.exitCode()).as(rt.toString()).isEqualTo(2);
        List<String> want = masked(go.stderrLines().subList(0, 4));
        assertThat(want).containsExactly("spinning", "SIGQUIT: quit", "PC=0x? m=? sigcode=0", "");
        assertThat(masked(rt.stderrLines().subList(0, 4))).as(rt.toString()).isEqualTo(want);
    }

    @Test
    void anInheritedIgnoreOfSighupIsKeptAsInGo() throws Exception {
        Binaries b = FaultPrograms.build(tmp, "spin-ign", FaultPrograms.SPIN);
        for (Path bin : List.of(b.go(), b.rt0gen())) {
            Rt0genResult res = spinning(bin, List.of("ignore", "1"), r -> {
                assertThat(Long.toHexString(mask(r, "SigIgn") & FaultPrograms.STANDARD)).as(bin + ": SigIgn")
                        .isEqualTo(Long.toHexString(FaultPrograms.bit("HUP")));
                assertThat(Long.toHexString(mask(r, "SigCgt"))).as(bin + ": SigCgt")
                        .isEqualTo(Long.toHexString(FaultPrograms.GO_HANDLED & ~FaultPrograms.bit("HUP")));
                send(r, "HUP");
                assertThat(mask(r, "SigCgt")).as(bin + " runs on after SIGHUP").isNotZero();
                r.kill("TERM");
            });
            assertThat(res.exitCode()).as(res.toString()).isEqualTo(2);
            assertThat(res.stdoutLines()).containsExactly(SANDBOX);
            assertThat(res.stderr()).isEqualTo("spinning\n");
        }
    }

    // ---- through the launcher ----

    @ParameterizedTest
    @ValueSource(strings = {"empty", "argc0", "manyenv", "bigargs"})
    void startUpAndGetenvAsInGo(String mode) throws Exception {
        Binaries b = FaultPrograms.build(tmp, "getenv-" + mode, FaultPrograms.GETENV);
        Rt0genResult go = launched(b.go(), Rt0genContainer.DEFAULT_MEMORY_MIB << 20, "exec", mode);
        Rt0genResult rt = launched(b.rt0gen(), Rt0genContainer.DEFAULT_MEMORY_MIB << 20, "exec", mode);

        assertThat(go.exitCode()).as(go.toString()).isZero();
        assertThat(rt.exitCode()).as(rt.toString()).isZero();
        assertThat(go.stdoutLines()).containsExactly(SANDBOX);
        assertThat(rt.stdoutLines()).containsExactly(SANDBOX);
        assertThat(rt.stderr()).isEqualTo(go.stderr());
        switch (mode) {
            case "empty" -> assertThat(rt.stderrLines()).contains("K= 0", "HOME= 0", "GOMAXPROCS= 0");
            case "argc0", "bigargs" -> assertThat(rt.stderrLines()).contains("K=v 1", "HOME= 0");
            case "manyenv" -> assertThat(rt.stderrLines()).contains("K=first 5", "DUP=one 3", "LAST=last 4",
                    "NOEQUALS= 0", "E0=0 1", "E99999=99999 5", "= 0");
            default -> throw new AssertionError(mode);
        }
    }

    @Test
    void exhaustingTheAddressSpaceIsFatalErrorOutOfMemory() throws Exception {
        // RLIMIT_AS of 1 GiB (Go needs about 700 MB to start); the memory limit is above it.
        Binaries b = FaultPrograms.build(tmp, "exhaust-as", FaultPrograms.EXHAUST);
        Rt0genResult go = launched(b.go(), 2048L << 20, "as", String.valueOf(1 << 20));
        Rt0genResult rt = launched(b.rt0gen(), 2048L << 20, "as", String.valueOf(1 << 20));

        for (Rt0genResult r : List.of(go, rt)) {
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
            assertThat(r.oomKilled()).isFalse();
            assertThat(r.stdoutLines()).containsExactly(SANDBOX);
            assertThat(r.stderrLines()).as(r.toString()).contains("doubled 20 16777216");
        }
        List<String> want = numbersMasked(FaultPrograms.stderrFrom(go.stderrLines(), "runtime: out of memory", 4));
        assertThat(want).containsExactly("runtime: out of memory: cannot allocate N-byte block (N in use)",
                "fatal error: out of memory", "", "goroutine N gp=0x? m=? mp=0x? [running]:");
        assertThat(numbersMasked(FaultPrograms.stderrFrom(rt.stderrLines(), "runtime: out of memory", 4)))
                .as(rt.toString()).isEqualTo(want);
    }

    @Test
    void printlnToAClosedStderrPipeGoesOnAsGo() throws Exception {
        Binaries b = FaultPrograms.build(tmp, "pipe2", FaultPrograms.PRINT_AND_EXIT);
        Rt0genResult go = launched(b.go(), Rt0genContainer.DEFAULT_MEMORY_MIB << 20, "closed-pipe", "2");
        Rt0genResult rt = launched(b.rt0gen(), Rt0genContainer.DEFAULT_MEMORY_MIB << 20, "closed-pipe", "2");

        assertThat(go.stdoutLines()).as(go.toString()).containsExactly(SANDBOX, "status 3");
        assertThat(rt.stdoutLines()).as(rt.toString()).containsExactly(SANDBOX, "status 3");
        assertThat(rt.stderr()).isEqualTo(go.stderr()).isEmpty();
    }
}
