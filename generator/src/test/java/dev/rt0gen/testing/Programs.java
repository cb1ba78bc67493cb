package dev.rt0gen.testing;

import dev.rt0gen.check.CheckedProgram;
import dev.rt0gen.check.Checker;
import dev.rt0gen.source.CompileException;
import dev.rt0gen.source.SourceFile;
import dev.rt0gen.source.SourceLoader;
import dev.rt0gen.source.SourcePackage;
import dev.rt0gen.source.SourceTree;
import dev.rt0gen.syntax.Parser;
import dev.rt0gen.syntax.SyntaxTree;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds programs for tests from strings: file paths relative to a module root "." . */
public final class Programs {
    public static final String MODULE = "example.com/t";

    private Programs() {
    }

    /** {@code files}: name → source, e.g. "main.go", "a/a.go" (package example.com/t/a). */
    public static SourceTree tree(Map<String, String> files) {
        Map<String, List<SourceFile>> byDir = new TreeMap<>();
        for (var e : new TreeMap<>(files).entrySet()) {
            String name = e.getKey();
            int slash = name.lastIndexOf('/');
            String dir = slash < 0 ? "" : name.substring(0, slash);
            byDir.computeIfAbsent(dir, k -> new ArrayList<>())
                    .add(new SourceFile("./" + name, e.getValue().getBytes(StandardCharsets.UTF_8)));
        }
        SourcePackage main = new SourcePackage("main", ".", byDir.getOrDefault("", List.of()));
        Map<String, SourcePackage> pkgs = new LinkedHashMap<>();
        byDir.forEach((dir, fs) -> {
            if (!dir.isEmpty()) pkgs.put(MODULE + "/" + dir, new SourcePackage(MODULE + "/" + dir, "./" + dir, fs));
        });
        return new SourceTree(MODULE, main, pkgs);
    }

    public static SourceTree mainOnly(String src) {
        return tree(Map.of("main.go", src));
    }

    public static CheckedProgram check(SourceTree t) throws CompileException {
        return Checker.check(Parser.parse(t));
    }

    /** The diagnostics of a program that must not compile, one per line, as the CLI prints them. */
    public static String errors(SourceTree t) {
        try {
            check(t);
        } catch (CompileException e) {
            StringBuilder sb = new StringBuilder();
            e.diagnostics().forEach(d -> sb.append(d).append('\n'));
            return sb.toString();
        }
        throw new AssertionError("the program compiled");
    }

    public static String errors(String mainSrc) {
        return errors(mainOnly(mainSrc));
    }

    /** A program of the differential corpus (it-tests/corpus; Surefire passes its path as rt0gen.corpus). */
    public static SourceTree corpus(String name) throws CompileException {
        Path dir = Path.of(System.getProperty("rt0gen.corpus", "../it-tests/corpus"), name);
        if (!java.nio.file.Files.isRegularFile(dir.resolve("go.mod"))) {
            throw new IllegalStateException("no corpus program at " + dir.toAbsolutePath());
        }
        try {
            return SourceLoader.load(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A built program's run: exit status, stdout, stderr (bytes as ISO-8859-1 chars). */
    public record Run(int exit, String stdout, String stderr) {
    }

    /**
     * Builds {@code src} as the main.go of a go 1.26 module in {@code tmp} with rt0gen
     * (Rt0gen.build, in-process) and runs the binary with these arguments, stdin from /dev/null.
     */
    public static Run buildAndRun(Path tmp, String src, String... args) throws Exception {
        Path dir = tmp.resolve("p");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.writeString(dir.resolve("go.mod"), "module example.com/p\n\ngo 1.26\n");
        java.nio.file.Files.writeString(dir.resolve("main.go"), src);
        Path exe = tmp.resolve("exe");
        dev.rt0gen.api.Rt0gen.build(dir, exe);
        List<String> cmd = new ArrayList<>(List.of(exe.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes(), err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the program did not finish within 20 s");
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.ISO_8859_1), new String(err, StandardCharsets.ISO_8859_1));
    }
}
