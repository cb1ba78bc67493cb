package dev.rt0gen.api;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rt0gen.source.CompileException;
import dev.rt0gen.source.GoModDifferentialTest;
import dev.rt0gen.source.SourceLoader;
import dev.rt0gen.source.SourceTree;
import dev.rt0gen.testing.Txtar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing of the loader (go.mod, {@code //go:debug} lines, build constraints,
 * the package directories) with Jazzer, from the files on disk as {@code rt0gen build DIR} reads
 * them, then through the front end. An input is go.mod's bytes, a line {@code -- main.go --},
 * then a program in {@link Txtar} form (main.go, and {@code -- a/x.go --} files of other
 * packages); without that line the whole input is go.mod and main.go is {@link #MAIN}.
 *
 * <p>The property: the program loads (and then the front end compiles it or rejects it with
 * positioned errors), or the loader rejects it with a {@link CompileException} whose every
 * diagnostic is {@code file:line:col} inside one of the files written (go.mod included), or
 * with the go command's words when build constraints leave no file of the main package.
 * Anything else (another exception, a hang) is a finding.
 *
 * <p>Seeds: every case of {@link GoModDifferentialTest} (go.mod and //go:debug texts the go
 * command accepts and rejects) and the inputs under
 * src/test/resources/dev/rt0gen/api/LoaderFuzzTestInputs/loader/ (findings land there and
 * become regression tests). Without {@code JAZZER_FUZZ} the seeds run once; {@code make test}
 * fuzzes this for 30 s and FrontendFuzzTest for 30 s, {@code make fuzz} longer.
 */
class LoaderFuzzTest {
    static final String MARKER = "-- main.go --\n";
    static final String MAIN = GoModDifferentialTest.MAIN;
    static Path work;

    static Stream<Arguments> seeds() {
        List<Arguments> out = new ArrayList<>();
        for (GoModDifferentialTest.Case c : GoModDifferentialTest.CASES) {
            byte[] in = (c.goMod() + "\n" + MARKER + c.mainGo()).getBytes(StandardCharsets.ISO_8859_1);
            out.add(Arguments.of(Named.of(c.name(), in)));
        }
        out.add(Arguments.of(Named.of("go.mod only", "module m\ngo 1.21\n".getBytes(StandardCharsets.ISO_8859_1))));
        out.add(Arguments.of(Named.of("a sub-package", ("module example.com/m\n\ngo 1.26\n\n" + MARKER
                + "//go:debug panicnil=1\npackage main\n\nimport \"example.com/m/a\"\n\nfunc main() { a.F() }\n"
                + "-- a/a.go --\n//go:debug foo=1\npackage a\n\nfunc F() {}\n").getBytes(StandardCharsets.ISO_8859_1))));
        out.add(Arguments.of(Named.of("build constraints", ("module m\n\ngo 1.26\n\n" + MARKER
                + "//go:build linux && (amd64 || !cgo)\n// +build linux\n\npackage main\n\nimport \"m/a\"\n\nfunc main() { a.F() }\n"
                + "-- a/a.go --\n// +build linux,amd64 windows\n\npackage a\n\nfunc F() {}\n"
                + "-- a/a_windows.go --\n//go:build (\n\npackage a\n"
                + "-- a/b.go --\n//go:build windows\n\npackage a\n").getBytes(StandardCharsets.ISO_8859_1))));
        out.add(Arguments.of(Named.of("build constraints exclude main", ("module m\n\n" + MARKER
                + "//go:build !linux\n\npackage main\n\nfunc main() {}\n").getBytes(StandardCharsets.ISO_8859_1))));
        return out.stream();
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "30s")
    void loader(byte[] input) throws Exception {
        Map<String, byte[]> files = split(input);
        Path dir = freshDir();
        Map<String, Integer> lines = new HashMap<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
            int n = 1;
            for (byte b : f.getValue()) if (b == '\n') n++;
            lines.put(p.toString(), n);
        }
        SourceTree tree;
        try {
            tree = SourceLoader.load(dir);
        } catch (CompileException e) {
            FrontendFuzzTest.assertPositioned(e, lines, input);
            return;
        } catch (IOException e) {
            // build constraints left out every file of the main package: the go command's words, no position
            assertThat(e.getMessage()).as(new String(input, StandardCharsets.ISO_8859_1))
                    .isIn("build constraints exclude all Go files in " + dir, "no non-test Go files in " + dir);
            return;
        }
        assertThat(tree.godebugDefault()).doesNotContain("\n");
        try {
            Frontend.assemble(tree);
        } catch (CompileException e) {
            FrontendFuzzTest.assertPositioned(e, lines, input);
        }
    }

    static Map<String, byte[]> split(byte[] input) {
        String s = new String(input, StandardCharsets.ISO_8859_1);
        int at = s.startsWith(MARKER) ? 0 : s.indexOf("\n" + MARKER);
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        if (at < 0) {
            files.put("go.mod", input);
            files.put("main.go", MAIN.getBytes(StandardCharsets.UTF_8));
            return files;
        }
        int goModEnd = at == 0 ? 0 : at + 1;
        files.put("go.mod", java.util.Arrays.copyOfRange(input, 0, goModEnd));
        byte[] rest = java.util.Arrays.copyOfRange(input, goModEnd + MARKER.length(), input.length);
        files.putAll(Txtar.files(rest));
        return files;
    }

    /** One directory per input, below one per JVM, the previous input's removed first. */
    private static Path freshDir() throws IOException {
        if (work == null) work = Files.createTempDirectory("rt0gen-loader-fuzz");
        try (Stream<Path> s = Files.walk(work)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) if (!p.equals(work)) Files.delete(p);
        }
        return Files.createDirectory(work.resolve("m"));
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (work == null) return;
        try (Stream<Path> s = Files.walk(work)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
