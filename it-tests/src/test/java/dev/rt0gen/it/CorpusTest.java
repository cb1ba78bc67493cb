package dev.rt0gen.it;

import dev.rt0gen.compare.Comparison;
import dev.rt0gen.compare.NativeRunner;
import dev.rt0gen.compare.Runner;
import dev.rt0gen.testcontainers.ContainerRunner;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The differential suite: every corpus program is built by the real Go toolchain and by rt0gen
 * (expectations are recorded from the Go binary now, not stored), and both binaries run with
 * each of the program's environments, natively and in hardened containers, through the same
 * code path as {@code rt0gen compare} (with the directory's conventions: {@code expected.*}
 * files, a {@code panics} file). Any difference fails with the diff. How often a program is
 * compared, and what passes: {@link CorpusVerdict}.
 */
class CorpusTest {
    /** The corpus's size, as README's Guarantees table states it; a program that disappears fails here. */
    static final int PROGRAMS = 118;

    /**
     * Runs of rt0gen's binary after its native comparison, alone, that must behave as the
     * compared one (a binary that goes wrong now and then must not pass on a lucky run). Go's
     * binary runs once: its output may vary under load (CorpusVerdict). Container runs cost
     * half a second each: none.
     */
    static final int NATIVE_RERUNS = 2;

    /**
     * Comparisons, at least, of a program whose Go output varies ({@link CorpusVerdict}): natively
     * five, which checks that five runs of rt0gen's binary agree; in containers one, and more
     * only until Go's output matches (each is two container runs).
     */
    static final int NATIVE_ATTEMPTS = CorpusVerdict.MIN_ATTEMPTS, CONTAINER_ATTEMPTS = 1;

    /** Builds and container comparisons at once (Rt0genContainer builds images one at a time: 3, 4 and 6 took the same time). */
    static final int THREADS = 3;

    @TempDir
    static Path work;

    @TestFactory
    List<DynamicNode> corpus() throws Exception {
        List<CorpusProgram> programs = CorpusProgram.all();
        assertThat(programs).hasSize(PROGRAMS);
        Comparison natively = new Comparison(new NativeRunner(), work);
        Comparison inContainers = new Comparison(new ContainerRunner(), work);
        // Builds and container runs are slow and independent: start them all at once.
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<DynamicNode> nodes = new ArrayList<>();
        try {
            List<Future<Object>> builds = new ArrayList<>();
            for (CorpusProgram p : programs) {
                builds.add(pool.submit(() -> {
                    try {
                        return natively.build(p.dir());
                    } catch (Comparison.BuildException e) {
                        return e;
                    }
                }));
            }
            // One container verdict (null: it passed) per program and environment, in the runs file's order.
            List<List<Future<String>>> containerVerdicts = new ArrayList<>();
            for (int i = 0; i < programs.size(); i++) {
                CorpusProgram p = programs.get(i);
                Future<Object> build = builds.get(i);
                List<Future<String>> verdicts = new ArrayList<>();
                for (Map<String, String> env : p.runs()) {
                    verdicts.add(pool.submit(() -> {
                        Object b = build.get();
                        if (b instanceof Comparison.BuildException e) throw e;
                        Callable<Comparison.Result> compare =
                                () -> inContainers.compare(p.dir(), (Comparison.Builds) b, options(env, 1));
                        return p.nondeterministic() == null ? CorpusVerdict.once(compare, 0, null)
                                : CorpusVerdict.repeated(CONTAINER_ATTEMPTS, compare);
                    }));
                }
                containerVerdicts.add(verdicts);
            }
            for (int i = 0; i < programs.size(); i++) {
                CorpusProgram p = programs.get(i);
                Future<Object> build = builds.get(i);
                List<DynamicTest> tests = new ArrayList<>();
                for (Map<String, String> env : p.runs()) {
                    tests.add(DynamicTest.dynamicTest("native " + env, () -> {
                        Comparison.Builds b = builds(build);
                        Callable<Comparison.Result> compare = () -> natively.compare(p.dir(), b, options(env, 1));
                        check(p.nondeterministic() == null
                                ? CorpusVerdict.once(compare, NATIVE_RERUNS, () -> run(b.rt0gen(), env))
                                : CorpusVerdict.repeated(NATIVE_ATTEMPTS, compare));
                    }));
                }
                for (int e = 0; e < p.runs().size(); e++) {
                    Future<String> verdict = containerVerdicts.get(i).get(e);
                    tests.add(DynamicTest.dynamicTest("container " + p.runs().get(e), () -> {
                        builds(build);
                        check(verdict.get());
                    }));
                }
                nodes.add(DynamicContainer.dynamicContainer(p.name(), tests));
            }
        } finally {
            pool.shutdown();
        }
        return nodes;
    }

    private static Comparison.Options options(Map<String, String> env, int runs) {
        return new Comparison.Options(env, List.of(), runs, Runner.Limits.NONE);
    }

    private static Comparison.Outcome run(Path binary, Map<String, String> env) throws Exception {
        Runner.RunResult r = new NativeRunner().run(binary, List.of(), env, Runner.Limits.NONE);
        return new Comparison.Outcome(r.exitCode(), new String(r.stdout(), StandardCharsets.UTF_8),
                new String(r.stderr(), StandardCharsets.UTF_8), 0, 0);
    }

    private static Comparison.Builds builds(Future<Object> build) throws Exception {
        Object b = build.get();
        if (b instanceof Comparison.BuildException e) fail(e.getMessage());
        return (Comparison.Builds) b;
    }

    private static void check(String failure) {
        if (failure != null) fail(failure);
    }
}
