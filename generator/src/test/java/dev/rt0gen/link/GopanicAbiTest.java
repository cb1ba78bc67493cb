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
 * runtime.gopanic (docs/ABI.md) called by hand, for every kind it takes, also those no Go type
 * of today's checker lowers to (narrow integers: only the low bits of the word count, as Go's
 * printpanicval prints an int8 or a uint16; a nil value, with and without GODEBUG panicnil=1):
 * Go's "panic: " line, the goroutine header, exit status 2. The other registers hold junk.
 */
class GopanicAbiTest {
    @TempDir
    static Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1  | 0x1                | | true",
            "1  | 0x0                | | false",
            "2  | 0xffffffffffffffd6 | | -42",
            "3  | 0xdeadbeefdeadbe80 | | -128",
            "4  | 0xdeadbeefdeadff85 | | -123",
            "5  | 0xdeadbeeffffffff6 | | -10",
            "6  | 0x8000000000000000 | | -9223372036854775808",
            "7  | 0xffffffffffffffff | | 18446744073709551615",
            "8  | 0xdeadbeefdeadbeff | | 255",
            "9  | 0xdeadbeefdeadffff | | 65535",
            "10 | 0xdeadbeefffffffff | | 4294967295",
            "11 | 0xffffffffffffffff | | 18446744073709551615",
            "12 | 0x10               | | 16",
            "0  | 0x0                | | panic called with nil argument",
            "0  | 0x0                | panicnil=1 | nil",
            "0  | 0x0                | panicnil=0 | panic called with nil argument",
    })
    void printsTheValueAsGoDoes(int kind, String word, String godebug, String printed) throws Exception {
        RuntimeAbiTest.Main m = new RuntimeAbiTest.Main();
        m.emit("mov rax, 0x" + Integer.toHexString(kind));
        m.emit("mov rbx, " + word);
        m.call("runtime.gopanic", 2);
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
        m.str(v.isEmpty() ? "-" : v, "rbx", "rcx");     // an empty string: some pointer, length 0
        if (v.isEmpty()) m.emit("xor ecx, ecx");
        m.emit("mov eax, 0x18");
        m.call("runtime.gopanic", 3);
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
