package dev.rt0gen.it;

import dev.rt0gen.api.Rt0gen;
import dev.rt0gen.cli.Main;
import dev.rt0gen.compare.GoToolchain;
import dev.rt0gen.source.CompileException;
import dev.rt0gen.source.Diagnostic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Go's own test programs ({@code $(go env GOROOT)/test}) as a differential suite: which ones
 * are selected, and what rt0gen does with each one compared with the real Go toolchain.
 *
 * <p>Selected: every {@code .go} file of {@code test/}, {@code test/ken/}, {@code test/chan/}
 * and {@code test/interface/} whose first line is exactly {@code // run}: a complete program
 * whose behaviour is the specification. Go's test driver (cmd/internal/testdir) takes the
 * action from the first line that is not a build constraint and skips a file whose
 * {@code //go:build} line (before {@code package}) is false for the target; a selected file
 * excluded that way on linux/amd64 is listed and not counted, as the driver skips it.
 *
 * <p>For each program: rt0gen compiles a copy in a scratch directory in-process
 * ({@link Rt0gen#build}). A {@link CompileException} whose diagnostics are all positioned is
 * a rejection; any other exception (or error), a compile that does not finish, or a diagnostic
 * without a position is a crash; so is the command line ({@code bin/rt0gen build}'s entry point,
 * {@link Main#run(PrintWriter, PrintWriter, String...)}, also in-process) exiting other than 0
 * or 1, or printing anything but {@code file:line:col: message} lines. Only a program rt0gen accepts is built by Go
 * ({@code CGO_ENABLED=0 go build -trimpath}); both binaries run in the same scratch directory
 * with an empty environment, stdin from /dev/null and a {@value #RUN_SECONDS} s limit, Go's
 * twice (to see whether Go itself is deterministic for it), and exit status, stdout and
 * stderr are compared byte for byte.
 */
final class GoTestPrograms {
    /** The directories of GOROOT/test the suite reads, as the table names them ("" is test/ itself). */
    static final List<String> DIRS = List.of("", "ken", "chan", "interface");
    static final int RUN_SECONDS = 10;
    private static final int COMPILE_SECONDS = 120;
    private static final int MAX_OUTPUT = 32 << 20;

    private GoTestPrograms() {
    }

    /**
     * One selected file. {@code excludedBy} is the {@code //go:build} line that is false on
     * linux/amd64 (null when the driver runs it); {@code golden} is Go's {@code .out} file, if any.
     */
    record Program(String name, Path source, String excludedBy, Path golden) {
        String dir() {
            int slash = name.indexOf('/');
            return slash < 0 ? "" : name.substring(0, slash);
        }
    }

    /** A {@code // run} file with flags or arguments after the action: not selected, listed with why. */
    record Unselected(String name, String firstLine) {
    }

    record Selection(Path testDir, List<Program> programs, List<Unselected> withArguments) {
        List<Program> runnable() {
            return programs.stream().filter(p -> p.excludedBy() == null).toList();
        }
    }

    enum Kind {
        SAME("same"), DIFFERS("differs"), REJECTED("rejected"), CRASHED("crashed"), EXCLUDED("excluded");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** What one program did. {@code detail}: the first error, the crash, or what differs. */
    record Verdict(Program program, Kind kind, String detail, String diff, boolean goNondeterministic,
                   String golden) {
    }

    /** One run: exit status (-1 when killed at the time limit) and both streams. */
    record Outcome(int exit, byte[] stdout, byte[] stderr, boolean timedOut) {
        boolean sameAs(Outcome o) {
            return exit == o.exit && timedOut == o.timedOut && Arrays.equals(stdout, o.stdout)
                    && Arrays.equals(stderr, o.stderr);
        }
    }

    /** GOROOT/test of the go command the tests use, and what is selected in it. */
    static Selection select(Path goroot) throws IOException {
        Path testDir = goroot.resolve("test");
        if (!Files.isDirectory(testDir)) {
            throw new IllegalStateException(testDir + " is missing: the Go distribution's test programs are needed; "
                    + "install Go from https://go.dev/dl/ (its archive ships GOROOT/test), or point GO at such a go");
        }
        List<Program> programs = new ArrayList<>();
        List<Unselected> withArguments = new ArrayList<>();
        for (String d : DIRS) {
            Path dir = d.isEmpty() ? testDir : testDir.resolve(d);
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(f -> f.getFileName().toString().endsWith(".go") && Files.isRegularFile(f))
                        .sorted().toList();
            }
            for (Path f : files) {
                String name = (d.isEmpty() ? "" : d + "/") + f.getFileName();
                String src = Files.readString(f, StandardCharsets.ISO_8859_1);
                String first = src.lines().findFirst().orElse("");
                if (first.equals("// run")) {
                    Path golden = f.resolveSibling(f.getFileName().toString().replaceFirst("\\.go$", ".out"));
                    programs.add(new Program(name, f, excludedBy(src), Files.isRegularFile(golden) ? golden : null));
                } else if (first.startsWith("// run ")) {
                    withArguments.add(new Unselected(name, first));
                }
            }
        }
        return new Selection(testDir, List.copyOf(programs), List.copyOf(withArguments));
    }

    /**
     * The first {@code //go:build} line before {@code package} that is false on linux/amd64, as
     * Go's test driver evaluates it (tags linux, amd64, unix, gc, test_run and the release tags
     * are true; cgo is false, since the binaries are built with CGO_ENABLED=0); null if none.
     */
    static String excludedBy(String src) {
        int pkg = src.indexOf("\npackage");
        String header = pkg < 0 ? src : src.substring(0, pkg);
        for (String line : header.split("\n")) {
            if (line.startsWith("// +build")) {
                throw new IllegalStateException("a // +build line without //go:build is not evaluated here: " + line);
            }
            if (line.startsWith("//go:build ")) {
                if (!new Constraint(line.substring("//go:build ".length())).eval()) return line;
            }
        }
        return null;
    }

    /** A {@code //go:build} expression: ||, &&, !, parentheses and tags. */
    private static final class Constraint {
        private static final Set<String> TRUE = Set.of("linux", "amd64", "unix", "gc", "test_run");
        private static final Pattern TOKEN = Pattern.compile("\\s*(\\|\\||&&|!|\\(|\\)|[\\p{L}\\p{N}_.]+)");
        private final List<String> tokens = new ArrayList<>();
        private int i;

        Constraint(String expr) {
            Matcher m = TOKEN.matcher(expr);
            int end = 0;
            while (m.lookingAt()) {
                tokens.add(m.group(1));
                end = m.end();
                m.region(end, expr.length());
            }
            if (!expr.substring(end).isBlank()) throw new IllegalStateException("cannot parse //go:build " + expr);
        }

        boolean eval() {
            boolean v = or();
            if (i != tokens.size()) throw new IllegalStateException("cannot parse //go:build " + String.join(" ", tokens));
            return v;
        }

        private boolean or() {
            boolean v = and();
            while (i < tokens.size() && tokens.get(i).equals("||")) {
                i++;
                v |= and();
            }
            return v;
        }

        private boolean and() {
            boolean v = not();
            while (i < tokens.size() && tokens.get(i).equals("&&")) {
                i++;
                v &= not();
            }
            return v;
        }

        private boolean not() {
            if (i >= tokens.size()) throw new IllegalStateException("cannot parse //go:build " + String.join(" ", tokens));
            String t = tokens.get(i++);
            if (t.equals("!")) return !not();
            if (t.equals("(")) {
                boolean v = or();
                if (i >= tokens.size() || !tokens.get(i++).equals(")")) {
                    throw new IllegalStateException("cannot parse //go:build " + String.join(" ", tokens));
                }
                return v;
            }
            return TRUE.contains(t) || t.matches("go1\\.\\d+");
        }
    }

    /**
     * Checks every program on {@code threads} threads, in the selection's order. {@code work}
     * is a scratch directory (each program gets its own subdirectory).
     */
    static List<Verdict> checkAll(Selection selection, Path work, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "gotests");
            t.setDaemon(true); // a compile that never finishes must not keep the JVM alive
            return t;
        });
        try {
            List<Future<Verdict>> futures = new ArrayList<>();
            for (Program p : selection.programs()) futures.add(pool.submit(() -> check(p, work)));
            List<Verdict> verdicts = new ArrayList<>();
            for (Future<Verdict> f : futures) verdicts.add(f.get());
            return verdicts;
        } finally {
            pool.shutdownNow();
        }
    }

    static Verdict check(Program p, Path work) throws Exception {
        if (p.excludedBy() != null) {
            return new Verdict(p, Kind.EXCLUDED, "`" + p.excludedBy() + "` is false on linux/amd64: Go's test driver skips it",
                    null, false, null);
        }
        Path dir = work.resolve(p.name().replace('/', '_').replaceFirst("\\.go$", ""));
        Files.createDirectories(dir);
        Path copy = dir.resolve(p.source().getFileName());
        Files.copy(p.source(), copy);
        Path rtBin = dir.resolve("rt0gen.bin");

        // rt0gen, in-process; a compile that does not finish is a crash too.
        // rt0gen, in-process, through the API and through the command line's entry point; a
        // compile that does not finish is a crash too.
        CompletableFuture<Verdict> compile = CompletableFuture.supplyAsync(() -> {
            Verdict api = compileWithApi(p, copy, rtBin);
            String cli = cliProblem(copy, dir.resolve("cli.bin"), api == null);
            if (cli != null && (api == null || api.kind() != Kind.CRASHED)) {
                return new Verdict(p, Kind.CRASHED, "bin/rt0gen build: " + cli, null, false, null);
            }
            return api;
        }, r -> {
            Thread t = new Thread(r, "gotests-compile");
            t.setDaemon(true);
            t.start();
        });
        Verdict compiled;
        try {
            compiled = compile.get(COMPILE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return new Verdict(p, Kind.CRASHED, "rt0gen did not finish compiling within " + COMPILE_SECONDS + " s",
                    null, false, null);
        }
        if (compiled != null) return compiled;

        Path goBin;
        try {
            goBin = GoToolchain.build(copy, dir.resolve("go"));
        } catch (IllegalStateException e) {
            return new Verdict(p, Kind.DIFFERS, "rt0gen accepts it, go build does not: "
                    + e.getMessage().lines().limit(3).reduce((a, b) -> a + " | " + b).orElse(""), null, false, null);
        }
        Outcome go1 = run(goBin, dir);
        Outcome go2 = run(goBin, dir);
        Outcome rt = run(rtBin, dir);
        boolean nondeterministic = !go1.sameAs(go2);
        String golden = golden(p, go1);
        String diff = diff(go1, rt);
        if (diff.isEmpty() && !nondeterministic) return new Verdict(p, Kind.SAME, "", "", false, golden);
        if (diff.isEmpty()) diff = "(rt0gen equals Go's first run; Go's second run differs:)\n" + diff(go1, go2);
        return new Verdict(p, Kind.DIFFERS, summary(go1, go2, rt, nondeterministic), diff, nondeterministic, golden);
    }

    /** {@link Rt0gen#build}: null when it compiles, else the rejection or the crash. */
    private static Verdict compileWithApi(Program p, Path copy, Path out) {
        try {
            Rt0gen.build(copy, out);
            return null;
        } catch (CompileException ce) {
            String bad = malformed(ce);
            if (bad != null) return new Verdict(p, Kind.CRASHED, bad, null, false, null);
            Diagnostic d = ce.diagnostics().get(0);
            return new Verdict(p, Kind.REJECTED, p.name() + ":" + d.pos().line() + ":" + d.pos().col() + ": " + d.message(),
                    null, false, null);
        } catch (Throwable t) { // StackOverflowError and the like are crashes too
            return new Verdict(p, Kind.CRASHED, t.getClass().getName() + ": " + t.getMessage(), null, false, null);
        }
    }

    private static final Pattern POSITIONED = Pattern.compile("\\S[^\\n]*:\\d+:\\d+: \\S[^\\n]*");

    /**
     * What bin/rt0gen build (its entry point, {@link Main#run(PrintWriter, PrintWriter, String...)})
     * does wrong with the file, or null: it must exit 0 silently when the API compiled it, and
     * exit 1 with nothing but {@code file:line:col: message} lines on stderr when it did not.
     */
    private static String cliProblem(Path source, Path out, boolean compiles) {
        StringWriter so = new StringWriter(), se = new StringWriter();
        int exit;
        try (PrintWriter o = new PrintWriter(so); PrintWriter e = new PrintWriter(se)) {
            exit = Main.run(o, e, "build", "-o", out.toString(), source.toString());
        }
        String stdout = so.toString(), stderr = se.toString();
        String first = stderr.lines().findFirst().orElse("");
        if (compiles) {
            return exit == 0 && stdout.isEmpty() && stderr.isEmpty() ? null : "exit " + exit + " (the API compiled it): " + first;
        }
        if (exit != 1) return "exit " + exit + ": " + first;
        if (!stdout.isEmpty()) return "exit 1 with output on stdout: " + stdout.lines().findFirst().orElse("");
        if (stderr.isEmpty()) return "exit 1 and no error message";
        for (String line : stderr.split("\n")) {
            if (!POSITIONED.matcher(line).matches()) return "exit 1 with a line not shaped file:line:col: message: " + line;
        }
        return null;
    }

    /** Why a rejection is not a clean one (a diagnostic without a position, or a blank one); null when it is. */
    private static String malformed(CompileException e) {
        if (e.diagnostics().isEmpty()) return "CompileException without diagnostics: " + e.getMessage();
        for (Diagnostic d : e.diagnostics()) {
            if (d.pos() == null || d.pos().file() == null || d.pos().file().isEmpty() || d.pos().line() < 1
                    || d.pos().col() < 1 || d.message() == null || d.message().isBlank() || d.message().contains("\n")) {
                return "a diagnostic not shaped file:line:col: message: " + d;
            }
        }
        return null;
    }

    private static String golden(Program p, Outcome go) throws IOException {
        if (p.golden() == null) return null;
        byte[] want = Files.readAllBytes(p.golden());
        byte[] a = concat(go.stdout(), go.stderr()), b = concat(go.stderr(), go.stdout());
        return Arrays.equals(want, a) || Arrays.equals(want, b) ? "Go's output equals it" : "Go's output differs from it";
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static String summary(Outcome go1, Outcome go2, Outcome rt, boolean nondeterministic) {
        List<String> what = new ArrayList<>();
        if (nondeterministic) what.add("Go's binary is not deterministic (two runs differ)");
        if (go1.timedOut()) what.add("Go's binary ran over " + RUN_SECONDS + " s");
        if (rt.timedOut()) what.add("rt0gen's binary ran over " + RUN_SECONDS + " s");
        if (go1.exit() != rt.exit() && !go1.timedOut() && !rt.timedOut()) what.add("exit " + go1.exit() + " vs " + rt.exit());
        if (!Arrays.equals(go1.stdout(), rt.stdout())) what.add("stdout");
        if (!Arrays.equals(go1.stderr(), rt.stderr())) what.add("stderr");
        return String.join("; ", what);
    }

    /** What differs between Go's run and rt0gen's, shown as text; empty when nothing does. */
    static String diff(Outcome go, Outcome rt) {
        StringBuilder sb = new StringBuilder();
        if (go.exit() != rt.exit() || go.timedOut() != rt.timedOut()) {
            sb.append("exit status: go ").append(status(go)).append(", rt0gen ").append(status(rt)).append('\n');
        }
        stream(sb, "stdout", go.stdout(), rt.stdout());
        stream(sb, "stderr", go.stderr(), rt.stderr());
        return sb.toString();
    }

    private static String status(Outcome o) {
        return o.timedOut() ? "killed after " + RUN_SECONDS + " s" : String.valueOf(o.exit());
    }

    private static void stream(StringBuilder sb, String name, byte[] go, byte[] rt) {
        if (Arrays.equals(go, rt)) return;
        int at = Arrays.mismatch(go, rt);
        sb.append(name).append(" differs at byte ").append(at).append(" (go ").append(go.length).append(" bytes, rt0gen ")
                .append(rt.length).append(")\n  go:     ").append(excerpt(go, at)).append("\n  rt0gen: ")
                .append(excerpt(rt, at)).append('\n');
    }

    private static String excerpt(byte[] b, int at) {
        int from = Math.max(0, at - 60), to = Math.min(b.length, at + 100);
        String s = new String(b, from, to - from, StandardCharsets.UTF_8)
                .replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t");
        return (from > 0 ? "…" : "") + s + (to < b.length ? "…" : "");
    }

    /** Runs {@code binary} in {@code dir}: empty environment, stdin /dev/null, killed (with its children) after {@value #RUN_SECONDS} s. */
    static Outcome run(Path binary, Path dir) throws IOException, InterruptedException {
        return run(List.of(binary.toAbsolutePath().toString()), dir, RUN_SECONDS);
    }

    /** Runs {@code command} as {@link #run(Path, Path)} does, killed after {@code seconds}. */
    static Outcome run(List<String> command, Path dir, int seconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().clear();
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        CompletableFuture<byte[]> out = drain(p.getInputStream());
        CompletableFuture<byte[]> err = drain(p.getErrorStream());
        boolean timedOut = !p.waitFor(seconds, TimeUnit.SECONDS);
        if (timedOut) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor();
        }
        try {
            // The streams end when every process holding them has gone: a child the program left
            // behind may hold them after it exits; that must not hang the suite.
            return new Outcome(timedOut ? -1 : p.exitValue(), out.get(seconds, TimeUnit.SECONDS),
                    err.get(seconds, TimeUnit.SECONDS), timedOut);
        } catch (TimeoutException e) {
            throw new IOException(command.get(0) + ": stdout or stderr still open " + seconds
                    + " s after it ended (a process it started holds them)");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(command.get(0) + ": cannot read its output: " + e.getCause(), e.getCause());
        }
    }

    /** Reads a stream to its end, keeping at most {@value #MAX_OUTPUT} bytes. */
    private static CompletableFuture<byte[]> drain(InputStream in) {
        CompletableFuture<byte[]> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try (in) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                byte[] chunk = new byte[65536];
                for (int n; (n = in.read(chunk)) >= 0; ) {
                    if (buf.size() < MAX_OUTPUT) buf.write(chunk, 0, Math.min(n, MAX_OUTPUT - buf.size()));
                }
                f.complete(buf.toByteArray());
            } catch (IOException e) {
                f.completeExceptionally(new UncheckedIOException(e));
            }
        }, "gotests-drain");
        t.setDaemon(true);
        t.start();
        return f;
    }
}
