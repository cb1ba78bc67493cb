package dev.rt0gen.link;

import dev.rt0gen.elf.Tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Checks Keystone's bytes against GNU as (binutils) for the same text: each text Keystone
 * assembled for an image (the runtime, the program) is assembled by GNU as in Intel syntax and
 * placed at the same address by ld, and every byte must be equal. A difference is reported
 * with the symbol it falls in, so the instruction form that differs can be found.
 */
public final class GnuAsCrossCheck {
    private GnuAsCrossCheck() {
    }

    public static void assertSameBytes(LinkedImage image, Path dir) throws Exception {
        assertThat(image.parts()).isNotEmpty();
        for (LinkedImage.Assembly part : image.parts()) {
            Path s = dir.resolve(part.name() + ".s"), o = dir.resolve(part.name() + ".o"),
                    bin = dir.resolve(part.name() + ".bin");
            Files.writeString(s, ".intel_syntax noprefix\n" + part.text());
            Tools.run("as", "--64", "-o", o.toString(), s.toString());
            Tools.run("ld", "-Ttext=0x" + Long.toHexString(part.address()), "--oformat=binary", "-e", "0",
                    "-o", bin.toString(), o.toString());
            byte[] gnu = Files.readAllBytes(bin);
            byte[] ks = part.bytes();
            int i = Arrays.mismatch(ks, gnu);
            if (i >= 0) {
                long addr = part.address() + i;
                if (i >= Math.min(ks.length, gnu.length)) {
                    fail(part.name() + ": Keystone gave " + ks.length + " bytes, GNU as " + gnu.length);
                }
                LinkedImage.Symbol in = image.symbols().stream()
                        .filter(x -> x.value() <= addr && addr < x.value() + Math.max(1, x.size()))
                        .reduce((a, b) -> b).orElse(null);
                fail(String.format("%s: Keystone and GNU as differ at 0x%x (%s+0x%x): keystone %02x, as %02x",
                        part.name(), addr, in == null ? "?" : in.name(), in == null ? 0 : addr - in.value(), ks[i], gnu[i]));
            }
        }
    }
}
