package dev.rt0gen.it;

import dev.rt0gen.compare.Comparison;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code strace -f} of a goroutine program: arch_prctl(ARCH_SET_FS) (settls), sched_getaffinity
 * (osinit's getproccount), one 1 MiB + 4 KiB stack mapping per goroutine started (runtime.main's
 * and each {@code go} statement's; a dead G's stack is reused) with a PROT_NONE guard page at its
 * low end, one thread only, and {@code exit_group(0)} last.
 */
class RuntimeStraceTest {
    @TempDir
    static Path work;
    static Comparison.Builds go121;
    static Comparison.Builds go126;

    static final String PROGRAM = """
            package main

            import "runtime"

            func worker(id int) {
            	println("worker", id)
            }

            func main() {
            	for i := 0; i < 5; i++ {
            		go worker(i)
            	}
            	runtime.Gosched()
            	go worker(5)
            	runtime.Gosched()
            	println("main done", runtime.NumGoroutine())
            }
            """;

    /** STACK_MAPPING in defs.s: the guard page and 1 MiB of stack. */
    static final String STACK_BYTES = String.valueOf(0x1000 + 0x100000);

    @BeforeAll
    static void build() throws Exception {
        go121 = Probe.build(work, "strace121", "1.21", Map.of("main.go", PROGRAM));
        go126 = Probe.build(work, "strace126", "1.26", Map.of("main.go", PROGRAM));
    }

    private static List<String> strace(Path bin) throws Exception {
        Host.Result r = Host.run(List.of("strace", "-f", "env", "-i", "GOMAXPROCS=1", bin.toString()));
        assertThat(r.exit()).as(r.stderr()).isZero();
        List<String> lines = r.stderr().lines().toList();
        int exec = 0;
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith("execve(\"" + bin)) exec = i;
        return lines.subList(exec, lines.size());
    }

    @Test
    void oneStackMappingPerGoroutineStartedAndExitGroupZero() throws Exception {
        List<String> lines = strace(go121.rt0gen());
        int tls = index(lines, "arch_prctl(ARCH_SET_FS, ");
        int affinity = index(lines, "sched_getaffinity(0, ");
        assertThat(tls).isGreaterThan(0);
        assertThat(affinity).isGreaterThan(tls);
        List<Integer> stacks = stackMaps(lines);
        // runtime.main's G and the five goroutines of the loop; worker 5 reuses a dead G's stack
        assertThat(stacks).hasSize(6);
        assertThat(stacks.get(0)).isGreaterThan(affinity);
        for (int at : stacks) {
            Matcher m = Pattern.compile("= (0x[0-9a-f]+)$").matcher(lines.get(at));
            assertThat(m.find()).isTrue();
            assertThat(lines.get(at + 1)).isEqualTo("mprotect(" + m.group(1) + ", 4096, PROT_NONE) = 0");
        }
        assertThat(lines).noneMatch(l -> l.startsWith("clone"));
        assertThat(lines.get(lines.size() - 2)).startsWith("exit_group(0)");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("+++ exited with 0 +++");
        assertThat(lines).filteredOn(l -> l.startsWith("write(2, \"worker")).hasSize(6);
    }

    /** In a go 1.26 module runtime.main also starts Go's GOMAXPROCS updater goroutine: one stack more. */
    @Test
    void aGo126ModuleHasTheUpdaterGoroutinesStackToo() throws Exception {
        assertThat(stackMaps(strace(go126.rt0gen()))).hasSize(7);
        Probe.Run go = Probe.run(go126.go(), Map.of("GOMAXPROCS", "1"));
        Probe.Run rt = Probe.run(go126.rt0gen(), Map.of("GOMAXPROCS", "1"));
        assertThat(rt.stderr()).isEqualTo(go.stderr());
    }

    private static List<Integer> stackMaps(List<String> lines) {
        List<Integer> out = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("mmap(NULL, " + STACK_BYTES + ", PROT_READ|PROT_WRITE, ")) out.add(i);
        }
        return out;
    }

    private static int index(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(prefix)) return i;
        return -1;
    }
}
