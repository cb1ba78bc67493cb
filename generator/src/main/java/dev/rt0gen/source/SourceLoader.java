package dev.rt0gen.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
     *                          package is invalid ({@link GoDebug#checkDirectives}), a build constraint
     * @throws IOException the path cannot be read, or it is not a Go program at all (no Go files,
     *                     not a {@code .go} file): not a problem of the program's text, so no position
     */
    public static SourceTree load(Path dirOrFile) throws CompileException, IOException {
        if (Files.isRegularFile(dirOrFile)) {
            if (!dirOrFile.toString().endsWith(".go")) {
                throw new IOException(dirOrFile + ": not a Go source file (want a directory or FILE.go)");
            }
            SourceFile f = read(dirOrFile, dirOrFile.toString());
            checkBuildLines(f);
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
            throw new IOException(dirOrFile + ": no Go files");
        }
        GoDebug.checkDirectives(main.files());
        Map<String, SourcePackage> packages = new TreeMap<>();
        if (module != null) {
            for (Path dir : subdirectories(dirOrFile)) {
                Path rel = dirOrFile.relativize(dir);
                String path = module + "/" + rel.toString().replace('\\', '/');
                SourcePackage p = readPackage(dirOrFile, dir, path);
                if (!p.files().isEmpty()) {
                    packages.put(path, p);
                }
            }
        }
        String godebug = GoDebug.defaultGODEBUG(mod, main.files());
        return new SourceTree(module, main, packages, godebug);
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

    private static SourcePackage readPackage(Path root, Path dir, String importPath) throws CompileException, IOException {
        List<Path> names;
        try (Stream<Path> s = Files.list(dir)) {
            names = s.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return n.endsWith(".go") && !n.endsWith("_test.go") && !n.startsWith(".") && !n.startsWith("_");
                    })
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw cannotRead(dir, e);
        } catch (UncheckedIOException e) {
            throw cannotRead(dir, e.getCause());
        }
        List<SourceFile> files = new ArrayList<>();
        for (Path p : names) {
            SourceFile f = read(p, root.resolve(root.relativize(p)).toString());
            checkBuildLines(f);
            files.add(f);
        }
        return new SourcePackage(importPath, root.resolve(root.relativize(dir)).toString(), files);
    }

    /** rt0gen compiles every file of a package: a build constraint would be silently ignored. */
    private static void checkBuildLines(SourceFile f) throws CompileException {
        String text = new String(f.bytes(), StandardCharsets.ISO_8859_1);
        int line = 1;
        for (String l : text.split("\n", -1)) {
            if (l.startsWith("//go:build") || l.startsWith("// +build")) {
                throw new CompileException(new Pos(f.display(), line, 1), "build constraints (//go:build) are not supported by rt0gen");
            }
            String s = l.strip();
            if (s.startsWith("package ")) break;
            line++;
        }
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
