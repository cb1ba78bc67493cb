package dev.rt0gen.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A program directory's {@code runs} file: one run per line, the whole environment of that run
 * as space-separated {@code KEY=VALUE} words; an empty line is an empty environment. Without
 * the file a program runs once with an empty environment. A value runs to the next
 * {@code KEY=} word, so it may hold spaces ({@code GOMAXPROCS= 2}).
 */
public final class RunsFile {
    private static final Pattern NEXT_KEY = Pattern.compile("\\s[A-Za-z_][A-Za-z0-9_]*=");

    private RunsFile() {
    }

    public static List<Map<String, String>> read(Path dir) {
        Path file = dir.resolve("runs");
        if (!Files.isRegularFile(file)) return List.of(Map.of());
        try {
            List<Map<String, String>> runs = new ArrayList<>();
            for (String line : Files.readAllLines(file)) runs.add(parse(line));
            return List.copyOf(runs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, String> parse(String line) {
        Map<String, String> env = new LinkedHashMap<>();
        String rest = line;
        while (!rest.isBlank()) {
            rest = rest.stripLeading();
            int eq = rest.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("bad line in a runs file: " + line);
            String after = rest.substring(eq + 1);
            Matcher m = NEXT_KEY.matcher(after);
            int next = m.find() ? m.start() + 1 : -1;
            env.put(rest.substring(0, eq), next < 0 ? after : after.substring(0, next).stripTrailing());
            rest = next < 0 ? "" : after.substring(next);
        }
        return env;
    }
}
