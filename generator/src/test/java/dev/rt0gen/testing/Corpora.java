package dev.rt0gen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The program directories the tests read, pinned: each directory must be a program, and their
 * number is written here, so a program that goes missing (deleted, renamed into a file, its
 * go.mod lost) fails the tests instead of dropping out of them. Adding a program means
 * updating the count.
 */
public final class Corpora {
    /** it-tests/corpus, as README.md's Guarantees table and it-tests' CorpusTest.PROGRAMS state. */
    public static final int CORPUS_PROGRAMS = 118;

    /** src/test/resources/errors: one wrong program each, with gc's diagnostics. */
    public static final int ERROR_PROGRAMS = 78;

    private Corpora() {
    }

    /** it-tests/corpus (Surefire may name it with {@code -Drt0gen.corpus}). */
    public static Path corpusRoot() {
        return Path.of(System.getProperty("rt0gen.corpus", "../it-tests/corpus"));
    }

    /** Every program directory of it-tests/corpus, sorted; each has a go.mod. */
    public static List<Path> corpus() {
        return programs(corpusRoot(), "go.mod", CORPUS_PROGRAMS);
    }

    /** Every program directory under {@code root} (the errors resources), sorted; each has main.go and gc.txt. */
    public static List<Path> errors(Path root) {
        List<Path> dirs = programs(root, "main.go", ERROR_PROGRAMS);
        for (Path d : dirs) {
            if (!Files.isRegularFile(d.resolve("gc.txt"))) throw new AssertionError(d + " has no gc.txt");
        }
        return dirs;
    }

    private static List<Path> programs(Path root, String required, int count) {
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> entries = Files.list(root)) {
            for (Path p : entries.sorted().toList()) {
                if (!Files.isDirectory(p)) {
                    if (!p.getFileName().toString().equals("README.md")) {
                        throw new AssertionError(p + ": only program directories and README.md belong in " + root);
                    }
                } else if (!Files.isRegularFile(p.resolve(required))) {
                    throw new AssertionError(p + " has no " + required + ": every directory in " + root + " is a program");
                } else {
                    dirs.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (dirs.size() != count) {
            throw new AssertionError(root + " holds " + dirs.size() + " programs, the tests expect " + count
                    + " (dev.rt0gen.testing.Corpora): a program was added or removed");
        }
        return dirs;
    }

    /**
     * The corpus programs the IR test interpreters (ir.Interp) do not run, name → reason, from
     * generator/src/test/resources/dev/rt0gen/lower/corpus/NOT_INTERPRETED: they model memory as
     * the words of symbolic objects. it-tests' CorpusTest still runs them against Go.
     */
    public static java.util.Map<String, String> notInterpreted() {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("src/test/resources/dev/rt0gen/lower/corpus/NOT_INTERPRETED"))) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                int sp = line.indexOf(' ');
                if (sp <= 0) throw new IllegalStateException("NOT_INTERPRETED: NAME REASON, got " + line);
                out.put(line.substring(0, sp), line.substring(sp + 1).strip());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
