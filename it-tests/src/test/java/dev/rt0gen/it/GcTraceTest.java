package dev.rt0gen.it;

import dev.rt0gen.compare.Comparison;
import dev.rt0gen.compare.NativeRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collector's knobs and view (issue 17, docs/GC.md), on p123_allocloops, which allocates
 * hundreds of megabytes and calls {@code runtime.GC()} at its end: {@code GODEBUG=gctrace=1}
 * prints Go's line for each collection (the same pattern matches every line of Go's binary,
 * so the pattern is checked against the oracle too), the last one {@code (forced)} in both;
 * {@code GOGC=off} collects only when asked; a smaller {@code GOGC} collects more often;
 * {@code GOMEMLIMIT} makes collections under {@code GOGC=off} and keeps each goal under the
 * limit, and a malformed one is Go's fatal error. The program's own output is Go's in every
 * case.
 */
class GcTraceTest {
    @TempDir
    static Path work;

    /** Go's gcMarkTermination line: gc # @#s #%: #+#+# ms clock, #+#/#/#+# ms cpu, #->#-># MB, # MB goal, # MB stacks, # MB globals, # P. */
    static final Pattern LINE = Pattern.compile("gc \\d+ @\\d+\\.\\d{3}s \\d+%: [\\d.]+\\+[\\d.]+\\+[\\d.]+ ms clock, "
            + "[\\d.]+\\+[\\d.]+/[\\d.]+/[\\d.]+\\+[\\d.]+ ms cpu, \\d+->\\d+->\\d+ MB, \\d+ MB goal, \\d+ MB stacks, "
            + "\\d+ MB globals, \\d+ P( \\(forced\\))?");

    static Comparison.Builds builds;

    static synchronized Comparison.Builds builds() throws Exception {
        if (builds == null) {
            builds = new Comparison(new NativeRunner(), Files.createDirectories(work.resolve("b")))
                    .build(Repo.corpus().resolve("p123_allocloops"));
        }
        return builds;
    }

    private static List<String> traces(Probe.Run r) {
        return r.stderr().lines().filter(l -> l.startsWith("gc ")).toList();
    }

    @Test
    void gctraceLinesHaveGosFormatAndTheLastIsForced() throws Exception {
        Map<String, String> env = Map.of("GODEBUG", "gctrace=1", "GOMAXPROCS", "2");
        Probe.Run go = Probe.run(builds().go(), env);
        Probe.Run rt = Probe.run(builds().rt0gen(), env);
        assertThat(rt.exit()).isEqualTo(go.exit()).isZero();
        assertThat(rt.stdout()).isEqualTo(go.stdout());
        assertThat(rt.stderr().lines().filter(l -> !l.startsWith("gc ")).toList())
                .isEqualTo(go.stderr().lines().filter(l -> !l.startsWith("gc ")).toList());
        for (Probe.Run r : List.of(go, rt)) {
            List<String> lines = traces(r);
            assertThat(lines).as(r.stderr()).hasSizeGreaterThan(1).allMatch(l -> LINE.matcher(l).matches());
            assertThat(lines.get(lines.size() - 1)).endsWith(" 2 P (forced)");
            assertThat(lines.subList(0, lines.size() - 1)).noneMatch(l -> l.endsWith("(forced)"));
            for (int i = 0; i < lines.size(); i++) assertThat(lines.get(i)).startsWith("gc " + (i + 1) + " @");
        }
    }

    @Test
    void gogcOffCollectsOnlyWhenAskedAndASmallerGogcMoreOften() throws Exception {
        Probe.Run off = Probe.run(builds().rt0gen(), Map.of("GODEBUG", "gctrace=1", "GOGC", "off"));
        Probe.Run dflt = Probe.run(builds().rt0gen(), Map.of("GODEBUG", "gctrace=1"));
        Probe.Run low = Probe.run(builds().rt0gen(), Map.of("GODEBUG", "gctrace=1", "GOGC", "25"));
        Probe.Run go = Probe.run(builds().go(), Map.of());
        for (Probe.Run r : List.of(off, dflt, low)) {
            assertThat(r.exit()).as(r.stderr()).isZero();
            assertThat(r.stdout()).isEqualTo(go.stdout());
        }
        assertThat(traces(off)).hasSize(1).allMatch(l -> l.endsWith("(forced)"));
        assertThat(traces(low).size()).isGreaterThan(traces(dflt).size());
        assertThat(traces(dflt).size()).isGreaterThan(1);
    }

    /** The "# MB goal" figure of a gctrace line. */
    private static int goalMB(String line) {
        java.util.regex.Matcher m = Pattern.compile(", (\\d+) MB goal,").matcher(line);
        assertThat(m.find()).as(line).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void gomemlimitCollectsUnderGogcOffWithGoalsUnderTheLimit() throws Exception {
        Map<String, String> env = Map.of("GODEBUG", "gctrace=1", "GOGC", "off", "GOMEMLIMIT", "48MiB");
        Probe.Run go = Probe.run(builds().go(), env);
        Probe.Run rt = Probe.run(builds().rt0gen(), env);
        for (Probe.Run r : List.of(go, rt)) {
            assertThat(r.exit()).as(r.stderr()).isZero();
            assertThat(r.stdout()).isEqualTo(go.stdout());
            List<String> lines = traces(r);
            // p123 allocates hundreds of MB: without the limit, GOGC=off collects once (forced)
            assertThat(lines).as(r.stderr()).hasSizeGreaterThan(3).allMatch(l -> LINE.matcher(l).matches());
            assertThat(lines).allMatch(l -> goalMB(l) <= 48, "goals at most the limit");
        }
    }

    /** A small program for GOMEMLIMIT's values: a few megabytes of garbage, a sum. */
    static final String SMALL = """
            package main

            func main() {
            	sum := 0
            	for i := 0; i < 2000; i++ {
            		b := make([]byte, 1000+i)
            		b[i] = byte(i)
            		sum += int(b[i]) + len(b)
            	}
            	println("sum", sum)
            }
            """;

    @Test
    void malformedGomemlimitIsGosFatalErrorAndAWellFormedOneRuns() throws Exception {
        Comparison.Builds small = Probe.build(work, "memlimit", "1.22", Map.of("main.go", SMALL));
        Probe.Run plain = Probe.run(small.go(), Map.of());
        for (String bad : List.of("bad", "1.5GiB", "10mib", "1K", "-1", " 5MiB", "5MiB ", "B", "KiB",
                "9223372036854775808", "10000000TiB", "8589934592GiB", "0x10", "1_000")) {
            Map<String, String> env = Map.of("GOMEMLIMIT", bad);
            Probe.Run go = Probe.run(small.go(), env);
            Probe.Run rt = Probe.run(small.rt0gen(), env);
            // Go's: the value's line, the throw, a blank line, "runtime stack:", then its frames
            List<String> expected = List.of("GOMEMLIMIT=" + bad,
                    "fatal error: malformed GOMEMLIMIT; see `go doc runtime/debug.SetMemoryLimit`", "", "runtime stack:");
            assertThat(go.stderr().lines().limit(4).toList()).as(bad).isEqualTo(expected);
            assertThat(go.exit()).isEqualTo(2);
            assertThat(rt.stderr().lines().toList()).as(bad).isEqualTo(expected);
            assertThat(rt.exit()).as(bad).isEqualTo(2);
            assertThat(rt.stdout()).isEmpty();
        }
        for (String good : List.of("off", "0", "1", "1B", "1KiB", "+64MiB", "1TiB", "9223372036854775807",
                "8388607TiB")) {
            Map<String, String> env = Map.of("GOMEMLIMIT", good, "GOGC", "off");
            Probe.Run go = Probe.run(small.go(), env);
            Probe.Run rt = Probe.run(small.rt0gen(), env);
            assertThat(go.exit()).as(good + ": " + go.stderr()).isZero();
            assertThat(rt.exit()).as(good + ": " + rt.stderr()).isZero();
            assertThat(rt.stdout()).as(good).isEqualTo(go.stdout()).isEqualTo(plain.stdout());
        }
    }
}
