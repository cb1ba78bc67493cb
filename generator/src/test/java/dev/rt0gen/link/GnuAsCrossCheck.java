package dev.rt0gen.link;

import dev.rt0gen.elf.Tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Checks Keystone's bytes against GNU as (binutils) for the same text: the combined assembly
 * of a linked image is assembled by GNU as in Intel syntax and placed at the same address by
 * ld, and every byte of text, rodata and data must be equal. A difference is reported with
 * the symbol it falls in, so the instruction form that differs can be found.
 */
public final class GnuAsCrossCheck {
    private GnuAsCrossCheck() {
    }

    public static void assertSameBytes(LinkedImage image, Path dir) throws Exception {
        Path s = dir.resolve("image.s"), o = dir.resolve("image.o"), bin = dir.resolve("image.bin");
        Files.writeString(s, ".intel_syntax noprefix\n" + image.assembly());
        Tools.run("as", "--64", "-o", o.toString(), s.toString());
        Tools.run("ld", "-Ttext=0x" + Long.toHexString(Linker.TEXT_ADDR), "--oformat=binary", "-e", "0",
                "-o", bin.toString(), o.toString());
        byte[] gnu = Files.readAllBytes(bin);
        for (LinkedImage.Segment seg : image.segments()) {
            int from = (int) (seg.vaddr() - Linker.TEXT_ADDR);
            if (from + seg.bytes().length > gnu.length) fail("GNU as output is shorter than Keystone's");
            byte[] theirs = Arrays.copyOfRange(gnu, from, from + seg.bytes().length);
            int i = Arrays.mismatch(seg.bytes(), theirs);
            if (i >= 0) {
                long addr = seg.vaddr() + i;
                LinkedImage.Symbol in = image.symbols().stream()
                        .filter(x -> x.value() <= addr && addr < x.value() + Math.max(1, x.size()))
                        .reduce((a, b) -> b).orElse(null);
                fail(String.format("Keystone and GNU as differ at 0x%x (%s+0x%x): keystone %02x, as %02x",
                        addr, in == null ? "?" : in.name(), in == null ? 0 : addr - in.value(),
                        seg.bytes()[i], theirs[i]));
            }
        }
        assertThat(gnu.length).isGreaterThan(0);
    }
}
