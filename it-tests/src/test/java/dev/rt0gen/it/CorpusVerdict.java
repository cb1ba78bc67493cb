package dev.rt0gen.it;

import dev.rt0gen.compare.Comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * How often one corpus program is compared with Go in one environment, and the verdict.
 *
 * <p>A program is compared once: any mismatch fails. Go's scheduler is deterministic under
 * GOMAXPROCS=1 but for one thing: sysmon preempts a goroutine that has run 10 ms of
 * wall-clock time without a new schedule, and on a loaded machine a time slice of a few
 * hundred microseconds can last that long. The programs whose Go output varies for that
 * reason are listed, each by a {@code nondeterministic} file in its directory that says why
 * (p46, p47, p49: measured at load average 12 on 2 CPUs, about half of 100 runs of Go's
 * binary differed from the others; every other program gave one output in 100 runs). Such a
 * program is compared a given number of times at least (CorpusTest: {@value #MIN_ATTEMPTS}
 * natively), and up to {@value #MAX_ATTEMPTS} times until one comparison matches: rt0gen's
 * runs must all be identical (rt0gen has no sysmon; its scheduling is deterministic), and
 * equal to one of Go's runs.
 *
 * <p>Which programs vary cannot be derived at test time: it would take many runs of Go's
 * binary on a loaded machine, and a quiet machine shows no variation at all. An unlisted
 * program whose Go output varies does not pass silently: CorpusTest compares three timed runs
 * of each binary natively, and Go's runs differing is an error that names the runs.
 */
final class CorpusVerdict {
    static final int MIN_ATTEMPTS = 5;
    static final int MAX_ATTEMPTS = 20;

    private CorpusVerdict() {
    }

    /** One comparison: null when it matches, else why not. */
    static String once(Callable<Comparison.Result> compare) throws Exception {
        Comparison.Result r = compare.call();
        return switch (r.status()) {
            case MATCH -> null;
            case ERROR -> r.error();
            case MISMATCH -> "rt0gen's binary differs from Go's:\n" + r.diff();
        };
    }

    /**
     * For a program whose Go output varies: at least {@code minAttempts} comparisons, and more
     * (up to {@value #MAX_ATTEMPTS}) until one matches; rt0gen's runs must all be identical.
     * Null when that holds, else why not.
     */
    static String repeated(int minAttempts, Callable<Comparison.Result> compare) throws Exception {
        List<Comparison.Result> attempts = new ArrayList<>();
        boolean matched = false;
        while (attempts.size() < minAttempts || (!matched && attempts.size() < MAX_ATTEMPTS)) {
            Comparison.Result r = compare.call();
            if (r.status() == Comparison.Status.ERROR) return r.error();
            attempts.add(r);
            String differs = Comparison.diff(attempts.get(0).rt0gen(), "rt0gen, attempt 1", r.rt0gen(),
                    "rt0gen, attempt " + attempts.size());
            if (!differs.isEmpty()) {
                return "rt0gen's binary did not behave the same in every attempt (only Go's may vary):\n" + differs;
            }
            matched |= r.matches();
        }
        if (matched) return null;
        return "rt0gen's binary differs from Go's in all " + attempts.size() + " attempts (the first diff):\n"
                + attempts.get(0).diff();
    }
}
