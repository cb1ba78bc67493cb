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
            List<String> lines = stderrLines();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(prefix)) return lines.subList(i, Math.min(lines.size(), i + n));
            }
            return List.of();
        }

        /** The first stderr line starting with {@code prefix}, or "". */
        String firstLine(String prefix) {
            return stderrLines().stream().filter(l -> l.startsWith(prefix)).findFirst().orElse("");
        }
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
