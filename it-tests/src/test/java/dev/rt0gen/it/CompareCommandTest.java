package dev.rt0gen.it;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bin/rt0gen compare}, run as a user runs it: the table, the exit status, the diff, JSON and HTML. */
class CompareCommandTest {
    @TempDir
    Path tmp;

    private Host.Result compare(List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Repo.root().resolve("bin/rt0gen").toString(), "compare"));
        cmd.addAll(args);
        return Host.run(cmd, tmp, Map.of());
    }

    private static List<String> shared() throws IOException {
        try (Stream<Path> dirs = Files.list(Repo.corpus())) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("v0")).sorted().map(Path::toString).toList();
        }
    }

    @Test
    void theSharedCorpusMatchesGoAndItsRecordedOutputs() throws Exception {
        List<String> args = new ArrayList<>(List.of("--runs", "1", "--json", "out.json", "--html", "out.html"));
        args.addAll(shared());
        args.add(Repo.corpus().resolve("README.md").toString()); // as a shell glob would
        Host.Result r = compare(args);
        assertThat(r.exit()).as(r.stdout() + r.stderr()).isZero();
        assertThat(r.stdout()).contains("6 comparisons (native runs): 6 match, 0 mismatch, 0 error")
                .containsPattern("v05_exit\\s+match\\s+7/7");
        // Not a terminal: plain progress lines, no progress bar.
        assertThat(r.stderr()).contains("compare [6/6] ").contains("skipping ").contains("README.md: not a directory");
        JsonObject json = JsonParser.parseString(Files.readString(tmp.resolve("out.json"))).getAsJsonObject();
        assertThat(json.get("failures").getAsInt()).isZero();
        assertThat(json.getAsJsonArray("results")).hasSize(6);
        String html = Files.readString(tmp.resolve("out.html"));
        assertThat(html).contains("<table id=\"results\">", "<svg id=\"chart-size\"", "<svg id=\"chart-time\"")
                .doesNotContain("src=\"http").doesNotContain("href=\"http");
    }

    @Test
    void aBrokenExpectationMakesCompareFailWithADiff() throws Exception {
        Path copy = tmp.resolve("v06_print");
        copyTree(Repo.corpus().resolve("v06_print"), copy);
        Path stderr = copy.resolve("expected.stderr");
        Files.writeString(stderr, Files.readString(stderr).replace("a 1 b 2", "a 1 b 3"));
        Host.Result r = compare(List.of("--runs", "1", copy.toString()));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stdout()).contains("1 comparisons (native runs): 0 match, 1 mismatch, 0 error")
                .contains("mismatch: v06_print")
                .contains("--- stderr (expected.*)", "+++ stderr (rt0gen)", "-a 1 b 3", "+a 1 b 2");
    }

    @Test
    void aProgramGoRejectsIsAnErrorAndTheOthersStillRun() throws Exception {
        Path bad = tmp.resolve("bad");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("go.mod"), "module example.com/bad\n\ngo 1.21\n");
        Files.writeString(bad.resolve("main.go"), "package main\n\nfunc main() { undefined() }\n");
        Host.Result r = compare(List.of("--runs", "1", bad.toString(), Repo.corpus().resolve("p10_hello").toString()));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stdout()).contains("2 comparisons (native runs): 1 match, 0 mismatch, 1 error")
                .contains("error: bad: go build:").contains("undefined: undefined");
    }

    @Test
    void aPanicsFileComparesGosPanicUpToItsGoroutineHeader() throws Exception {
        // p51_shifts: five of its six environments shift by a negative count and panic, exit 2.
        Host.Result r = compare(List.of("--runs", "2", Repo.corpus().resolve("p51_shifts").toString()));
        assertThat(r.exit()).as(r.stdout() + r.stderr()).isZero();
        assertThat(r.stdout()).contains("6 comparisons (native runs): 6 match, 0 mismatch, 0 error")
                .containsPattern("p51_shifts \\[OP=shl N=-1\\]\\s+match\\s+2/2");
    }

    @Test
    void environmentAndArgumentsReachBothPrograms() throws Exception {
        Host.Result r = compare(List.of("--runs", "1", "--env", "GREETING=hi there", "--env", "HOME=/x",
                Repo.corpus().resolve("p23_getenv").toString()));
        assertThat(r.exit()).as(r.stdout()).isZero();
        assertThat(r.stdout()).contains("p23_getenv [GREETING=hi there HOME=/x]");
    }

    @Test
    void inContainersTooWithCpuLimits() throws Exception {
        // --env replaces the programs' runs files: one run each, with the CPU limit.
        Host.Result r = compare(List.of("--container", "--runs", "1", "--cpus", "1.5", "--env", "LANG=C",
                Repo.corpus().resolve("p22_gomaxprocs").toString(), Repo.corpus().resolve("v05_exit").toString()));
        assertThat(r.exit()).as(r.stdout() + r.stderr()).isZero();
        assertThat(r.stdout()).contains("2 comparisons (container runs): 2 match");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
