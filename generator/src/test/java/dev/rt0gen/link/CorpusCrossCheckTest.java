package dev.rt0gen.link;

import dev.rt0gen.api.Rt0gen;
import dev.rt0gen.testing.Corpora;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every instruction form the runtime and the code generator use, checked against GNU as: each
 * corpus program is linked with the runtime (the part of it the program reaches), and each text
 * Keystone assembled is assembled again by GNU as; the bytes must be identical. The whole
 * runtime, linked on its own with nothing left out, is checked too: a function no corpus
 * program reaches is still in some program's binary.
 */
class CorpusCrossCheckTest {
    static List<Path> programs() {
        return Corpora.corpus();
    }

    @org.junit.jupiter.api.Test
    void keystoneAndGnuAsAgreeOnTheWholeRuntime(@TempDir Path dir) throws Exception {
        LinkedImage whole = new Linker(dev.rt0gen.asm.Keystone.get()).link(Runtime.units());
        assertThat(whole.symbol("runtime.printbool")).isNotNull(); // nothing left out
        GnuAsCrossCheck.assertSameBytes(whole, dir);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void keystoneAndGnuAsAgreeOnEveryByte(Path program, @TempDir Path dir) throws Exception {
        GnuAsCrossCheck.assertSameBytes(Rt0gen.link(program), dir);
    }
}
