package dev.rt0gen.testcontainers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one run of a program in an {@link Rt0genContainer} produced: its exit code, its standard
 * output and standard error (kept apart, byte for byte), and the trace lines found on stderr.
 *
 * <p>Go's {@code print}/{@code println}, {@code GODEBUG=inittrace=1} and {@code RT0TRACE} all write
 * to stderr, so their relative order is the order of {@link #stderrLines()}; every parsed trace
 * line records its index there ({@link InitTrace#line()}, {@link Rt0Trace#line()}).
 * Nothing orders stdout against stderr.
 */
public final class Rt0genResult {
    private final long exitCode;
    private final boolean oomKilled;
    private final byte[] stdout;
    private final byte[] stderr;
    private final List<String> stderrLines;
    private final List<InitTrace> inits = new ArrayList<>();
    private final List<Rt0Trace> traces = new ArrayList<>();

    /** A result from its parts (the container builds it; public for tests of code that consumes results). */
    public Rt0genResult(long exitCode, boolean oomKilled, byte[] stdout, byte[] stderr) {
        this.exitCode = exitCode;
        this.oomKilled = oomKilled;
        this.stdout = stdout.clone();
        this.stderr = stderr.clone();
        this.stderrLines = lines(stderr());
        for (int i = 0; i < stderrLines.size(); i++) {
            String line = stderrLines.get(i);
            InitTrace.parse(line, i).ifPresent(inits::add);
            Rt0Trace.parse(line, i).ifPresent(traces::add);
        }
    }

    /** The program's exit status (a signal shows up as 128 + its number, as in a shell). */
    public long exitCode() {
        return exitCode;
    }

    /** Whether the kernel killed the program for exceeding the container's memory limit. */
    public boolean oomKilled() {
        return oomKilled;
    }

    /** Standard output, decoded as UTF-8. */
    public String stdout() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    /** Standard error, decoded as UTF-8. */
    public String stderr() {
        return new String(stderr, StandardCharsets.UTF_8);
    }

    /** Standard output, exactly as written. */
    public byte[] stdoutBytes() {
        return stdout.clone();
    }

    /** Standard error, exactly as written. */
    public byte[] stderrBytes() {
        return stderr.clone();
    }

    /** Standard output split into lines (without their {@code \n}; no empty last line for a final {@code \n}). */
    public List<String> stdoutLines() {
        return lines(stdout());
    }

    /** Standard error split into lines, as {@link #stdoutLines()}. Trace lines index into this list. */
    public List<String> stderrLines() {
        return stderrLines;
    }

    /** The {@code GODEBUG=inittrace=1} lines on stderr, in the order printed. */
    public List<InitTrace> inits() {
        return List.copyOf(inits);
    }

    /** The {@code rt0: …} lines ({@code RT0TRACE=1}) on stderr, in the order printed. */
    public List<Rt0Trace> rt0Traces() {
        return List.copyOf(traces);
    }

    /** The {@code rt0: …} lines of one step ({@code doInit}, {@code main.main}, …), in the order printed. */
    public List<Rt0Trace> rt0Traces(String step) {
        return traces.stream().filter(t -> t.step().equals(step)).toList();
    }

    /**
     * Whether, by the {@code RT0TRACE=1} trace, every package's init work ({@code doInit} lines)
     * ran before {@code main.main}, on main's goroutine, as Go specifies. False without a
     * {@code main.main} trace line (the program did not run with {@code RT0TRACE=1}, or never
     * reached main).
     */
    public boolean initsRanBeforeMainOnItsGoroutine() {
        List<Rt0Trace> main = rt0Traces("main.main");
        if (main.size() != 1 || main.get(0).goid().isEmpty()) return false;
        Rt0Trace m = main.get(0);
        return rt0Traces("doInit").stream().allMatch(t -> t.line() < m.line() && t.goid().equals(m.goid()));
    }

    /** The index in {@link #stderrLines()} of the first line equal to {@code text}, if any. */
    public Optional<Integer> stderrLineOf(String text) {
        int i = stderrLines.indexOf(text);
        return i < 0 ? Optional.empty() : Optional.of(i);
    }

    /** Whether every {@code init …} trace line comes before the first stderr line equal to {@code line}. */
    public boolean initsPrecede(String line) {
        int at = stderrLines.indexOf(line);
        return at >= 0 && inits.stream().allMatch(t -> t.line() < at);
    }

    @Override
    public String toString() {
        return "exit code " + exitCode + (oomKilled ? " (OOM-killed)" : "")
                + "\n--- stdout ---\n" + stdout() + "\n--- stderr ---\n" + stderr();
    }

    private static List<String> lines(String s) {
        if (s.isEmpty()) return List.of();
        List<String> out = new ArrayList<>(List.of(s.split("\n", -1)));
        if (s.endsWith("\n")) out.remove(out.size() - 1);
        return List.copyOf(out);
    }
}
