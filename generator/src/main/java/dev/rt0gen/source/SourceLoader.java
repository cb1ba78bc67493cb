package dev.rt0gen.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Loads a Go program from disk: a module directory (with go.mod), a directory of Go files
 * without go.mod (package main only), or a single {@code FILE.go}.
 *
 * <p>File names in positions are the path the user gave joined with the file's path below it:
 * {@code rt0gen build .} shows {@code ./main.go:3:2}, as {@code go build} does when run in the
 * directory; {@code rt0gen build prog} shows {@code prog/main.go:3:2} and
 * {@code prog/log/log.go:1:1} for a file of package {@code example.com/app/log}.
 */
public final class SourceLoader {
    private SourceLoader() {
    }

    /**
     * @throws CompileException the program is wrong: go.mod is not one the go command accepts or one
     *                          rt0gen can build ({@link GoMod}), a {@code //go:debug} directive of the main
     *                          package is invalid ({@link GoDebug#checkDirectives}), a malformed build
     *                          constraint ({@link BuildConstraints})
     * @throws IOException the path cannot be read, or it is not a Go program at all (no Go files,
     *                     not a {@code .go} file, build constraints exclude all its Go files, as the
     *                     go command says it): not a problem of one place in the program's text, so no position
     */
    public static SourceTree load(Path dirOrFile) throws CompileException, IOException {
        if (Files.isRegularFile(dirOrFile)) {
            if (!dirOrFile.toString().endsWith(".go")) {
                throw new IOException(dirOrFile + ": not a Go source file (want a directory or FILE.go)");
            }
            String name = dirOrFile.getFileName().toString();
            if (name.startsWith("_") || name.startsWith(".")) {
                // go build _x.go: "no Go files in DIR" (go/build ignores such a file, even when named)
                throw new IOException(dirOrFile + ": no Go files (a file whose name starts with _ or . is ignored, as by go build)");
            }
            SourceFile f = read(dirOrFile, dirOrFile.toString());
            // a file named on the command line is built whatever its constraints and name say
            // (the go command's UseAllFiles), but a malformed //go:build line is still an error
            BuildConstraints.shouldBuild(f);
            GoDebug.checkDirectives(List.of(f));
            return new SourceTree(null, new SourcePackage("main", dirOrFile.toString(), List.of(f)), Map.of(),
                    GoDebug.defaultGODEBUG((GoMod) null, List.of(f)));
        }
        if (!Files.isDirectory(dirOrFile)) {
            if (Files.exists(dirOrFile)) throw new IOException(dirOrFile + ": not a directory or a Go source file");
            throw new IOException(dirOrFile + ": no such file or directory");
        }
        Path goMod = dirOrFile.resolve("go.mod");
        GoMod mod = Files.isRegularFile(goMod) ? GoMod.parse(goMod.toString(), readBytes(goMod)) : null;
        String module = mod == null ? null : mod.module();
        SourcePackage main = readPackage(dirOrFile, dirOrFile, "main");
        if (main.files().isEmpty()) {
            throw new IOException(main.noGoError() == null ? dirOrFile + ": no Go files" : main.noGoError());
        }
        GoDebug.checkDirectives(main.files());
        Map<String, SourcePackage> packages = new TreeMap<>();
        if (module != null) {
            for (Path dir : subdirectories(dirOrFile)) {
                Path rel = dirOrFile.relativize(dir);
                String path = module + "/" + rel.toString().replace('\\', '/');
                SourcePackage p;
                try {
                    p = readPackage(dirOrFile, dir, path);
                } catch (CompileException e) {
                    p = new SourcePackage(path, dirOrFile.resolve(rel).toString(), List.of(), null, e.diagnostics());
                }
                // a directory whose Go files are all left out is kept, to say why when it is imported
                if (!p.files().isEmpty() || p.noGoError() != null || !p.errors().isEmpty()) {
                    packages.put(path, p);
                }
            }
        }
        String godebug = GoDebug.defaultGODEBUG(mod, main.files());
        return new SourceTree(module, main, packages, godebug, SourceTree.langMinor(mod));
    }

    /** An I/O error as one line naming the path: {@code cannot read x.go: permission denied}. */
    public static IOException cannotRead(Path p, IOException e) {
        String why;
        if (e instanceof java.nio.file.NoSuchFileException) why = "no such file or directory";
        else if (e instanceof java.nio.file.AccessDeniedException) why = "permission denied";
        else if (e instanceof java.nio.file.FileSystemException fe && fe.getReason() != null) why = fe.getReason();
        else why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new IOException("cannot read " + p + ": " + why.toLowerCase(java.util.Locale.ROOT), e);
    }

    private static List<Path> subdirectories(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isDirectory)
                    .filter(d -> !d.equals(root))
                    .filter(d -> {
                        for (Path part : root.relativize(d)) {
                            String n = part.toString();
                            if (n.startsWith(".") || n.startsWith("_") || n.equals("testdata") || n.equals("vendor")) return false;
                        }
                        return true;
                    })
                    .filter(d -> !Files.isRegularFile(d.resolve("go.mod")))   // a nested module is not ours
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw cannotRead(root, e);
        } catch (UncheckedIOException e) {
            throw cannotRead(root, e.getCause());
        }
    }

    /**
     * The files of one directory that the go command compiles for linux/amd64 (go/build's Import):
     * files starting with {@code _} or {@code .} do not exist for it, files for other systems or
     * whose build constraints are false are ignored, {@code _test.go} files are tests. With no file
     * left, {@link SourcePackage#noGoError()} says why in the go command's words when files were
     * left out (none when the directory has no {@code .go} file that counts).
     *
     * @throws CompileException a malformed {@code //go:build} line (the first file's, in name order,
     *                          as the go command reports only the first)
     */
    private static SourcePackage readPackage(Path root, Path dir, String importPath) throws CompileException, IOException {
        List<Path> names;
        try (Stream<Path> s = Files.list(dir)) {
            names = s.filter(p -> p.getFileName().toString().endsWith(".go"))
                    .filter(Files::isRegularFile)
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw cannotRead(dir, e);
        } catch (UncheckedIOException e) {
            throw cannotRead(dir, e.getCause());
        }
        List<SourceFile> files = new ArrayList<>();
        int ignored = 0;
        int tests = 0;
        CompileException bad = null;
        for (Path p : names) {
            String n = p.getFileName().toString();
            if (n.startsWith("_") || n.startsWith(".")) continue;
            if (!BuildConstraints.matchFileName(n)) {
                ignored++;
                continue;
            }
            SourceFile f = read(p, root.resolve(root.relativize(p)).toString());
            boolean ok;
            try {
                ok = BuildConstraints.shouldBuild(f);
            } catch (CompileException e) {
                if (bad == null) bad = e;
                continue;
            }
            if (!ok) ignored++;
            else if (n.endsWith("_test.go")) tests++;
            else files.add(f);
        }
        if (bad != null) throw bad;
        String dirDisplay = root.resolve(root.relativize(dir)).toString();
        String noGo = null;
        if (files.isEmpty()) {
            // cmd/go's NoGoError, in its order
            if (ignored > 0) noGo = "build constraints exclude all Go files in " + dirDisplay;
            else if (tests > 0) noGo = "no non-test Go files in " + dirDisplay;
        }
        return new SourcePackage(importPath, dirDisplay, files, noGo, List.of());
    }

    private static SourceFile read(Path p, String display) throws IOException {
        try {
            return new SourceFile(display, Files.readAllBytes(p));
        } catch (IOException e) {
            throw cannotRead(p, e);
        }
    }

    private static byte[] readBytes(Path p) throws IOException {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw cannotRead(p, e);
        }
    }
}
