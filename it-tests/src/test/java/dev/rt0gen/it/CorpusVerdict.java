package dev.rt0gen.it;

import dev.rt0gen.compare.Comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * How often one corpus program is compared with Go in one environment, and the verdict.
 *
 * <p>A program is compared once (natively, its rt0gen binary then runs twice more and must
 * behave the same): any mismatch fails. Go's scheduler is deterministic under GOMAXPROCS=1
 * but for one thing: sysmon preempts a goroutine that has run 10 ms of wall-clock time
 * without a new schedule, and on a loaded machine a time slice of a few hundred microseconds
 * can last that long. The programs whose Go output varies for that reason are listed, each
 * by a {@code nondeterministic} file in its directory that says why (p46, p47, p49: at load
 * average 12 on 2 CPUs about half of 100 runs of Go's binary differed from the others, while
 * every other program gave one output in 100 runs; p34: seen once in a CorpusTest run at
 * load average 5; p52: 1 of 20 runs of Go's binary even on an idle machine; p33: seen once in
 * a fresh-clone CI run). Such a program is compared a given number of times at least (CorpusTest:
 * {@value #MIN_ATTEMPTS} natively, 1 in containers), and up to {@value #MAX_ATTEMPTS} times
 * until one comparison matches: rt0gen's runs must all be identical (rt0gen has no sysmon;
 * its scheduling is deterministic), and equal to one of Go's runs.
 *
 * <p>Which programs vary cannot be derived at test time: it would take many runs of Go's
 * binary on a loaded machine, and a quiet machine shows no variation at all (nor did two busy
 * loops pinned beside Go's binary on one CPU: 100 runs each, p46 varied once). A program that
 * varies and is not listed fails with a mismatch, rt0gen's runs all alike: then it belongs on
 * the list, with its reason.
 */
final class CorpusVerdict {
    static final int MIN_ATTEMPTS = 5;
    static final int MAX_ATTEMPTS = 20;

    private CorpusVerdict() {
    }

    /**
     * One comparison, then {@code reruns} more runs of rt0gen's binary alone ({@code rerun}),
     * which must behave as its compared run: null when all of that holds, else why not.
     */
    static String once(Callable<Comparison.Result> compare, int reruns, Callable<Comparison.Outcome> rerun)
            throws Exception {
        Comparison.Result r = compare.call();
        if (r.status() == Comparison.Status.ERROR) return r.error();
        for (int i = 0; i < reruns; i++) {
            String differs = Comparison.diff(r.rt0gen(), "rt0gen, run 1", rerun.call(), "rt0gen, run " + (i + 2));
            if (!differs.isEmpty()) return "rt0gen's binary did not behave the same in every run:\n" + differs;
        }
        return r.matches() ? null : "rt0gen's binary differs from Go's:\n" + r.diff();
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
