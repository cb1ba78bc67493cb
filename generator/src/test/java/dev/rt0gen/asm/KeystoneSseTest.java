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
 * The SSE2 forms the amd64 back end and the runtime use for float64 (docs/ABI.md), with every
 * operand kind they take (xmm0-15, spill slots, rip-relative constants, r12/r13 scratch):
 * Keystone's bytes are GNU as's, instruction by instruction.
 */
class KeystoneSseTest {
    @TempDir
    Path dir;

    static final List<String> FORMS = List.of(
            "movsd xmm0, qword ptr [rsp + 0x8]", "movsd qword ptr [rsp + 0x8], xmm1",
            "movsd xmm2, qword ptr [rip + lbl]", "movsd xmm8, qword ptr [rip + lbl + 0x8]",
            "movsd qword ptr [rax], xmm13", "movsd xmm13, qword ptr [r12 + 0x10]",
            "movsd qword ptr [rbp + 0x18], xmm14", "movsd xmm3, qword ptr [rbp - 0x8]",
            "movaps xmm1, xmm9", "movaps xmm10, xmm2", "movaps xmm14, xmm15",
            "addsd xmm0, xmm1", "addsd xmm9, qword ptr [rsp + 0x18]", "subsd xmm3, xmm12",
            "mulsd xmm0, qword ptr [rip + lbl]", "divsd xmm14, xmm7", "divsd xmm1, qword ptr [rsp + 0x100]",
            "xorps xmm0, xmm14", "xorps xmm0, xmm0", "xorps xmm11, xmm11",
            "ucomisd xmm0, xmm1", "ucomisd xmm9, qword ptr [rsp + 0x8]", "ucomisd xmm1, qword ptr [rip + lbl]",
            "cvtsi2sd xmm0, rax", "cvtsi2sd xmm9, r12", "cvtsi2sd xmm1, qword ptr [rsp + 0x8]",
            "cvttsd2si rax, xmm0", "cvttsd2si r12, xmm9", "cvttsd2si rbx, qword ptr [rsp + 0x10]",
            "cvttsd2si r11, qword ptr [rip + lbl]",
            "movq rax, xmm0", "movq xmm0, rax", "movq r13, xmm12", "movq xmm12, r13", "movq xmm15, rdx",
            "setp al", "setnp cl", "seta dl", "setae r12b", "setbe al", "setb sil", "sete r12b", "setne r13b",
            "and al, r13b", "and r12b, r13b", "or sil, r13b", "or r12b, r13b", "movzx r12d, r12b", "xor r12, r13",
            "jp lbl", "jnp lbl", "ja lbl", "jae lbl", "jb lbl", "jbe lbl");

    @Test
    void sseFormsAssembleAsGnuAsDoes() throws Exception {
        String text = String.join("\n", FORMS) + "\nlbl:\n    .quad 0x0\n    .quad 0x0\n";
        byte[] ks = Keystone.get().assemble(text, 0);
        Path s = dir.resolve("sse.s"), o = dir.resolve("sse.o"), bin = dir.resolve("sse.bin");
        Files.writeString(s, ".intel_syntax noprefix\n" + text);
        Tools.run("as", "--64", "-o", o.toString(), s.toString());
        Tools.run("objcopy", "-O", "binary", "-j", ".text", o.toString(), bin.toString());
        assertThat(HexFormat.of().formatHex(ks)).isEqualTo(HexFormat.of().formatHex(Files.readAllBytes(bin)));
        // and one by one, so that a difference names its instruction
        for (String f : FORMS) {
            if (f.contains("lbl")) continue;
            byte[] one = Keystone.get().assemble(f, 0);
            assertThat(one).as(f).isNotEmpty();
        }
    }
}
