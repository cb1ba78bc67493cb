package dev.rt0gen.asm;

import dev.rt0gen.elf.Tools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SSE forms float32 and complex need (issue 14): the back end's fround32 (cvtsd2ss,
 * cvtss2sd), cvtif32 (cvtsi2ss), cvtfi32 (cvttsd2si into a 32-bit register, movsxd), and the
 * runtime's printfloat32, printcomplex and complex128div (movd, btr, movapd, xorpd, call
 * through a register): Keystone's bytes are GNU as's.
 */
class KeystoneFloat32Test {
    @TempDir
    Path dir;

    static final List<String> FORMS = List.of(
            "cvtsd2ss xmm0, xmm0", "cvtsd2ss xmm9, xmm3", "cvtsd2ss xmm15, qword ptr [rsp + 0x8]",
            "cvtsd2ss xmm2, qword ptr [rip + lbl]", "cvtss2sd xmm0, xmm0", "cvtss2sd xmm12, xmm12", "cvtss2sd xmm15, xmm15",
            "cvtsi2ss xmm0, rax", "cvtsi2ss xmm9, r12", "cvtsi2ss xmm1, qword ptr [rsp + 0x8]",
            "cvttsd2si eax, xmm0", "cvttsd2si r12d, xmm9", "cvttsd2si ebx, qword ptr [rsp + 0x10]",
            "cvttsd2si r11d, qword ptr [rip + lbl]", "movsxd rax, eax", "movsxd r12, r12d",
            "movd eax, xmm0", "btr rax, 0x3f", "movapd xmm4, xmm3", "movapd xmm8, xmm1", "movapd xmm0, xmm6",
            "xorpd xmm4, xmm4", "xorpd xmm9, xmm9", "mulsd xmm8, xmm9", "subsd xmm8, xmm7", "divsd xmm8, xmm5",
            "ucomisd xmm8, xmm8", "movq xmm9, rdx", "call rbx",
            "movsd qword ptr [rsp + 0x8], xmm1", "mov qword ptr [rsp + 0xa28], -0x3fe", "mov qword ptr [rsp + 0xa20], 0x17");

    @Test
    void float32FormsAssembleAsGnuAsDoes() throws Exception {
        String text = String.join("\n", FORMS) + "\nlbl:\n    .quad 0x0\n    .quad 0x0\n";
        byte[] ks = Keystone.get().assemble(text, 0);
        Path s = dir.resolve("f32.s"), o = dir.resolve("f32.o"), bin = dir.resolve("f32.bin");
        Files.writeString(s, ".intel_syntax noprefix\n" + text);
        Tools.run("as", "--64", "-o", o.toString(), s.toString());
        Tools.run("objcopy", "-O", "binary", "-j", ".text", o.toString(), bin.toString());
        assertThat(HexFormat.of().formatHex(ks)).isEqualTo(HexFormat.of().formatHex(Files.readAllBytes(bin)));
    }
}
