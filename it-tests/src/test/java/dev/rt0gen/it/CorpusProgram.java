package dev.rt0gen.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One program of the corpus and the environments it runs with (its {@code runs} file: one run
 * per line, the whole environment as {@code KEY=VALUE} words; no file means one run with an
 * empty environment). See it-tests/corpus/README.md.
 */
record CorpusProgram(String name, Path dir, List<Map<String, String>> runs) {
    static List<CorpusProgram> all() {
        try (Stream<Path> dirs = Files.list(Repo.corpus())) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("go.mod"))).sorted()
                    .map(CorpusProgram::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CorpusProgram of(Path dir) {
        List<Map<String, String>> runs = new ArrayList<>();
        Path file = dir.resolve("runs");
        if (Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file)) runs.add(parseEnv(line));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            runs.add(Map.of());
        }
        return new CorpusProgram(dir.getFileName().toString(), dir, List.copyOf(runs));
    }

    /** {@code K=V K2=V2}; a value may be empty or start with a space only as the line's last word ({@code GOMAXPROCS= 2}). */
    static Map<String, String> parseEnv(String line) {
        Map<String, String> env = new LinkedHashMap<>();
        String rest = line;
        while (!rest.isBlank()) {
            rest = rest.stripLeading();
            int eq = rest.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("bad runs line: " + line);
            String key = rest.substring(0, eq);
            String after = rest.substring(eq + 1);
            int nextKey = nextKey(after);
            env.put(key, nextKey < 0 ? after : after.substring(0, nextKey).stripTrailing());
            rest = nextKey < 0 ? "" : after.substring(nextKey);
        }
        return env;
    }

    /** Where the next {@code KEY=} word starts in {@code s} (after a space), or -1. */
    private static int nextKey(String s) {
        var m = java.util.regex.Pattern.compile("\\s[A-Za-z_][A-Za-z0-9_]*=").matcher(s);
        return m.find() ? m.start() + 1 : -1;
    }

    /** The recorded expectations (only the v* programs copied from shared/corpus have them). */
    boolean hasExpectedFiles() {
        return Files.isRegularFile(dir.resolve("expected.exit"));
    }
}
