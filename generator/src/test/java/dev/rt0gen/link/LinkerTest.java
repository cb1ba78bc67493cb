package dev.rt0gen.link;

import dev.rt0gen.asm.Keystone;
import dev.rt0gen.codegen.AsmUnit;
import dev.rt0gen.link.LinkedImage.Kind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinkerTest {
    private final Linker linker = new Linker(Keystone.get());

    @Test
    void laysOutTextAndRodataApartFromWritableDataWithCongruentOffsets() throws Exception {
        LinkedImage image = linker.link(Fixtures.hello());
        assertThat(image.entry()).isEqualTo(Linker.TEXT_ADDR);
        assertThat(image.segments()).hasSize(2);
        var code = image.segments().get(0);
        var data = image.segments().get(1);
        assertThat(code.flags()).isEqualTo(LinkedImage.R | LinkedImage.X);
        assertThat(data.flags()).isEqualTo(LinkedImage.R | LinkedImage.W);
        // text and rodata share the R+X segment; no page holds both it and writable data.
        var text = image.sections().get(0);
        var rodata = image.sections().get(1);
        assertThat(rodata.addr()).isGreaterThanOrEqualTo(text.addr() + text.size());
        assertThat(rodata.addr() + rodata.size()).isLessThanOrEqualTo(code.vaddr() + code.memSize());
        assertThat(data.vaddr() / 0x1000).isGreaterThan((code.vaddr() + code.memSize() - 1) / 0x1000);
        // File offsets (segments back to back after the headers) stay congruent to addresses.
        long off = Linker.HEADERS_SIZE;
        for (var s : image.segments()) {
            assertThat((s.vaddr() - off) % 0x1000).isZero();
            off += s.bytes().length;
        }
        // .data is 8 bytes in the file; .bss adds 0x2000 bytes of memory only.
        assertThat(image.sections().get(2).size()).isEqualTo(8);
        assertThat(image.sections().get(3).size()).isEqualTo(0x2000);
        assertThat(data.memSize()).isGreaterThanOrEqualTo(data.bytes().length + 0x2000);
    }

    @Test
    void symbolsHaveAddressesSizesAndKinds() throws Exception {
        LinkedImage image = linker.link(Fixtures.hello());
        var start = image.symbol("_rt0_amd64_linux");
        var main = image.symbol("main.main");
        assertThat(start.kind()).isEqualTo(Kind.FUNC);
        assertThat(start.section()).isEqualTo(".text");
        // call rel32 (5) + mov r32, imm32 (5) + mov eax, imm32 (5) + syscall (2), then alignment.
        assertThat(start.size()).isGreaterThanOrEqualTo(17);
        assertThat(main.value()).isGreaterThan(start.value());
        assertThat(image.symbol("msg").kind()).isEqualTo(Kind.OBJECT);
        assertThat(image.symbol("msg").size()).isEqualTo(15);
        assertThat(image.symbol("counter").section()).isEqualTo(".data");
        assertThat(image.symbol("scratch").section()).isEqualTo(".bss");
        assertThat(image.symbol("scratch").size()).isEqualTo(0x2000);
        assertThat(image.symbols()).noneMatch(s -> s.name().startsWith(".L"));
    }

    @Test
    void relativeReferencesLandOnTheirTargets() throws Exception {
        LinkedImage image = linker.link(Fixtures.hello());
        byte[] text = image.segments().get(0).bytes();
        // The first instruction is `call main.main`: e8 rel32, relative to the next instruction.
        assertThat(text[0] & 0xff).isEqualTo(0xe8);
        int rel = (text[1] & 0xff) | (text[2] & 0xff) << 8 | (text[3] & 0xff) << 16 | (text[4] & 0xff) << 24;
        assertThat(image.entry() + 5 + rel).isEqualTo(image.symbol("main.main").value());
    }

    @Test
    void undefinedSymbolsAreNamed() {
        List<AsmUnit> units = new ArrayList<>(Fixtures.hello());
        units.add(new AsmUnit("bad.s", ".text\nbad.f:\n  call runtime.nowhere\n  ret\n"));
        assertThatThrownBy(() -> linker.link(units))
                .isInstanceOf(LinkException.class)
                .hasMessageContaining("undefined symbol runtime.nowhere (referenced in bad.s)");
    }

    @Test
    void duplicateSymbolsAreNamed() {
        List<AsmUnit> units = new ArrayList<>(Fixtures.hello());
        units.add(new AsmUnit("again.s", ".text\nmain.main:\n  ret\n"));
        assertThatThrownBy(() -> linker.link(units))
                .isInstanceOf(LinkException.class)
                .hasMessageContaining("duplicate symbol main.main (in main.s and again.s)");
    }

    @Test
    void missingEntryIsAnError() {
        assertThatThrownBy(() -> linker.link(List.of(new AsmUnit("m.s", ".text\nmain.main:\n  ret\n"))))
                .hasMessageContaining("undefined symbol _rt0_amd64_linux");
    }

    @Test
    void localLabelsOfDifferentUnitsDoNotCollide() throws Exception {
        List<AsmUnit> units = new ArrayList<>(Fixtures.hello());
        units.add(new AsmUnit("a.s", ".text\na.f:\n.Ldone:\n  jmp .Ldone\n"));
        units.add(new AsmUnit("b.s", ".text\nb.f:\n.Ldone:\n  jmp .Ldone\n"));
        LinkedImage image = linker.link(units);
        assertThat(image.symbol("a.f")).isNotNull();
        assertThat(image.symbol("b.f").value()).isGreaterThan(image.symbol("a.f").value());
    }

    @Test
    void undefinedLocalLabelIsAnError() {
        List<AsmUnit> units = new ArrayList<>(Fixtures.hello());
        units.add(new AsmUnit("c.s", ".text\nc.f:\n  jmp .Lnowhere\n"));
        assertThatThrownBy(() -> linker.link(units)).hasMessageContaining("c.s: undefined label nowhere");
    }

    @Test
    void goNamesRoundTripThroughLabels() {
        String go = "example.com/app/log.Init";
        assertThat(Symbols.label(go)).isEqualTo("example.com$2fapp$2flog.Init");
        assertThat(Symbols.goName(Symbols.label(go))).isEqualTo(go);
        assertThat(Symbols.label("runtime.rt0_go")).isEqualTo("runtime.rt0_go");
    }

    @Test
    void keystoneErrorsPointAtTheStatement() {
        List<AsmUnit> units = new ArrayList<>(Fixtures.hello());
        units.add(new AsmUnit("d.s", ".text\nd.f:\n  mov rax, rbx, rcx\n"));
        assertThatThrownBy(() -> linker.link(units)).isInstanceOf(LinkException.class)
                .hasMessageContaining("assembler:");
    }

    @Test
    void keystoneAndGnuAsProduceTheSameBytes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        GnuAsCrossCheck.assertSameBytes(linker.link(Fixtures.hello()), dir);
    }
}
