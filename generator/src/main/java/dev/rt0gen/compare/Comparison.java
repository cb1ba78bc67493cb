package dev.rt0gen.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.rt0gen.api.Rt0gen;
import dev.rt0gen.link.LinkException;
import dev.rt0gen.source.CompileException;
import dev.rt0gen.source.Diagnostic;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds one Go program with the real Go toolchain and with rt0gen, runs both the same way,
 * and compares exit status, stdout and stderr byte for byte. This is what {@code rt0gen compare}
 * does for each directory, and what the differential test suite does for each corpus program.
 */
public final class Comparison {
    public enum Status { MATCH, MISMATCH, ERROR }

    /** One side's run: what it printed, how it exited, how big it is, how long it took (median). */
    public record Outcome(int exitCode, String stdout, String stderr, long size, double medianMillis) {
    }

    /**
     * The verdict for one program (and one environment). {@code error} says why there is no
     * verdict (go build rejected it, rt0gen rejected it, the engine did not answer); {@code diff}
     * is a unified diff of what differs.
     */
    public record Result(String program, Map<String, String> env, Status status, String error,
                         Outcome go, Outcome rt0gen, String diff) {
        public boolean matches() {
            return status == Status.MATCH;
        }
    }

    /** How to run: the environment (exactly; nothing inherited), the arguments, timed runs, CPU limits. */
    public record Options(Map<String, String> env, List<String> args, int runs, Runner.Limits limits) {
        public static Options defaults() {
            return new Options(Map.of(), List.of(), 5, Runner.Limits.NONE);
        }

        public Options withEnv(Map<String, String> env) {
            return new Options(env, args, runs, limits);
        }
    }

    private final Runner runner;
    private final Path work;

    /** {@code work} holds the binaries; it must exist. */
    public Comparison(Runner runner, Path work) {
        this.runner = runner;
        this.work = work;
    }

    /** Builds {@code dir} both ways once; returns the two binaries, or throws with the reason. */
    public Builds build(Path dir) throws BuildException {
        String name = dir.toAbsolutePath().normalize().getFileName().toString();
        Path goBin;
        try {
            goBin = GoToolchain.build(dir, work.resolve("go"));
        } catch (IllegalStateException e) {
            throw new BuildException("go build: " + firstLines(e.getMessage()));
        } catch (Exception e) {
            throw new BuildException("go build: " + e);
        }
        Path rtBin = work.resolve("rt0gen").resolve(name);
        try {
            Rt0gen.build(dir, rtBin);
        } catch (CompileException e) {
            throw new BuildException("rt0gen build: " + e.diagnostics().stream().map(Diagnostic::toString)
                    .limit(5).collect(Collectors.joining("; ")));
        } catch (LinkException e) {
            throw new BuildException("rt0gen build: link: " + String.join("; ", e.problems()));
        } catch (Exception e) {
            throw new BuildException("rt0gen build: " + e.getMessage());
        }
        return new Builds(name, goBin, rtBin);
    }

    /** The two binaries of one program. */
    public record Builds(String program, Path go, Path rt0gen) {
    }

    public static final class BuildException extends Exception {
        public BuildException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * A directory holding this file names programs that panic (in some of their runs): Go's
     * binary prints the goroutine's stack frames after the {@code goroutine N [running]:} line,
     * rt0gen's binary prints none yet (README, "Not yet"), so Go's stderr is compared only up
     * to and including that line, and rt0gen's must end there. The file says why the program
     * panics.
     */
    public static final String PANICS_FILE = "panics";

    /**
     * A directory holding this file names programs whose Go output varies from run to run (the
     * file says why; rt0gen's corpus: it-tests/corpus/README.md). Go's timed runs may then
     * differ, and rt0gen's (which must all agree) must equal one of them.
     */
    public static final String NONDETERMINISTIC_FILE = "nondeterministic";

    /**
     * Compares binaries built from {@code dir}, with the directory's conventions: a
     * {@value #PANICS_FILE} file leaves Go's stack frames out; a {@value #NONDETERMINISTIC_FILE}
     * file lets Go's timed runs differ; and when the directory holds
     * recorded expectations ({@code expected.stdout}, {@code expected.stderr},
     * {@code expected.exit}, as in shared/corpus) and the run has no environment and no
     * arguments, rt0gen's run must match them too.
     */
    public Result compare(Path dir, Builds builds, Options options) {
        Result r = compare(builds, options, Files.isRegularFile(dir.resolve(PANICS_FILE)),
                Files.isRegularFile(dir.resolve(NONDETERMINISTIC_FILE)));
        if (r.rt0gen() == null || !options.env().isEmpty() || !options.args().isEmpty()) return r;
        try {
            String recorded = recordedDiff(dir, r.rt0gen());
            if (recorded.isEmpty()) return r;
            return new Result(r.program(), r.env(), Status.MISMATCH, null, r.go(), r.rt0gen(), r.diff() + recorded);
        } catch (java.io.IOException | NumberFormatException e) {
            return new Result(r.program(), r.env(), Status.ERROR, "cannot read the expected.* files: " + e.getMessage(),
                    r.go(), r.rt0gen(), r.diff());
        }
    }

    /** The result for a program that could not be built. */
    public static Result error(Path dir, Map<String, String> env, String message) {
        return new Result(dir.toAbsolutePath().normalize().getFileName().toString(), env, Status.ERROR, message,
                null, null, null);
    }

    /** rt0gen's run against the expected.* files in {@code dir} (empty when there are none or all match). */
    public static String recordedDiff(Path dir, Outcome rt) throws java.io.IOException {
        Path exit = dir.resolve("expected.exit");
        if (!Files.isRegularFile(exit)) return "";
        Outcome recorded = new Outcome(Integer.parseInt(Files.readString(exit).strip()),
                readOrEmpty(dir.resolve("expected.stdout")), readOrEmpty(dir.resolve("expected.stderr")), 0, 0);
        return diff(recorded, "expected.*", rt, "rt0gen");
    }

    private static String readOrEmpty(Path p) throws java.io.IOException {
        return Files.isRegularFile(p) ? Files.readString(p) : "";
    }

    /**
     * Runs both binaries with the same options and compares them. Every timed run must behave
     * as the first run of the same binary (exit status, stdout, stderr): a median over runs
     * that did different things means nothing. An rt0gen binary whose runs differ is a
     * mismatch; a Go binary whose runs differ leaves nothing to compare with, an error (unless
     * the directory says its Go output varies, {@link #compare(Path, Builds, Options)}). Either
     * way the message shows the differing run against the first.
     */
    public Result compare(Builds b, Options options) {
        return compare(b, options, false, false);
    }

    private Result compare(Builds b, Options options, boolean leaveOutGoFrames, boolean goMayVary) {
        try {
            Measured go = measure("go", b.go(), options);
            Measured rt = measure("rt0gen", b.rt0gen(), options);
            if (rt.differing() != null) {
                return new Result(b.program(), options.env(), Status.MISMATCH, null, go.outcome(), rt.outcome(),
                        "rt0gen's binary did not behave the same in every timed run: " + rt.differing());
            }
            if (go.differing() != null && !goMayVary) {
                return new Result(b.program(), options.env(), Status.ERROR, "Go's binary did not behave the same "
                        + "in every timed run, so there is nothing to compare with: " + go.differing(),
                        null, null, null);
            }
            // Go's first run, or (when its output may vary) the first of its runs that rt0gen's equals.
            Outcome goOutcome = null;
            String diff = null;
            for (Outcome o : go.distinct()) {
                Outcome g = leaveOutGoFrames ? withoutStackFrames(o) : o;
                String d = diff(g, rt.outcome());
                if (goOutcome == null || d.isEmpty()) {
                    goOutcome = g;
                    diff = d;
                }
                if (d.isEmpty()) break;
            }
            goOutcome = new Outcome(goOutcome.exitCode(), goOutcome.stdout(), goOutcome.stderr(), go.outcome().size(),
                    go.outcome().medianMillis());
            return new Result(b.program(), options.env(), diff.isEmpty() ? Status.MATCH : Status.MISMATCH, null,
                    goOutcome, rt.outcome(), diff);
        } catch (Exception e) {
            return new Result(b.program(), options.env(), Status.ERROR, runner.name() + " run: " + e.getMessage(),
                    null, null, null);
        }
    }

    /**
     * The first run with the median time of all; every distinct behaviour (exit status, stdout,
     * stderr) in the order first seen; and a diff when a later run differs from the first (else null).
     */
    private record Measured(Outcome outcome, List<Outcome> distinct, String differing) {
    }

    private Measured measure(String side, Path binary, Options o) throws Exception {
        int n = Math.max(1, o.runs());
        Runner.RunResult first = runner.run(binary, o.args(), o.env(), o.limits());
        List<Outcome> distinct = new ArrayList<>(List.of(outcome(first, 0, 0)));
        String differing = null;
        long[] nanos = new long[n];
        nanos[0] = first.nanos();
        for (int i = 1; i < n; i++) {
            Runner.RunResult next = runner.run(binary, o.args(), o.env(), o.limits());
            nanos[i] = next.nanos();
            Outcome behaviour = outcome(next, 0, 0);
            String d = diff(distinct.get(0), side + " run 1", behaviour, side + " run " + (i + 1));
            if (!d.isEmpty() && differing == null) differing = "run " + (i + 1) + " of " + n + " differs from run 1:\n" + d;
            if (!distinct.contains(behaviour)) distinct.add(behaviour);
        }
        Arrays.sort(nanos);
        double median = n % 2 == 1 ? nanos[n / 2] : (nanos[n / 2 - 1] + nanos[n / 2]) / 2.0;
        return new Measured(outcome(first, Files.size(binary), median / 1e6), List.copyOf(distinct), differing);
    }

    private static final java.util.regex.Pattern GOROUTINE_HEADER =
            java.util.regex.Pattern.compile("goroutine [0-9]+ \\[[^\\]]*\\]:");

    /**
     * {@code o} with its stderr cut after the first {@code goroutine N [...]:} line that follows a
     * {@code panic: } line; after a {@code fatal error: } line (Go's deadlock report, which shows
     * every goroutine) each goroutine's header is kept, with the blank line before it, and its
     * frames are left out.
     */
    static Outcome withoutStackFrames(Outcome o) {
        List<String> lines = o.stderr().lines().toList();
        boolean panicked = false;
        for (int i = 0; i < lines.size(); i++) {
            if (!panicked && lines.get(i).startsWith("fatal error: ") && i + 2 < lines.size()
                    && lines.get(i + 1).isEmpty() && GOROUTINE_HEADER.matcher(lines.get(i + 2)).matches()) {
                List<String> kept = new java.util.ArrayList<>(lines.subList(0, i + 1));
                boolean frames = false;
                for (String l : lines.subList(i + 1, lines.size())) {
                    if (GOROUTINE_HEADER.matcher(l).matches()) {
                        kept.add(l);
                        frames = true;
                    } else if (l.isEmpty()) {
                        kept.add(l);
                        frames = false;
                    } else if (!frames) {
                        kept.add(l);
                    }
                }
                return new Outcome(o.exitCode(), o.stdout(), String.join("\n", kept) + "\n", o.size(), o.medianMillis());
            }
            if (lines.get(i).startsWith("panic: ")) panicked = true;
            if (panicked && GOROUTINE_HEADER.matcher(lines.get(i)).matches()) {
                String kept = String.join("\n", lines.subList(0, i + 1)) + "\n";
                return new Outcome(o.exitCode(), o.stdout(), kept, o.size(), o.medianMillis());
            }
        }
        return o;
    }

    private static Outcome outcome(Runner.RunResult r, long size, double medianMillis) {
        return new Outcome(r.exitCode(), new String(r.stdout(), StandardCharsets.UTF_8),
                new String(r.stderr(), StandardCharsets.UTF_8), size, medianMillis);
    }

    /** A unified diff of exit status, stdout and stderr (Go's side first); empty when all three match. */
    static String diff(Outcome go, Outcome rt) {
        return diff(go, "go", rt, "rt0gen");
    }

    /** A unified diff of exit status, stdout and stderr of {@code a} and {@code b}, named as given; empty when all match. */
    public static String diff(Outcome a, String aName, Outcome b, String bName) {
        StringBuilder sb = new StringBuilder();
        if (a.exitCode() != b.exitCode()) {
            sb.append("--- exit status (").append(aName).append(")\n+++ exit status (").append(bName).append(")\n-")
                    .append(a.exitCode()).append("\n+").append(b.exitCode()).append('\n');
        }
        stream(sb, "stdout", aName, a.stdout(), bName, b.stdout());
        stream(sb, "stderr", aName, a.stderr(), bName, b.stderr());
        return sb.toString();
    }

    private static void stream(StringBuilder sb, String name, String aName, String a, String bName, String b) {
        if (a.equals(b)) return;
        List<String> left = lines(a), right = lines(b);
        var patch = DiffUtils.diff(left, right);
        String from = name + " (" + aName + ")", to = name + " (" + bName + ")";
        for (String l : UnifiedDiffUtils.generateUnifiedDiff(from, to, left, patch, 2)) {
            sb.append(l).append('\n');
        }
        if (patch.getDeltas().isEmpty()) { // same lines, different final newline
            sb.append("--- ").append(from).append("\n+++ ").append(to).append('\n')
                    .append("  (differ only in the final newline)\n");
        }
    }

    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>(Arrays.asList(s.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return out;
    }

    private static String firstLines(String s) {
        return s == null ? "" : s.lines().limit(4).collect(Collectors.joining(" | "));
    }
}
