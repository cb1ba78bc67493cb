package dev.rt0gen.testcontainers;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TraceParseTest {
    private static Rt0genResult result(String stderr) {
        return new Rt0genResult(0, false, new byte[0], stderr.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parsesGoInittraceLines() {
        // Lines as Go 1.26's runtime prints them for GODEBUG=inittrace=1.
        Rt0genResult r = result("""
                init internal/bytealg @0.007 ms, 0 ms clock, 0 bytes, 0 allocs
                init runtime @0.034 ms, 0.052 ms clock, 0 bytes, 0 allocs
                init main @12 ms, 10 ms clock, 4096 bytes, 3 allocs
                main
                """);
        assertThat(r.inits()).extracting(InitTrace::pkg).containsExactly("internal/bytealg", "runtime", "main");
        assertThat(r.inits().get(2)).isEqualTo(new InitTrace("main", 12, 10, 4096, 3, 2));
        assertThat(r.initsPrecede("main")).isTrue();
        assertThat(r.stderrLineOf("main")).contains(3);
    }

    @Test
    void initsPrecedeIsFalseWhenAnInitComesLaterOrTheLineIsMissing() {
        Rt0genResult late = result("main\ninit main @0.1 ms, 0 ms clock, 0 bytes, 0 allocs\n");
        assertThat(late.initsPrecede("main")).isFalse();
        assertThat(late.initsPrecede("not printed")).isFalse();
    }

    @Test
    void parsesRt0TraceLines() {
        // Lines as rt0gen's runtime prints them for RT0TRACE=1 (runtime/rt0trace.go).
        Rt0genResult r = result("""
                rt0: osinit: ncpu=2 (sched_getaffinity) physPageSize=4096
                rt0: schedinit: gomaxprocs=2 (from ncpu; ncpu=2, cgroup limit=0 millicpus)
                rt0: doInit: example.com/p/q on goid=1 m0
                rt0: doInit: main on goid=1 m0
                init 1
                rt0: main.main on goid=1 m0
                hello
                rt0: exit(0) with 1 goroutines
                rt0:
                rt0:not-a-trace
                """);
        assertThat(r.rt0Traces()).extracting(Rt0Trace::step)
                .containsExactly("osinit", "schedinit", "doInit", "doInit", "main.main", "exit(0)", "");
        Rt0Trace osinit = r.rt0Traces("osinit").get(0);
        assertThat(osinit.fields()).containsExactly(Map.entry("ncpu", "2"), Map.entry("physPageSize", "4096"));
        assertThat(r.rt0Traces("schedinit").get(0).field("ncpu")).contains("2");
        assertThat(r.rt0Traces("doInit")).extracting(t -> t.pkg().orElseThrow()).containsExactly("example.com/p/q", "main");
        Rt0Trace main = r.rt0Traces("main.main").get(0);
        assertThat(main.goid()).contains(1L);
        assertThat(main.line()).isEqualTo(5);
        assertThat(main.text()).isEqualTo("main.main on goid=1 m0");
        assertThat(r.initsRanBeforeMainOnItsGoroutine()).isTrue();
    }

    @Test
    void initsOnAnotherGoroutineOrAfterMainAreCaught() {
        assertThat(result("rt0: doInit: main on goid=2 m0\nrt0: main.main on goid=1 m0\n")
                .initsRanBeforeMainOnItsGoroutine()).isFalse();
        assertThat(result("rt0: main.main on goid=1 m0\nrt0: doInit: main on goid=1 m0\n")
                .initsRanBeforeMainOnItsGoroutine()).isFalse();
        assertThat(result("init 1\nhello\n").initsRanBeforeMainOnItsGoroutine()).isFalse();
    }

    @Test
    void splitsLinesWithoutAnEmptyLastLine() {
        assertThat(result("a\n\nb\n").stderrLines()).containsExactly("a", "", "b");
        assertThat(result("a\nb").stderrLines()).containsExactly("a", "b");
        assertThat(result("").stderrLines()).isEmpty();
    }
}
