package dev.rt0gen.api;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stack-check stub of the runtime's compiled Go (runtime_go.s, as the runtime-stubs build
 * made it) tells newstack how many words it pushed ({@code mov r13d, N} right before
 * {@code call runtime.morestack}): a runtime function is outside the program's text, so
 * newstack's preemption test (preempt.go's canPreemptAtMorestack) reads its caller's return
 * address above those words. That holds for the runtime's functions whose symbols name another
 * package too (//go:linkname: {@code sync.runtime_SemacquireMutex}): once, their stubs left r13
 * as the prologue's check had set it (an address), and newstack read far outside the stack.
 */
class RuntimeMorestackStubsTest {
    @Test
    void everyRuntimeStubSaysHowManyWordsItPushed() throws Exception {
        String asm;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("dev/rt0gen/runtime/runtime_go.s")) {
            assertThat(in).as("runtime_go.s from runtime-stubs").isNotNull();
            asm = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = asm.lines().toList();
        List<String> without = new ArrayList<>();
        List<String> linknamed = new ArrayList<>();
        String function = null;
        int stubs = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!l.startsWith(" ") && !l.startsWith(".") && !l.startsWith("#") && l.endsWith(":")) function = l.substring(0, l.length() - 1);
            if (!l.strip().equals("call runtime.morestack")) continue;
            stubs++;
            if (!lines.get(i - 1).strip().startsWith("mov r13d, ")) without.add(function);
            else if (function != null && !function.startsWith("runtime.")) linknamed.add(function);
        }
        assertThat(stubs).isGreaterThan(100);
        assertThat(without).as("runtime functions whose stub does not set r13").isEmpty();
        assertThat(linknamed).contains("sync.runtime_SemacquireMutex", "time.Sleep");
    }
}
