package dev.rt0gen.it;

import dev.rt0gen.compare.Comparison;
import dev.rt0gen.compare.NativeRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Memory goes back to the kernel when the heap shrinks (issue 17, docs/GC.md "Scavenging"):
 * p124_memstats holds some 80 MiB live, drops it, calls {@code runtime.GC()} and, with
 * {@code WAIT} set, prints "waiting" and sleeps. While it sleeps, its resident memory
 * ({@code VmRSS} of /proc/PID/status) must be well under its peak ({@code VmHWM}): the
 * collection released the free pages (madvise): less than half of its peak remains. Go's binary is not held to this: its
 * scavenger releases in the background, a little at a time (it still held all 80 MiB a
 * second after its collection when this was written).
 */
class ScavengeTest {
    @TempDir
    static Path work;

    private static final Pattern KB = Pattern.compile("^(VmHWM|VmRSS):\\s+(\\d+) kB$", Pattern.MULTILINE);

    @Test
    void theFreedHeapIsReleasedAfterACollection() throws Exception {
        Comparison.Builds builds = new Comparison(new NativeRunner(), Files.createDirectories(work.resolve("b")))
                .build(Repo.corpus().resolve("p124_memstats"));
        ProcessBuilder pb = new ProcessBuilder(builds.rt0gen().toString());
        pb.environment().clear();
        pb.environment().put("WAIT", "1");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        List<String> lines = new ArrayList<>();
        String status;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = err.readLine()) != null && !l.equals("waiting"); ) lines.add(l);
            assertThat(p.isAlive()).as("the program stopped before it printed \"waiting\": %s", lines).isTrue();
            status = Files.readString(Path.of("/proc", Long.toString(p.pid()), "status"));
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(p.exitValue()).as(String.join("\n", lines)).isZero();
        assertThat(lines).allMatch(l -> !l.contains("false"));
        long hwm = 0, rss = 0;
        Matcher m = KB.matcher(status);
        while (m.find()) {
            if (m.group(1).equals("VmHWM")) hwm = Long.parseLong(m.group(2));
            else rss = Long.parseLong(m.group(2));
        }
        assertThat(hwm).as(status).isGreaterThan(64 * 1024);
        // at most half the peak: the collection kept what conservative scanning keeps (a few MiB,
        // up to some 13 MiB seen) and free pages up to its heap goal + 10%; without releasing
        // it would stay at the peak, as Go's binary does for seconds
        assertThat(rss).as("resident after the collection, with a peak of %d kB", hwm).isLessThan(hwm / 2);
    }
}
