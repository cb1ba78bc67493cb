package dev.rt0gen.testcontainers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One line of rt0gen's runtime trace, printed on stderr when the program runs with the
 * environment variable {@code RT0TRACE} set: {@code rt0: EVENT key=value key=value …}.
 * For example {@code rt0: init pkg=main goid=1}.
 *
 * <p>The parse is deliberately lenient, so that the runtime can add events and fields without
 * breaking users: the first word after {@code rt0: } is the event, every later
 * {@code key=value} word becomes a field, and {@link #text()} keeps the whole line.
 *
 * @param event  the first word after {@code rt0: } ({@code init}, {@code main}, {@code newproc}, …)
 * @param fields the {@code key=value} words, in order
 * @param text   the line as printed, without the {@code rt0: } prefix
 * @param line   the line's index among stderr's lines (0-based), to compare with other lines
 */
public record Rt0Trace(String event, Map<String, String> fields, String text, int line) {
    private static final String PREFIX = "rt0:";

    public Rt0Trace {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Parses one stderr line; empty if it is not {@code rt0:} alone or followed by white space. */
    public static Optional<Rt0Trace> parse(String text, int line) {
        if (!text.startsWith(PREFIX)) return Optional.empty();
        String rest = text.substring(PREFIX.length());
        if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) return Optional.empty(); // "rt0:x"
        rest = rest.strip();
        String[] words = rest.isEmpty() ? new String[0] : rest.split("\\s+");
        String event = words.length > 0 ? words[0] : "";
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 1; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            if (eq > 0) fields.put(words[i].substring(0, eq), words[i].substring(eq + 1));
        }
        return Optional.of(new Rt0Trace(event, fields, rest, line));
    }

    /** The value of field {@code key}, if the line has it. */
    public Optional<String> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** The package this line is about (field {@code pkg}), if it names one. */
    public Optional<String> pkg() {
        return field("pkg");
    }

    /** The goroutine this line happened on (field {@code goid}), if it names one. */
    public Optional<Long> goid() {
        return field("goid").map(Long::parseLong);
    }
}
