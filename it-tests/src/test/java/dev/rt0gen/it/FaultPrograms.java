package dev.rt0gen.it;

import dev.rt0gen.api.Rt0gen;
import dev.rt0gen.compare.GoToolchain;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The programs of the fault tests, each built by the real Go toolchain and by rt0gen, and a
 * way to run a binary with exactly the environment given (nothing inherited from the JVM).
 * Modules say {@code go 1.26}: Go then starts its GOMAXPROCS updater goroutine, as rt0gen's
 * runtime does, so goroutine ids agree.
 */
final class FaultPrograms {
    private FaultPrograms() {
    }

    /** Deep recursion: runs into the guard page of goroutine 1's stack. */
    static final String STACK_OVERFLOW = """
            package main

            func f(n int) int {
            	return f(n+1) + 1
            }

            func main() {
            	println("start")
            	println(f(0))
            }
            """;

    /** The same recursion in a goroutine started by main (goroutine 6 in Go 1.26 and rt0gen). */
    static final String STACK_OVERFLOW_GOROUTINE = """
            package main

            import "runtime"

            func f(n int) int {
            	return f(n+1) + 1
            }

            func main() {
            	println("start")
            	go f(0)
            	for {
            		runtime.Gosched()
            	}
            }
            """;

    static final String DIVIDE = """
            package main

            func div(a int, b int) int {
            	return a / b
            }

            func main() {
            	println("before")
            	println(div(1, 0))
            	println("not reached")
            }
            """;

    static final String DIVIDE_GOROUTINE = """
            package main

            import "runtime"

            func div(a int, b int) int {
            	return a / b
            }

            func worker(b int) {
            	println("worker")
            	println(div(7, b))
            }

            func main() {
            	go worker(0)
            	runtime.Gosched()
            	println("not reached")
            }
            """;

    /** Doubles a string until the address space (or the memory) runs out. */
    static final String EXHAUST = """
            package main

            func main() {
            	s := "0123456789abcdef"
            	n := 0
            	for {
            		s = s + s
            		n = n + 1
            		if n%4 == 0 {
            			println("doubled", n, len(s))
            		}
            	}
            }
            """;

    /** Prints to stderr (println), then exits 3. */
    static final String PRINT_AND_EXIT = """
            package main

            import "os"

            func main() {
            	for i := 0; i < 100; i++ {
            		println("line", i)
            	}
            	os.Exit(3)
            }
            """;

    /** Spins after saying so, until a signal ends it. */
    static final String SPIN = """
            package main

            func spin(n int) int {
            	for {
            		n = n + 1
            	}
            	return n
            }

            func main() {
            	println("spinning")
            	println(spin(0))
            }
            """;

    /** What os.Getenv sees. */
    static final String GETENV = """
            package main

            import "os"

            func show(k string) {
            	println(k+"="+os.Getenv(k), len(os.Getenv(k)))
            }

            func main() {
            	show("K")
            	show("HOME")
            	show("DUP")
            	show("LAST")
            	show("NOEQUALS")
            	show("E0")
            	show("E99999")
            	show("")
            	show("GOMAXPROCS")
            }
            """;

    /** A Go-only program: a real nil pointer dereference, for Go's reference output. */
    static final String NIL_DEREF_GO_ONLY = """
            package main

            var p *int

            func main() {
            	println(*p)
            }
            """;

    /** A Go-only program: what the kernel passed as arguments. */
    static final String ARGS_GO_ONLY = """
            package main

            import (
            	"fmt"
            	"os"
            )

            func main() {
            	fmt.Printf("argc=%d %q\\n", len(os.Args), os.Args)
            }
            """;

    /** A program's two binaries. */
    record Binaries(Path go, Path rt0gen) {
    }

    static Binaries build(Path tmp, String name, String source) throws Exception {
        Path dir = writeModule(tmp, name, source);
        Path go = GoToolchain.build(dir, tmp.resolve("go-bin"));
        Path rt = tmp.resolve("rt-bin").resolve(name);
        Files.createDirectories(rt.getParent());
        Rt0gen.build(dir, rt);
        return new Binaries(go, rt);
    }

    static Path goOnly(Path tmp, String name, String source) throws Exception {
        return GoToolchain.build(writeModule(tmp, name, source), tmp.resolve("go-bin"));
    }

    private static Path writeModule(Path tmp, String name, String source) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("src").resolve(name));
        Files.writeString(dir.resolve("go.mod"), "module example.com/" + name + "\n\ngo 1.26\n");
        Files.writeString(dir.resolve("main.go"), source);
        return dir;
    }

    record Result(int exit, String stdout, String stderr) {
        List<String> stderrLines() {
            return stderr.lines().toList();
        }

        /** The stderr lines from the first one starting with {@code prefix}, at most n. */
        List<String> stderrFrom(String prefix, int n) {
            return FaultPrograms.stderrFrom(stderrLines(), prefix, n);
        }

        /** The first stderr line starting with {@code prefix}, or "". */
        String firstLine(String prefix) {
            return stderrLines().stream().filter(l -> l.startsWith(prefix)).findFirst().orElse("");
        }
    }

    /** The lines from the first one starting with {@code prefix}, at most n. */
    static List<String> stderrFrom(List<String> lines, String prefix, int n) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) return lines.subList(i, Math.min(lines.size(), i + n));
        }
        return List.of();
    }

    /** Runs {@code command} with exactly {@code env} as its environment and stdin from /dev/null. */
    static Result run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p = start(pb);
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 180 s");
        }
        return new Result(p.exitValue(), out.join(), err.join());
    }

    static Process start(ProcessBuilder pb) throws IOException {
        try {
            return pb.start();
        } catch (IOException e) {
            String tool = pb.command().get(0);
            throw new AssertionError(tool + " is needed by this test and was not found; install it "
                    + "(Debian: apt-get install -y python3 bash procps gdb; scripts/ensure-tools)", e);
        }
    }

    /** {@code bin} under {@code ulimit -v KiB} (RLIMIT_AS), through bash. */
    static List<String> underUlimit(long kib, Path bin) {
        return List.of("bash", "-c", "ulimit -v " + kib + " && exec \"$0\"", bin.toString());
    }

    /** The launcher (src/test/resources/faults/launch.py) written out to {@code tmp}. */
    static Path launcher(Path tmp) throws IOException {
        Path py = tmp.resolve("launch.py");
        if (!Files.exists(py)) {
            try (InputStream in = FaultPrograms.class.getResourceAsStream("/faults/launch.py")) {
                if (in == null) throw new IllegalStateException("faults/launch.py is not on the test class path");
                Files.write(py, in.readAllBytes());
            }
        }
        return py;
    }

    static List<String> launch(Path tmp, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("python3", launcher(tmp).toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    // ---- signal dispositions ----

    /** Linux's numbers of the signals the tests name. */
    static final Map<String, Integer> SIGNO = Map.ofEntries(Map.entry("HUP", 1), Map.entry("INT", 2),
            Map.entry("QUIT", 3), Map.entry("KILL", 9), Map.entry("USR1", 10), Map.entry("SEGV", 11),
            Map.entry("USR2", 12), Map.entry("PIPE", 13), Map.entry("ALRM", 14), Map.entry("TERM", 15),
            Map.entry("STKFLT", 16), Map.entry("CHLD", 17), Map.entry("URG", 23), Map.entry("WINCH", 28));

    /** The bit of signal {@code name} in a /proc/PID/status mask (SigIgn, SigCgt, ShdPnd …): 1 << (signo - 1). */
    static long bit(String name) {
        Integer n = SIGNO.get(name);
        if (n == null) throw new IllegalArgumentException("no number for SIG" + name);
        return 1L << (n - 1);
    }

    /**
     * The signals Go's initsig installs its handler for, as a SigCgt mask, from go1.26's
     * sigtab_linux_generic.go and sigInstallGoHandler: every signal whose sigtable flags are
     * not 0, not _SigDefault and not _SigSetStack (but signal 33, sigPerThreadSyscall): all
     * of 1..64 but SIGKILL (9), SIGCONT (18), SIGSTOP (19), SIGTSTP (20), SIGTTIN (21),
     * SIGTTOU (22), 32 and 34. (0xfffffffd7fc1feff.)
     */
    static final long GO_HANDLED;

    static {
        long m = -1L;
        for (int sig : new int[] {9, 18, 19, 20, 21, 22, 32, 34}) m &= ~(1L << (sig - 1));
        GO_HANDLED = m;
    }

    /**
     * The standard signals 1..31 in a mask. glibc keeps 32 and 33 for itself, so env(1)
     * cannot set them, and a child inherits whatever the JVM has (here: SIG_IGN for both).
     */
    static final long STANDARD = 0x7fffffffL;

    /** One mask line (SigIgn, SigCgt, SigBlk, SigPnd, ShdPnd) of /proc/PID/status, or empty once the process is gone. */
    static java.util.OptionalLong statusMask(long pid, String field) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"));
        } catch (java.nio.file.NoSuchFileException e) {
            return java.util.OptionalLong.empty();
        } catch (IOException e) {   // reaped while being read: ESRCH ("/proc/N/status: No such process")
            String why = e instanceof java.nio.file.FileSystemException fe ? fe.getReason() : e.getMessage();
            if ("No such process".equals(why)) return java.util.OptionalLong.empty();
            throw e;
        }
        for (String l : lines) {
            if (l.startsWith(field + ":")) {
                return java.util.OptionalLong.of(Long.parseUnsignedLong(l.substring(field.length() + 1).trim(), 16));
            }
        }
        throw new AssertionError("/proc/" + pid + "/status has no " + field + " line: " + lines);
    }

    /**
     * The command prefix that starts a program with these signal dispositions: coreutils'
     * {@code env --default-signal} (every signal SIG_DFL, whatever the JVM inherited: under
     * nohup SIGHUP is SIG_IGN, in a background job of a script SIGINT is), then
     * {@code --ignore-signal=SIG,...} for {@code ignored}. Checks, through the same prefix,
     * that a child gets exactly {@code ignored} as SigIgn among the standard signals (and fails saying how to get an env
     * that can, coreutils 8.31 or later, if this one cannot).
     */
    static List<String> withDispositions(List<String> ignored) throws IOException, InterruptedException {
        List<String> prefix = new ArrayList<>(List.of("env", "--default-signal"));
        if (!ignored.isEmpty()) prefix.add("--ignore-signal=" + String.join(",", ignored));
        List<String> probe = new ArrayList<>(prefix);
        probe.addAll(List.of("cat", "/proc/self/status"));
        Result r = run(probe, Map.of("PATH", "/usr/bin:/bin"));
        if (r.exit() != 0) {
            throw new AssertionError(String.join(" ", prefix) + " does not work (" + r.stderr().strip()
                    + "): the signal tests need coreutils 8.31 or later (Debian 11+: apt-get install -y coreutils)");
        }
        long want = 0;
        for (String s : ignored) want |= bit(s);
        String line = r.stdout().lines().filter(l -> l.startsWith("SigIgn:")).findFirst().orElseThrow();
        long got = Long.parseUnsignedLong(line.substring(7).trim(), 16) & STANDARD;
        if (got != want) {
            throw new AssertionError(String.join(" ", prefix) + " gives a child SigIgn " + Long.toHexString(got)
                    + ", not " + Long.toHexString(want));
        }
        prefix.set(0, "/usr/bin/env");
        return prefix;
    }

    /**
     * A program started with {@link #withDispositions} and GOMAXPROCS=1, stdout discarded,
     * stderr to a file; {@link #start} returns once it printed {@code ready} (the runtime's
     * initsig has run).
     */
    static final class Running implements AutoCloseable {
        private final Process p;
        private final Path err;
        private final Path bin;

        private Running(Process p, Path err, Path bin) {
            this.p = p;
            this.err = err;
            this.bin = bin;
        }

        static Running start(Path tmp, Path bin, List<String> ignored, String ready) throws Exception {
            Path err = Files.createTempFile(tmp, "stderr", ".txt");
            List<String> cmd = new ArrayList<>(withDispositions(ignored));
            cmd.add(bin.toString());
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.environment().clear();
            pb.environment().put("GOMAXPROCS", "1");
            pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.redirectError(err.toFile());
            Running r = new Running(FaultPrograms.start(pb), err, bin);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(err).contains(ready + "\n")) {
                if (System.nanoTime() > deadline || !r.p.isAlive()) {
                    r.close();
                    throw new AssertionError(bin + " did not print " + ready + ": " + Files.readString(err));
                }
                Thread.sleep(10);
            }
            return r;
        }

        long pid() {
            return p.pid();
        }

        /** A mask of /proc/PID/status while the program runs. */
        long mask(String field) throws IOException {
            return statusMask(p.pid(), field).orElseThrow(() -> new AssertionError(bin + " is gone"));
        }

        /**
         * Sends {@code sig} with kill(1) and returns once the kernel no longer holds it pending
         * (a thread took it, or it was ignored and dropped, or the process ended), so that the
         * next signal sent cannot overtake it. Whether kill(1) found the process is returned.
         */
        boolean send(String sig) throws Exception {
            Result k = run(List.of("kill", "-s", sig, String.valueOf(p.pid())), Map.of("PATH", "/usr/bin:/bin"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (p.isAlive()) {
                var shd = statusMask(p.pid(), "ShdPnd");
                var own = statusMask(p.pid(), "SigPnd");
                if (shd.isEmpty() || own.isEmpty() || ((shd.getAsLong() | own.getAsLong()) & bit(sig)) == 0) break;
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("SIG" + sig + " stayed pending in " + bin + " for 60 s (blocked?)");
                }
                Thread.sleep(5);
            }
            return k.exit() == 0;
        }

        /** The exit status once the program ended (128 + N: killed by signal N); fails if it runs on for 60 s. */
        Result awaitExit() throws Exception {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(bin + " still runs 60 s after its last signal: " + Files.readString(err));
            }
            return new Result(p.exitValue(), "", Files.readString(err));
        }

        @Override
        public void close() {
            p.destroyForcibly();
        }
    }

    private static final Pattern HEX = Pattern.compile("0x[0-9a-f]+");
    private static final Pattern M_ID = Pattern.compile(" m=\\d+");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** A line with its addresses (0x…) and M ids (m=N) masked: what does not depend on the run. */
    static String masked(String line) {
        return M_ID.matcher(HEX.matcher(line).replaceAll("0x?")).replaceAll(" m=?");
    }

    static List<String> masked(List<String> lines) {
        return lines.stream().map(FaultPrograms::masked).toList();
    }

    /** Every decimal number masked too (sizes that depend on each runtime's heap). */
    static List<String> numbersMasked(List<String> lines) {
        return masked(lines).stream().map(l -> NUMBER.matcher(l).replaceAll("N").replace("Nx?", "0x?")).toList();
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
