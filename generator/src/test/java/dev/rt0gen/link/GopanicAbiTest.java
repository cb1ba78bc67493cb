package dev.rt0gen.link;

import dev.rt0gen.amd64.AsmUnit;
import dev.rt0gen.api.Rt0gen;
import dev.rt0gen.elf.ElfWriter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * runtime.gopanic and runtime.panicplain (docs/ABI.md "Defer, panic and recover") called by
 * hand: a nil value, with and without GODEBUG panicnil=1 (Go 1.21's PanicNilError), and a
 * run-time error's message, which Go prints with a tab after each newline (printindented):
 * Go's "panic: " line, the goroutine header, exit status 2. The other registers hold junk.
 */
class GopanicAbiTest {
    @TempDir
    static Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "           | panic called with nil argument",
            "panicnil=1 | nil",
            "panicnil=0 | panic called with nil argument",
    })
    void printsANilValueAsGoDoes(String godebug, String printed) throws Exception {
        RuntimeAbiTest.Main m = new RuntimeAbiTest.Main();
        m.emit("xor eax, eax");
        m.emit("xor ebx, ebx");
        m.emit("mov rcx, 0xdeadbeef");   // no value: the print function is not called
        m.call("runtime.gopanic", 3);
        m.emit("int3");
        Map<String, String> env = godebug == null ? Map.of() : Map.of("GODEBUG", godebug);
        assertPanics(m, env, printed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "boom             | boom",
            "''               | ''",
            "'a\\nb'          | 'a\\n\\tb'",
            "'\\n\\n'         | '\\n\\t\\n\\t'",
            "'x\\n'           | 'x\\n\\t'",
    })
    void printsAStringWithATabAfterEachNewline(String value, String printed) throws Exception {
        RuntimeAbiTest.Main m = new RuntimeAbiTest.Main();
        String v = value.replace("\\n", "\n"), p = printed.replace("\\n", "\n").replace("\\t", "\t");
        m.str(v.isEmpty() ? "-" : v, "rax", "rbx");     // an empty string: some pointer, length 0
        if (v.isEmpty()) m.emit("xor ebx, ebx");
        m.call("runtime.panicplain", 2);
        m.emit("int3");
        assertPanics(m, Map.of(), p);
    }

    private static void assertPanics(RuntimeAbiTest.Main m, Map<String, String> env, String printed) throws Exception {
        LinkedImage image = Rt0gen.linkProgram(List.of(new AsmUnit("main.s", m.unit())));
        Path exe = dir.resolve("gopanic");
        Rt0gen.write(ElfWriter.write(image), exe);
        ProcessBuilder pb = new ProcessBuilder(exe.toString())
                .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).as("finished").isTrue();
        assertThat(Files.readString(dir.resolve("err"), StandardCharsets.ISO_8859_1)).isEqualTo("panic: " + printed + "\n\ngoroutine 1 [running]:\n");
        assertThat(Files.readString(dir.resolve("out"))).isEmpty();
        assertThat(p.exitValue()).isEqualTo(2);
    }
}
