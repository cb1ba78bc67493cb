package dev.rt0gen.asm;

import dev.rt0gen.api.EnvironmentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeystoneTest {
    /** Reference bytes from GNU as (64-bit, Intel syntax), recorded in shared/notes/keystone.md. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "mov rcx, qword ptr fs:[0xfffffffffffffff8] | 64488b0c25f8ffffff",
            "mov qword ptr fs:[0xfffffffffffffff8], rcx | 6448890c25f8ffffff",
            "lea rax, [rip + 0x10]                      | 488d0510000000",
            "push 0x0                                   | 6a00",
            "and rsp, 0xfffffffffffffff0                | 4883e4f0",
            "mov eax, 0x9e                              | b89e000000",
            "call 0x401000                              | e8fbffffff",
    })
    void matchesGnuAsReferenceBytes(String insn, String hex) throws Exception {
        assertThat(HexFormat.of().formatHex(Keystone.get().assemble(insn, 0x401000))).isEqualTo(hex);
    }

    /**
     * With rax, Keystone picks the moffs64 form (A1 with an 8-byte address) where GNU as
     * writes 8B 04 25 with a 4-byte one: both load fs:-8, but the bytes differ. rt0gen's
     * dialect therefore never moves between rax and an absolute fs: operand (docs/ABI.md).
     */
    @Test
    void raxWithAnAbsoluteFsOperandIsEncodedDifferentlyFromGnuAs() throws Exception {
        assertThat(HexFormat.of().formatHex(Keystone.get().assemble("mov rax, qword ptr fs:[0xfffffffffffffff8]", 0)))
                .isEqualTo("6448a1f8ffffffffffffff");
    }

    @Test
    void decimalNumbersStayDecimalBecauseNoOptionIsSet() throws Exception {
        // After any ks_option Keystone would read 158 as 0x158.
        assertThat(HexFormat.of().formatHex(Keystone.get().assemble("mov eax, 158", 0))).isEqualTo("b89e000000");
    }

    @Test
    void rejectsBadAssemblyWithKeystonesMessage() {
        assertThatThrownBy(() -> Keystone.get().assemble("mov rax, notaregister[", 0))
                .isInstanceOf(AsmException.class).hasMessageContaining("Keystone error");
    }

    @Test
    void explicitPathThatDoesNotExistSaysHowToGetKeystone() {
        String old = System.getProperty("rt0gen.keystone.lib");
        System.setProperty("rt0gen.keystone.lib", "/nonexistent/libkeystone.so");
        try {
            assertThatThrownBy(Keystone::load).isInstanceOf(EnvironmentException.class)
                    .hasMessageContaining("/nonexistent/libkeystone.so")
                    .hasMessageContaining("scripts/get-keystone");
        } finally {
            restore(old);
        }
    }

    @Test
    void aLibraryThatIsNotKeystoneIsRefused() {
        String old = System.getProperty("rt0gen.keystone.lib");
        System.setProperty("rt0gen.keystone.lib", "/lib/x86_64-linux-gnu/libz.so.1");
        try {
            assertThatThrownBy(Keystone::load).isInstanceOf(EnvironmentException.class)
                    .hasMessageContaining("not a Keystone library");
        } finally {
            restore(old);
        }
    }

    private static void restore(String old) {
        if (old == null) System.clearProperty("rt0gen.keystone.lib");
        else System.setProperty("rt0gen.keystone.lib", old);
    }
}
