package dev.rt0gen.testcontainers;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

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
    void parsesRt0TraceLinesLeniently() {
        Rt0genResult r = result("hello\nrt0: init pkg=main goid=1\nrt0: schedinit ncpu=2 note\nrt0:\n");
        assertThat(r.rt0Traces()).hasSize(3);
        Rt0Trace init = r.rt0Traces("init").get(0);
        assertThat(init.pkg()).contains("main");
        assertThat(init.goid()).contains(1L);
        assertThat(init.line()).isEqualTo(1);
        Rt0Trace sched = r.rt0Traces().get(1);
        assertThat(sched.event()).isEqualTo("schedinit");
        assertThat(sched.fields()).containsExactly(java.util.Map.entry("ncpu", "2"));
        assertThat(sched.text()).isEqualTo("schedinit ncpu=2 note");
        assertThat(r.rt0Traces().get(2).event()).isEmpty();
    }

    @Test
    void splitsLinesWithoutAnEmptyLastLine() {
        assertThat(result("a\n\nb\n").stderrLines()).containsExactly("a", "", "b");
        assertThat(result("a\nb").stderrLines()).containsExactly("a", "b");
        assertThat(result("").stderrLines()).isEmpty();
    }
}
