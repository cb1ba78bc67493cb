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
 * {@code GOGC=off} collects only when asked; a smaller {@code GOGC} collects more often. The
 * program's own output is Go's in every case.
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
}
