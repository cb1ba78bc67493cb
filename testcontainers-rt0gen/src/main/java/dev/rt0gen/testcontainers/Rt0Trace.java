package dev.rt0gen.testcontainers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of rt0gen's start-up trace, which the runtime prints on stderr when the program runs
 * with {@code RT0TRACE=1}: one line per bootstrap step, {@code rt0: STEP: …}, for example
 * <pre>
 * rt0: osinit: ncpu=2 (sched_getaffinity) physPageSize=4096
 * rt0: doInit: main on goid=1 m0
 * rt0: main.main on goid=1 m0
 * rt0: exit(0) with 1 goroutines
 * </pre>
 * The parse is lenient, so that the runtime can add steps and values without breaking users:
 * the first word after {@code rt0: } (without its colon) is the step, every {@code key=value}
 * in the line becomes a field (a value ends at white space, {@code ,}, {@code ;} or {@code )}),
 * and {@link #text()} keeps the whole line.
 *
 * @param step   the bootstrap step: {@code rt0_go}, {@code args}, {@code osinit}, {@code schedinit},
 *               {@code procresize}, {@code newproc}, {@code mstart}, {@code main}, {@code doInit},
 *               {@code main.main}, {@code exit(0)}, …
 * @param fields the {@code key=value} pairs, in order
 * @param text   the line as printed, without {@code rt0: }
 * @param line   the line's index among stderr's lines (0-based), to compare with other lines
 */
public record Rt0Trace(String step, Map<String, String> fields, String text, int line) {
    private static final String PREFIX = "rt0:";
    private static final Pattern FIELD = Pattern.compile("([A-Za-z_][\\w.]*)=([^\\s,;)]+)");

    public Rt0Trace {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /**
     * Parses one stderr line.
     *
     * @param text the line, without its newline
     * @param line its index among stderr's lines
     * @return the trace line, or empty if the line is not {@code rt0:} alone or followed by white space
     */
    public static Optional<Rt0Trace> parse(String text, int line) {
        if (!text.startsWith(PREFIX)) return Optional.empty();
        String rest = text.substring(PREFIX.length());
        if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) return Optional.empty(); // "rt0:x"
        rest = rest.strip();
        String first = rest.isEmpty() ? "" : rest.split("\\s+", 2)[0];
        String step = first.endsWith(":") ? first.substring(0, first.length() - 1) : first;
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = FIELD.matcher(rest);
        while (m.find()) fields.putIfAbsent(m.group(1), m.group(2));
        return Optional.of(new Rt0Trace(step, fields, rest, line));
    }

    /**
     * The value of field {@code key}, if the line has it.
     *
     * @param key the name before {@code =}
     * @return its value
     */
    public Optional<String> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /**
     * The goroutine this step ran on (field {@code goid}), if the line names one.
     *
     * @return the goroutine's id
     */
    public Optional<Long> goid() {
        return field("goid").map(Long::parseLong);
    }

    /**
     * The package a {@code doInit} line is about ({@code rt0: doInit: PKG on goid=…}), or a
     * {@code pkg} field of another line.
     *
     * @return the package's import path
     */
    public Optional<String> pkg() {
        if (step.equals("doInit")) {
            String[] words = text.split("\\s+");
            if (words.length > 1) return Optional.of(words[1]);
        }
        return field("pkg");
    }
}
