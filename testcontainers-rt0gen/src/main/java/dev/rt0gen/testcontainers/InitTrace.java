package dev.rt0gen.testcontainers;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line that {@code GODEBUG=inittrace=1} makes the Go runtime print on stderr when a
 * package's init work has run, as Go's {@code runtime.doInit1} writes it:
 * <pre>init PKG @START ms, DURATION ms clock, BYTES bytes, ALLOCS allocs</pre>
 *
 * @param pkg      the package's import path ({@code main}, {@code internal/bytealg}, …)
 * @param startMs  when its init started, in milliseconds since the runtime started
 * @param clockMs  how long it took, in milliseconds
 * @param bytes    heap bytes allocated by it
 * @param allocs   heap allocations made by it
 * @param line     the line's index among stderr's lines (0-based), to compare with other lines
 */
public record InitTrace(String pkg, double startMs, double clockMs, long bytes, long allocs, int line) {
    private static final Pattern LINE = Pattern.compile(
            "init (\\S+) @([0-9.]+) ms, ([0-9.]+) ms clock, ([0-9]+) bytes, ([0-9]+) allocs");

    /** Parses one stderr line; empty if it is not an inittrace line. */
    public static Optional<InitTrace> parse(String text, int line) {
        Matcher m = LINE.matcher(text);
        if (!m.matches()) return Optional.empty();
        return Optional.of(new InitTrace(m.group(1), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)), Long.parseLong(m.group(4)), Long.parseLong(m.group(5)), line));
    }
}
