package dev.rt0gen.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Comparison#compare(Comparison.Builds, Comparison.Options)} with scripted runs: every timed run counts. */
class ComparisonTest {
    @TempDir
    Path work;

    /**
     * Plays back, for each binary, the outcomes given for its successive runs (the last one
     * repeats); scripting a binary again starts its playback over.
     */
    private static final class ScriptedRunner implements Runner {
        private final Map<Path, List<Runner.RunResult>> script = new HashMap<>();
        private final Map<Path, Integer> calls = new HashMap<>();

        ScriptedRunner script(Path binary, Runner.RunResult... runs) {
            script.put(binary, List.of(runs));
            calls.remove(binary);
            return this;
        }

        int calls(Path binary) {
            return calls.getOrDefault(binary, 0);
        }

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public RunResult run(Path binary, List<String> args, Map<String, String> env, Limits limits) {
            int i = calls.merge(binary, 1, Integer::sum) - 1;
            List<RunResult> runs = script.get(binary);
            return runs.get(Math.min(i, runs.size() - 1));
        }
    }

    private static Runner.RunResult run(int exit, String stdout, String stderr) {
        return new Runner.RunResult(exit, stdout.getBytes(StandardCharsets.UTF_8),
                stderr.getBytes(StandardCharsets.UTF_8), 1_000_000);
    }

    private Comparison.Builds builds() throws Exception {
        Path go = Files.writeString(work.resolve("go-bin"), "go");
        Path rt = Files.writeString(work.resolve("rt-bin"), "rt0gen");
        return new Comparison.Builds("prog", go, rt);
    }

    private static Comparison.Options runs(int n) {
        return new Comparison.Options(Map.of(), List.of(), n, Runner.Limits.NONE);
    }

    @Test
    void identicalRunsMatchAndEveryRunIsTimed() throws Exception {
        Comparison.Builds b = builds();
        ScriptedRunner runner = new ScriptedRunner().script(b.go(), run(0, "", "hi\n")).script(b.rt0gen(), run(0, "", "hi\n"));
        Comparison.Result r = new Comparison(runner, work).compare(b, runs(5));
        assertThat(r.status()).isEqualTo(Comparison.Status.MATCH);
        assertThat(runner.calls(b.go())).isEqualTo(5);
        assertThat(runner.calls(b.rt0gen())).isEqualTo(5);
    }

    @Test
    void anRt0genBinaryWhoseTimedRunDiffersIsAMismatchEvenWhenItsFirstRunMatches() throws Exception {
        Comparison.Builds b = builds();
        Runner.RunResult good = run(0, "", "a 1\n");
        ScriptedRunner runner = new ScriptedRunner().script(b.go(), good)
                .script(b.rt0gen(), good, good, run(0, "", "a 2\n"), good);
        Comparison.Result r = new Comparison(runner, work).compare(b, runs(4));
        assertThat(r.status()).isEqualTo(Comparison.Status.MISMATCH);
        assertThat(r.diff()).startsWith("rt0gen's binary did not behave the same in every timed run: run 3 of 4 differs from run 1:\n")
                .contains("--- stderr (rt0gen run 1)", "+++ stderr (rt0gen run 3)", "-a 1", "+a 2");
    }

    @Test
    void aTimedRunWithAnotherExitStatusCountsToo() throws Exception {
        Comparison.Builds b = builds();
        ScriptedRunner runner = new ScriptedRunner().script(b.go(), run(0, "x", ""))
                .script(b.rt0gen(), run(0, "x", ""), run(2, "x", ""));
        Comparison.Result r = new Comparison(runner, work).compare(b, runs(2));
        assertThat(r.status()).isEqualTo(Comparison.Status.MISMATCH);
        assertThat(r.diff()).contains("run 2 of 2 differs from run 1", "--- exit status (rt0gen run 1)",
                "+++ exit status (rt0gen run 2)", "-0\n+2");
    }

    @Test
    void aGoBinaryWhoseTimedRunsDifferLeavesNoVerdict() throws Exception {
        Comparison.Builds b = builds();
        ScriptedRunner runner = new ScriptedRunner().script(b.go(), run(0, "one\n", ""), run(0, "two\n", ""))
                .script(b.rt0gen(), run(0, "one\n", ""));
        Comparison.Result r = new Comparison(runner, work).compare(b, runs(3));
        assertThat(r.status()).isEqualTo(Comparison.Status.ERROR);
        assertThat(r.error()).startsWith("Go's binary did not behave the same in every timed run, so there is nothing "
                + "to compare with: run 2 of 3 differs from run 1:\n").contains("-one", "+two");
    }

    @Test
    void oneRunIsComparedAsBefore() throws Exception {
        Comparison.Builds b = builds();
        ScriptedRunner runner = new ScriptedRunner().script(b.go(), run(0, "", "a\n")).script(b.rt0gen(), run(1, "", "b\n"));
        Comparison.Result r = new Comparison(runner, work).compare(b, runs(1));
        assertThat(r.status()).isEqualTo(Comparison.Status.MISMATCH);
        assertThat(r.diff()).contains("--- exit status (go)", "+++ exit status (rt0gen)", "--- stderr (go)",
                "+++ stderr (rt0gen)", "-a", "+b");
        assertThat(runner.calls(b.go())).isEqualTo(1);
        assertThat(runner.calls(b.rt0gen())).isEqualTo(1);
    }

    private static final String GO_PANIC = "shifting by -1\npanic: runtime error: negative shift amount\n\n"
            + "goroutine 1 [running]:\nmain.main()\n\texample.com/p51/main.go:102 +0x27f\n";
    private static final String RT0GEN_PANIC = "shifting by -1\npanic: runtime error: negative shift amount\n\n"
            + "goroutine 1 [running]:\n";

    @Test
    void aPanicsFileLeavesOutGosStackFramesAndNothingElse() throws Exception {
        Comparison.Builds b = builds();
        ScriptedRunner runner = new ScriptedRunner().script(b.go(), run(2, "", GO_PANIC))
                .script(b.rt0gen(), run(2, "", RT0GEN_PANIC));
        Path dir = Files.createDirectories(work.resolve("prog"));
        Comparison comparison = new Comparison(runner, work);
        assertThat(comparison.compare(dir, b, runs(1)).status()).as("without the file").isEqualTo(Comparison.Status.MISMATCH);
        Files.writeString(dir.resolve(Comparison.PANICS_FILE), "shifts by a negative count\n");
        assertThat(comparison.compare(dir, b, runs(1)).status()).isEqualTo(Comparison.Status.MATCH);

        // rt0gen must still print the header, and the same exit status.
        runner.script(b.rt0gen(), run(2, "", "shifting by -1\npanic: runtime error: negative shift amount\n"));
        Comparison.Result r = comparison.compare(dir, b, runs(1));
        assertThat(r.status()).isEqualTo(Comparison.Status.MISMATCH);
        assertThat(r.diff()).contains("-goroutine 1 [running]:").doesNotContain("main.main()");
        runner.script(b.rt0gen(), run(1, "", RT0GEN_PANIC));
        assertThat(comparison.compare(dir, b, runs(1)).status()).isEqualTo(Comparison.Status.MISMATCH);
    }

    @Test
    void withoutStackFramesCutsOnlyAfterAPanicsGoroutineHeader() {
        Comparison.Outcome go = new Comparison.Outcome(2, "out", GO_PANIC, 1, 1);
        assertThat(Comparison.withoutStackFrames(go).stderr()).isEqualTo(RT0GEN_PANIC);
        assertThat(Comparison.withoutStackFrames(go).stdout()).isEqualTo("out");
        Comparison.Outcome noPanic = new Comparison.Outcome(0, "", "goroutine 1 [running]:\nmain.main()\n", 1, 1);
        assertThat(Comparison.withoutStackFrames(noPanic)).isEqualTo(noPanic);
    }

    /** Go's deadlock report (p102_deadlock): every goroutine's header stays, its frames go. */
    @Test
    void withoutStackFramesKeepsEveryGoroutineHeaderOfADeadlock() {
        String go = "started\nfatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan send]:\nmain.main()\n"
                + "\t/tmp/p/main.go:47 +0x1df\n\ngoroutine 9 [select]:\nmain.f(...)\n\t/tmp/p/main.go:14\n"
                + "created by main.main in goroutine 1\n\t/tmp/p/main.go:40 +0x16b\n";
        String rt = "started\nfatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan send]:\n\n"
                + "goroutine 9 [select]:\n";
        assertThat(Comparison.withoutStackFrames(new Comparison.Outcome(2, "", go, 1, 1)).stderr()).isEqualTo(rt);
    }

    @Test
    void aNondeterministicFileLetsGosRunsDifferButNotRt0gens() throws Exception {
        Comparison.Builds b = builds();
        Runner.RunResult one = run(0, "", "order: 1 2\n"), two = run(0, "", "order: 2 1\n");
        ScriptedRunner runner = new ScriptedRunner().script(b.go(), one, two, one).script(b.rt0gen(), two);
        Path dir = Files.createDirectories(work.resolve("varies"));
        Comparison comparison = new Comparison(runner, work);
        assertThat(comparison.compare(dir, b, runs(3)).status()).as("without the file").isEqualTo(Comparison.Status.ERROR);

        Files.writeString(dir.resolve(Comparison.NONDETERMINISTIC_FILE), "sysmon\n");
        runner.script(b.go(), one, two, one);
        Comparison.Result r = comparison.compare(dir, b, runs(3));
        assertThat(r.status()).isEqualTo(Comparison.Status.MATCH);
        assertThat(r.go().stderr()).isEqualTo("order: 2 1\n");

        runner.script(b.rt0gen(), run(0, "", "order: 3\n"));
        r = comparison.compare(dir, b, runs(3));
        assertThat(r.status()).isEqualTo(Comparison.Status.MISMATCH);
        assertThat(r.diff()).contains("-order: 1 2", "+order: 3");

        runner.script(b.rt0gen(), two, one);
        r = comparison.compare(dir, b, runs(3));
        assertThat(r.status()).isEqualTo(Comparison.Status.MISMATCH);
        assertThat(r.diff()).startsWith("rt0gen's binary did not behave the same in every timed run: run 2 of 3");
    }
}
