package dev.rt0gen.elf;

import dev.rt0gen.asm.Keystone;
import dev.rt0gen.link.Fixtures;
import dev.rt0gen.link.LinkedImage;
import dev.rt0gen.link.Linker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ElfWriterTest {
    static LinkedImage image;
    static byte[] elf;

    @BeforeAll
    static void link() throws Exception {
        image = new Linker(Keystone.get()).link(Fixtures.hello());
        elf = ElfWriter.write(image);
    }

    @Test
    void headerSaysStaticX8664ExecutableEnteringAtTheEntrySymbol() {
        ElfReader r = new ElfReader(elf);
        assertThat(r.header.type()).isEqualTo(Elf.ET_EXEC);
        assertThat(r.header.machine()).isEqualTo(Elf.EM_X86_64);
        assertThat(r.header.entry()).isEqualTo(r.symbol("_rt0_amd64_linux").value());
        assertThat(r.programHeaders).noneMatch(p -> p.type() == 3 /* PT_INTERP */ || p.type() == 2 /* PT_DYNAMIC */);
    }

    @Test
    void segmentsAreWxorXAndTheStackIsNotExecutable() {
        ElfReader r = new ElfReader(elf);
        assertThat(r.programHeaders).allSatisfy(p ->
                assertThat((p.flags() & Elf.PF_W) != 0 && (p.flags() & Elf.PF_X) != 0).isFalse());
        assertThat(r.programHeaders).anySatisfy(p -> {
            assertThat(p.type()).isEqualTo(Elf.PT_GNU_STACK);
            assertThat(p.flags()).isEqualTo(Elf.PF_R | Elf.PF_W);
        });
        var loads = r.programHeaders.stream().filter(p -> p.type() == Elf.PT_LOAD).toList();
        // text and rodata (R+X), then data and bss (R+W)
        assertThat(loads).hasSize(2);
        assertThat(loads.get(0).offset()).isZero();
        assertThat(loads.get(0).flags()).isEqualTo(Elf.PF_R | Elf.PF_X);
        assertThat(loads.get(1).flags()).isEqualTo(Elf.PF_R | Elf.PF_W);
        assertThat(loads).allSatisfy(p -> assertThat((p.vaddr() - p.offset()) % Elf.PAGE).isZero());
        assertThat(loads.get(1).memsz()).isGreaterThan(loads.get(1).filesz());
    }

    @Test
    void sectionsAndSymbolsReadBackAsWritten() {
        ElfReader r = new ElfReader(elf);
        assertThat(r.sections).extracting(ElfReader.SectionHeader::name)
                .containsExactly("", ".text", ".rodata", ".data", ".bss", ".symtab", ".strtab", ".shstrtab");
        assertThat(r.section(".bss").type()).isEqualTo(Elf.SHT_NOBITS);
        assertThat(new String(r.contents(r.section(".rodata")), 0, 14)).isEqualTo("hi from rodata");
        for (LinkedImage.Symbol s : image.symbols()) {
            ElfReader.ElfSymbol e = r.symbol(s.name());
            assertThat(e).as(s.name()).isNotNull();
            assertThat(e.value()).isEqualTo(s.value());
            assertThat(e.size()).isEqualTo(s.size());
        }
        assertThat(r.symbol("main.main").type()).isEqualTo(Elf.STT_FUNC);
        assertThat(r.sections.get(r.symbol("main.main").shndx()).name()).isEqualTo(".text");
        assertThat(r.symbol("counter").type()).isEqualTo(Elf.STT_OBJECT);
    }

    @Test
    void theProgramPartsSectionsHaveNamesOfTheirOwnStoredOnce() throws Exception {
        // Fixtures.hello() as the "runtime" part, a program part with text and rodata after it.
        // One .text (valgrind reads no symbols from a file with two), then .text.program.
        var program = new dev.rt0gen.amd64.AsmUnit("p.s", ".text\nmain.f:\n    ret\n.section .rodata\nmain.s:\n    .ascii \"x\"\n");
        ElfReader r = new ElfReader(ElfWriter.write(new Linker(Keystone.get()).link(Fixtures.hello(), java.util.List.of(program))));
        assertThat(r.sections.stream().map(ElfReader.SectionHeader::name)).doesNotHaveDuplicates()
                .containsSubsequence(".text", ".rodata", ".text.program", ".rodata.program");
        assertThat(r.sections.get(r.symbol("main.f").shndx()).name()).isEqualTo(".text.program");
        long distinct = r.sections.stream().map(ElfReader.SectionHeader::name).distinct()
                .mapToLong(n -> n.isEmpty() ? 1 : n.length() + 1).sum();
        assertThat(r.section(".shstrtab").size()).isEqualTo(distinct);
    }

    @Test
    void theWrittenFileRunsNatively(@TempDir Path dir) throws Exception {
        Path exe = dir.resolve("hello");
        Files.write(exe, elf);
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        Process p = new ProcessBuilder(exe.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(p.getInputStream().readAllBytes())).isEqualTo("hi from rodata\n");
        assertThat(p.exitValue()).isEqualTo(3);
    }

    @Test
    void readelfAgreesWithOurReader(@TempDir Path dir) throws Exception {
        Path exe = dir.resolve("hello");
        Files.write(exe, elf);
        String out = Tools.run("readelf", "-W", "-h", "-l", "-S", "-s", exe.toString());
        assertThat(out).contains("EXEC (Executable file)", "Advanced Micro Devices X86-64")
                .contains("Entry point address:               0x" + Long.toHexString(image.entry()))
                .contains("GNU_STACK").doesNotContain("INTERP").doesNotContain("Warning");
        assertThat(out).containsPattern("LOAD\\s+0x000000 0x0*400000 .* R E 0x1000");
        assertThat(out).containsPattern("FUNC\\s+GLOBAL\\s+DEFAULT\\s+1 main\\.main");
        assertThat(out).containsPattern("OBJECT\\s+GLOBAL\\s+DEFAULT\\s+4 scratch");
    }

    @Test
    void elflintFindsNoErrors(@TempDir Path dir) throws Exception {
        Path exe = dir.resolve("hello");
        Files.write(exe, elf);
        assertThat(Tools.run("eu-elflint", "--gnu-ld", exe.toString())).contains("No errors");
    }

    @Test
    void elflintFindsNoErrorsWhateverAPartsDataAndBss(@TempDir Path dir) throws Exception {
        // A program part after Fixtures.hello() with no writable variables, only zero-initialised
        // ones, only initialised ones, or both; with every length of rodata (16 of them: the
        // data and bss markers then fall on every alignment). eu-elflint wants each writable
        // segment to hold a writable section with file contents.
        String[] rests = {"", ".bss\nmain.x:\n    .skip 0x8\n", ".data\nmain.v:\n    .quad 0x2a\n",
                ".data\nmain.v:\n    .quad 0x2a\n.bss\nmain.x:\n    .skip 0x8\n"};
        Linker linker = new Linker(Keystone.get());
        for (String rest : rests) {
            for (int n = 1; n <= 16; n++) {
                var unit = new dev.rt0gen.amd64.AsmUnit("p.s", ".text\nmain.f:\n    ret\n.section .rodata\nmain.s:\n"
                        + "    .ascii \"" + "x".repeat(n) + "\"\n" + rest);
                Path exe = dir.resolve("p" + n);
                Files.write(exe, ElfWriter.write(linker.link(Fixtures.hello(), java.util.List.of(unit))));
                assertThat(Tools.run("eu-elflint", "--gnu-ld", exe.toString()))
                        .as("rodata of %d bytes, then %s", n, rest.isEmpty() ? "nothing" : rest).contains("No errors");
            }
        }
    }

    @Test
    void aProgramBssLargerThanTheRuntimesMovesTheRuntimesDataToTheEndOfTheFile(@TempDir Path dir) throws Exception {
        // eu-elflint finds a NOBITS section's segment by file offset, the first program header
        // whose file range stretched to its memory size holds it: after Fixtures.hello()'s 8 KiB
        // of bss, back to back, a 1 MiB program .bss would start in the runtime's stretched range
        // and end past it. A small one keeps the bytes in address order.
        Linker linker = new Linker(Keystone.get());
        for (String size : new String[]{"0x100", "0x100000"}) {
            var unit = new dev.rt0gen.amd64.AsmUnit("p.s", ".text\nmain.f:\n    ret\n.data\nmain.v:\n    .quad 0x2a\n"
                    + ".bss\nmain.x:\n    .skip " + size + "\n");
            byte[] bytes = ElfWriter.write(linker.link(Fixtures.hello(), java.util.List.of(unit)));
            Path exe = dir.resolve("p" + size);
            Files.write(exe, bytes);
            Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
            assertThat(Tools.run("eu-elflint", "--gnu-ld", exe.toString())).as("bss %s", size).contains("No errors");
            ElfReader r = new ElfReader(bytes);
            var loads = r.programHeaders.stream().filter(p -> p.type() == Elf.PT_LOAD).toList();
            assertThat(loads).hasSize(4).isSortedAccordingTo(java.util.Comparator.comparingLong(ElfReader.ProgramHeader::vaddr));
            assertThat(loads).allSatisfy(p -> assertThat((p.vaddr() - p.offset()) % Elf.PAGE).isZero());
            long runtimeData = loads.get(1).offset(), programEnd = loads.get(3).offset() + loads.get(3).filesz();
            if (size.equals("0x100")) {
                assertThat(loads.get(2).offset()).isEqualTo(runtimeData + loads.get(1).filesz());
            } else {
                assertThat(runtimeData).isGreaterThan(programEnd).isLessThanOrEqualTo(programEnd + Elf.PAGE);
            }
            assertThat(r.contents(r.section(".data"))).startsWith(0x29, 0, 0, 0, 0, 0, 0, 0);
            assertThat(r.contents(r.section(".data.program"))).startsWith(0x2a, 0, 0, 0, 0, 0, 0, 0);
            Process p = new ProcessBuilder(exe.toString()).redirectErrorStream(true).start();
            assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(new String(p.getInputStream().readAllBytes())).isEqualTo("hi from rodata\n");
            assertThat(p.exitValue()).isEqualTo(3);
        }
    }

    @Test
    void emptySectionsStillGiveAValidFile(@TempDir Path dir) throws Exception {
        var unit = new dev.rt0gen.amd64.AsmUnit("floor.s", ".text\n_rt0_amd64_linux:\n  xor edi, edi\n  mov eax, 0xe7\n  syscall\n");
        byte[] floor = ElfWriter.write(new Linker(Keystone.get()).link(java.util.List.of(unit)));
        Path exe = dir.resolve("floor");
        Files.write(exe, floor);
        assertThat(Tools.run("eu-elflint", "--gnu-ld", exe.toString())).contains("No errors");
        assertThat(new ElfReader(floor).programHeaders).hasSize(2); // text + GNU_STACK
        assertThat(floor.length).isLessThan(2048);
    }
}
