package dev.rt0gen.it;

import dev.rt0gen.compare.GoToolchain;
import dev.rt0gen.it.GoTestPrograms.Kind;
import dev.rt0gen.it.GoTestPrograms.Program;
import dev.rt0gen.it.GoTestPrograms.Selection;
import dev.rt0gen.it.GoTestPrograms.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Go's own {@code // run} test programs (GOROOT/test, test/ken, test/chan, test/interface; see
 * {@link GoTestPrograms} for what is selected and how each is judged) as a ratchet:
 * <ul>
 * <li>the selection is the pinned number of programs for this Go release, so none can vanish
 *     silently;</li>
 * <li>no program crashes the compiler: each one compiles or gets positioned errors;</li>
 * <li>every program listed in {@value #PASSING} runs the same as Go: exit status, stdout and
 *     stderr, byte for byte;</li>
 * <li>a program that runs the same as Go and is not listed fails the test until it is added,
 *     in the same commit that makes it pass.</li>
 * </ul>
 * With {@code -Dgotests.report=FILE} ({@code make gotests}) it also writes the full table and
 * score (GOTESTS.md) before asserting anything.
 */
class GoTestsTest {
    static final String PASSING = "it-tests/src/test/resources/gotests-passing.txt";

    /**
     * The selection per Go release (of {@code go env GOVERSION}, patch level dropped): the number
     * of selected {@code // run} files in test/, test/ken, test/chan, test/interface, and of
     * those, how many a {@code //go:build} line excludes on linux/amd64. go1.26 is the oracle
     * (/usr/local/go on the project's machines).
     */
    private static final Map<String, Pinned> PINNED = Map.of(
            "go1.26", new Pinned(Map.of("", 141, "ken", 40, "chan", 17, "interface", 11), 1));

    record Pinned(Map<String, Integer> perDir, int excluded) {
        int total() {
            return perDir.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    @TempDir
    static Path work;

    static String goVersion;
    static Selection selection;
    static List<Verdict> verdicts;

    @BeforeAll
    static void checkEveryProgram() throws Exception {
        String go = GoToolchain.go().toString();
        goVersion = Host.ok(go, "env", "GOVERSION").strip();
        Path goroot = Path.of(Host.ok(go, "env", "GOROOT").strip());
        selection = GoTestPrograms.select(goroot);
        verdicts = GoTestPrograms.checkAll(selection, work, 2);
        String report = System.getProperty("gotests.report");
        if (report != null && !report.isBlank()) {
            Files.writeString(Path.of(report), GoTestsReport.markdown(selection, verdicts, goVersion, Instant.now(), passingList()),
                    StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSelectionIsThePinnedOne() {
        String release = goVersion.replaceFirst("^(go\\d+\\.\\d+).*", "$1");
        Pinned pinned = PINNED.get(release);
        if (pinned == null) {
            fail("The selection of Go's test programs is pinned for " + PINNED.keySet() + ", not for " + goVersion
                    + " (the go command found: " + GoToolchain.go() + "). Install go1.26 (https://go.dev/dl/) and put it "
                    + "on PATH or in GO, or pin this release's counts in GoTestsTest.PINNED");
        }
        Map<String, Integer> perDir = new TreeMap<>();
        for (String d : GoTestPrograms.DIRS) perDir.put(d, 0);
        selection.programs().forEach(p -> perDir.merge(p.dir(), 1, Integer::sum));
        assertThat(perDir).as("// run programs per directory of %s (%s)", selection.testDir(), goVersion)
                .isEqualTo(new TreeMap<>(pinned.perDir()));
        assertThat(selection.programs().size() - selection.runnable().size())
                .as("programs a //go:build line excludes on linux/amd64: %s",
                        selection.programs().stream().filter(p -> p.excludedBy() != null).map(Program::name).toList())
                .isEqualTo(pinned.excluded());
    }

    @Test
    void noProgramCrashesTheCompiler() {
        List<String> crashes = verdicts.stream().filter(v -> v.kind() == Kind.CRASHED)
                .map(v -> v.program().name() + ": " + v.detail()).toList();
        if (!crashes.isEmpty()) {
            fail(crashes.size() + " of Go's test programs crash rt0gen (an exception other than positioned errors, or the command line "
                    + "exiting other than 0 or 1, or printing other than file:line:col: message):\n  "
                    + String.join("\n  ", crashes));
        }
    }

    @Test
    void everyListedProgramRunsTheSameAsGo() throws Exception {
        Map<String, Verdict> byName = verdicts.stream().collect(Collectors.toMap(v -> v.program().name(), v -> v));
        List<String> problems = new ArrayList<>();
        for (String name : passingList()) {
            Verdict v = byName.get(name);
            if (v == null) {
                problems.add(name + ": listed in " + PASSING + " but not among the selected programs of "
                        + selection.testDir());
            } else if (v.kind() != Kind.SAME) {
                problems.add(name + ": " + v.kind().label + ": " + v.detail() + (v.diff() == null ? "" : "\n" + v.diff()));
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " program(s) listed as passing in " + PASSING + " no longer run the same as Go ("
                    + goVersion + "):\n" + String.join("\n", problems));
        }
    }

    @Test
    void everyPassingProgramIsListed() throws Exception {
        Set<String> listed = passingList();
        List<String> unlisted = verdicts.stream().filter(v -> v.kind() == Kind.SAME)
                .map(v -> v.program().name()).filter(n -> !listed.contains(n)).toList();
        if (!unlisted.isEmpty()) {
            fail("These programs now run the same as Go but are not in " + PASSING + "; add them to it in the same "
                    + "commit that makes them pass (and regenerate GOTESTS.md with make gotests):\n"
                    + String.join("\n", unlisted));
        }
    }

    /** The names in {@value #PASSING} (test/-relative, e.g. {@code ken/simpbool.go}); # starts a comment. */
    static Set<String> passingList() throws java.io.IOException {
        Path list = Repo.root().resolve(PASSING);
        Set<String> names = new LinkedHashSet<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            String name = line.replaceFirst("#.*", "").strip();
            if (name.isEmpty()) continue;
            if (!names.add(name)) throw new AssertionError(PASSING + " lists " + name + " twice");
        }
        return names;
    }
}
