package dev.rt0gen.link;

import dev.rt0gen.asm.Keystone;
import dev.rt0gen.amd64.AsmUnit;
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
        // Read-only data and data start on 8 bytes (all their words need): less than 8 bytes of
        // padding in the file before each.
        var sections = image.sections();
        assertThat(rodata.addr() % 8).isZero();
        assertThat(rodata.addr() - (text.addr() + text.size())).isLessThan(8);
        assertThat(sections.get(2).addr() - data.vaddr()).isLessThan(8);
        // .data is 8 bytes in the file; .bss adds 0x2000 bytes of memory only.
        assertThat(image.sections().get(2).size()).isEqualTo(8);
        assertThat(image.sections().get(3).size()).isEqualTo(0x2000);
        assertThat(data.memSize()).isGreaterThanOrEqualTo(data.bytes().length + 0x2000);
    }

    /** A program part after Fixtures.hello(): text, {@code rodataBytes} of rodata, then {@code rest}. */
    private LinkedImage programPart(int rodataBytes, String rest) throws Exception {
        String unit = ".text\nmain.f:\n    ret\n.section .rodata\nmain.s:\n    .ascii \"" + "x".repeat(rodataBytes)
                + "\"\n" + rest;
        return linker.link(Fixtures.hello(), List.of(new AsmUnit("p.s", unit)));
    }

    @Test
    void aPartWithoutDataOrBssGetsNoWritableSegment() throws Exception {
        // Whatever the length of rodata, the (empty) data would start on 8 bytes and the (empty)
        // bss on 16: in half of these the bss marker lies 8 bytes after data's. Neither may
        // give the part a writable segment with padding and no section in it.
        for (int n = 1; n <= 16; n++) {
            LinkedImage image = programPart(n, "");
            assertThat(image.segments()).hasSize(4);
            var rw = image.segments().get(3);
            assertThat(rw.memSize()).as("rodata of %d bytes", n).isZero();
            assertThat(rw.bytes()).as("rodata of %d bytes", n).isEmpty();
            assertThat(image.sections().stream().filter(s -> s.name().endsWith(".program") && s.write()))
                    .allSatisfy(s -> assertThat(s.size()).isZero());
            // The part's file contents end with its rodata.
            var code = image.segments().get(2);
            var rodata = image.sections().get(5);
            assertThat(code.vaddr() + code.bytes().length).isEqualTo(rodata.addr() + rodata.size());
        }
    }

    @Test
    void aPartWithOnlyZeroInitialisedVariablesKeepsThemInData() throws Exception {
        // A writable segment holding nothing but .bss is one eu-elflint rejects; the variables
        // go to .data as zero bytes, and the segment ends with them.
        for (int n = 1; n <= 16; n++) {
            LinkedImage image = programPart(n, ".bss\n    .p2align 0x3\nmain.x:\n    .skip 0x8\n"
                    + "    .p2align 0x3\nmain.y:\n    .skip 0x10\n");
            var rw = image.segments().get(3);
            var data = image.sections().get(6);
            var bss = image.sections().get(7);
            assertThat(data.name()).isEqualTo(".data.program");
            assertThat(data.size()).isEqualTo(0x18);
            assertThat(data.nobits()).isFalse();
            assertThat(bss.size()).isZero();
            assertThat(rw.memSize()).as("rodata of %d bytes", n).isEqualTo(rw.bytes().length);
            assertThat(rw.vaddr() + rw.bytes().length).isEqualTo(data.addr() + data.size());
            assertThat(data.addr() - rw.vaddr()).isLessThan(8);
            int off = (int) (data.addr() - rw.vaddr());
            assertThat(java.util.Arrays.copyOfRange(rw.bytes(), off, off + 0x18)).containsOnly(0);
            assertThat(image.symbol("main.x").section()).isEqualTo(".data.program");
            assertThat(image.symbol("main.x").size()).isEqualTo(8);
            assertThat(image.symbol("main.y").kind()).isEqualTo(Kind.OBJECT);
            assertThat(image.symbol("main.y").size()).isEqualTo(0x10);
        }
    }

    @Test
    void aPartWithOnlyABigZeroInitialisedVariableKeepsItInBssWithOneWordOfData() throws Exception {
        // var a [256 << 20]byte: too big for zeros in the file; one zero word of .data gives
        // the writable segment the PROGBITS section eu-elflint wants, and .bss stays nobits
        LinkedImage image = programPart(3, ".bss\n    .p2align 0x3\nmain.a:\n    .skip 0x10000000\n");
        var rw = image.segments().get(3);
        var data = image.sections().get(6);
        var bss = image.sections().get(7);
        assertThat(data.size()).isEqualTo(8);
        assertThat(data.nobits()).isFalse();
        assertThat(bss.nobits()).isTrue();
        assertThat(bss.size()).isEqualTo(0x10000000);
        assertThat(rw.bytes().length).isLessThan(4096);
        assertThat(rw.memSize()).isGreaterThanOrEqualTo(0x10000000);
        assertThat(image.symbol("main.a").section()).isEqualTo(".bss.program");
    }

    @Test
    void aPartWithDataAndNoBssEndsItsMemoryWithItsData() throws Exception {
        for (int n = 1; n <= 16; n++) {
            LinkedImage image = programPart(n, ".data\nmain.v:\n    .quad 0x2a\n");
            var rw = image.segments().get(3);
            var data = image.sections().get(6);
            assertThat(data.size()).isEqualTo(8);
            assertThat(image.sections().get(7).size()).isZero();
            assertThat(rw.memSize()).isEqualTo(rw.bytes().length);
            assertThat(rw.vaddr() + rw.memSize()).isEqualTo(data.addr() + 8);
        }
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
        // Labels in .rodata are internal names: no symbols (msg and msg.len are referenced).
        assertThat(image.symbol("msg")).isNull();
        assertThat(image.symbol("msg.len")).isNull();
        assertThat(image.symbols()).noneMatch(s -> s.section().equals(".rodata"));
        assertThat(image.symbol("counter").kind()).isEqualTo(Kind.OBJECT);
        assertThat(image.symbol("counter").size()).isEqualTo(8);
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

    // ---- dead-code elimination of the runtime part ----

    /** A runtime in miniature: what the program and the entry point reach, and what they do not. */
    static final List<AsmUnit> MINI_RUNTIME = List.of(new AsmUnit("rt/a.s", """
            .text
            _rt0_amd64_linux:
                call rt.used
                call rt.globrunqput
                lea rax, [rip + rt.table]
                call qword ptr [rax]
                xor edi, edi
                mov eax, 0xe7
                syscall
            rt.afterExit:                # kept: an exiting syscall is not taken to end the code
                int3
            rt.unused:                   # nothing refers to it: left out, with what only it uses
                lea rax, [rip + rt.deadmsg]
                mov rax, qword ptr [rip + rt.deadword]
                lea rax, [rip + rt.deadbss]
                call rt.onlyFromUnused
                ret
            rt.onlyFromUnused:
                ret
            rt.used:
                jmp .Linside
            rt.jumpedInto:               # kept: rt.used jumps to a local label of its code
                nop
            .Linside:
                ret
            rt.globrunqput:
                mov edx, 0x1             # falls through into rt.batch, which nothing else calls
            rt.batch:
                ret
            rt.viaTable:                 # kept: only a .quad in rt.table names it
                ret
            rt.apiUnused:
                ret
            .p2align 0x4, 0xcc
            rt.api:                      # the alignment before it stays when rt.apiUnused goes
                lea rax, [rip + rt.livemsg]
                mov rax, qword ptr [rip + rt.liveword]
                ret
            .section .rodata
            rt.table:
                .quad rt.viaTable
            rt.deadmsg:
                .ascii "dead message"
            rt.livemsg:
                .ascii "live message"
            .data
            runtime.main_main:           # linker-filled: kept although no code here names it
                .quad 0x0
            rt.deadword:
                .quad 0x1122334455667788
            rt.liveword:
                .quad 0x2
            .bss
            rt.deadbss:
                .skip 0x100
            """));

    private static List<AsmUnit> program(String calls) {
        return List.of(new AsmUnit("p.s", ".text\nmain.main:\n" + calls + "    ret\n"));
    }

    @Test
    void theRuntimeKeepsOnlyWhatTheEntryAndTheProgramReach() throws Exception {
        LinkedImage image = linker.link(MINI_RUNTIME, program("    call rt.api\n"));
        assertThat(List.of("_rt0_amd64_linux", "rt.afterExit", "rt.used", "rt.jumpedInto", "rt.globrunqput",
                "rt.batch", "rt.viaTable", "rt.api", "runtime.main_main", "rt.liveword", "main.main"))
                .allSatisfy(name -> assertThat(image.symbol(name)).as(name).isNotNull());
        assertThat(List.of("rt.unused", "rt.onlyFromUnused", "rt.apiUnused", "rt.deadword", "rt.deadbss"))
                .allSatisfy(name -> assertThat(image.symbol(name)).as(name).isNull());
        assertThat(image.symbol("rt.api").value() % 16).isZero();
        // the runtime part's first segment: its text and rodata
        String rodata = new String(image.segments().get(0).bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(rodata).contains("live message").doesNotContain("dead message");
        assertThat(image.sections().get(2).size()).isEqualTo(16); // runtime.main_main, rt.liveword
        assertThat(image.assembly()).doesNotContain("rt.unused:").doesNotContain("dead message");
    }

    @Test
    void theRuntimePartFollowsWhatEachProgramUses() throws Exception {
        LinkedImage withApi = linker.link(MINI_RUNTIME, program("    call rt.api\n"));
        LinkedImage withBoth = linker.link(MINI_RUNTIME, program("    call rt.api\n    call rt.apiUnused\n"));
        LinkedImage again = linker.link(MINI_RUNTIME, program("    call rt.api\n"));
        assertThat(withBoth.symbol("rt.apiUnused")).isNotNull();
        assertThat(withApi.symbol("rt.apiUnused")).isNull();
        assertThat(again.symbol("rt.apiUnused")).isNull();
        assertThat(again.segments().get(0).bytes()).isEqualTo(withApi.segments().get(0).bytes());
        // Each image gets its own copy of the cached part, with the linker-filled word set.
        for (LinkedImage image : List.of(withApi, withBoth)) {
            var data = image.segments().get(1); // the runtime part's data and bss
            long slot = image.symbol("runtime.main_main").value() - data.vaddr();
            assertThat(java.nio.ByteBuffer.wrap(data.bytes()).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong((int) slot))
                    .isEqualTo(image.symbol("main.main").value());
        }
    }

    @Test
    void aRuntimeSymbolDefinedTwiceIsADuplicateEvenWhereNothingUsesIt() {
        // the runtime's Go code (runtime_go.s) naming a variable as an assembly label names
        List<AsmUnit> runtime = new java.util.ArrayList<>(MINI_RUNTIME);
        runtime.add(new AsmUnit("runtime/runtime_go.s", ".bss\nrt.unused:\n    .skip 0x8\n"));
        List<AsmUnit> p = List.of(new AsmUnit("p.s", ".text\nmain.main:\n    ret\n"));
        assertThatThrownBy(() -> linker.link(List.copyOf(runtime), p))
                .hasMessageContaining("duplicate symbol rt.unused (in ")
                .hasMessageContaining(" and runtime/runtime_go.s)");
    }

    @Test
    void aProgramDefiningALeftOutRuntimeSymbolIsStillADuplicate() {
        List<AsmUnit> p = List.of(new AsmUnit("p.s", ".text\nmain.main:\n    ret\nrt.unused:\n    ret\n"));
        assertThatThrownBy(() -> linker.link(MINI_RUNTIME, p))
                .hasMessageContaining("duplicate symbol rt.unused (in the runtime and p.s)");
    }

    @Test
    void theRealRuntimeLeavesOutWhatAProgramDoesNotUse(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        LinkedImage hello = linkGo(dir.resolve("hello.go"), "println(\"hello\")");
        LinkedImage bools = linkGo(dir.resolve("bools.go"), "println(true)");
        assertThat(hello.symbol("runtime.printbool")).isNull();
        assertThat(hello.symbol("os.Getenv")).isNull();
        // printbool's "true" (print.go: a string constant, the bytes of a runtime..stmp_N label)
        String trueBytes = ".byte 0x74, 0x72, 0x75, 0x65\n";
        assertThat(hello.assembly()).doesNotContain(trueBytes);
        assertThat(hello.symbol("runtime.printstring")).isNotNull();
        assertThat(hello.symbol("runtime.schedinit")).isNotNull();
        assertThat(bools.symbol("runtime.printbool")).isNotNull();
        assertThat(bools.assembly()).contains(trueBytes);
    }

    private static LinkedImage linkGo(java.nio.file.Path file, String mainBody) throws Exception {
        java.nio.file.Files.writeString(file, "package main\n\nfunc main() {\n\t" + mainBody + "\n}\n");
        return dev.rt0gen.api.Rt0gen.link(file);
    }

    @Test
    void keystoneAndGnuAsProduceTheSameBytes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        GnuAsCrossCheck.assertSameBytes(linker.link(Fixtures.hello()), dir);
    }

    /**
     * The program's operands of the runtime's data (os.Args, runtime.zerobase): absolute, with
     * a non-zero offset (Keystone encodes [SYM] of a .set symbol rip + SYM in a load or a
     * store), movabs for the accumulator (Keystone's moffs form, which GNU as gives movabs);
     * the program's own symbols stay rip-relative.
     */
    @Test
    void runtimeDataOperandsOfTheProgramAreAbsolute() throws Exception {
        String text = String.join("\n",
                "mov r12, qword ptr [rip + os.Args]",
                "mov rax, qword ptr [rip + os.Args + 0x8]",
                "mov qword ptr [rip + os.Args + 0x10], rax",
                "mov qword ptr [rip + os.Args], rbx",
                "lea rcx, [rip + runtime.zerobase]",
                "mov rax, qword ptr [rip + main.x]",
                "call runtime.printlock");
        assertThat(Linker.absoluteExternalData(text, java.util.Map.of("os.Args", 0x4051b8L, "runtime.zerobase", 0x404be8L,
                "runtime.printlock", 0x401000L))).isEqualTo(String.join("\n",
                ".set os.Args$m8, 0x4051b0",
                ".set runtime.zerobase$m8, 0x404be0",
                "mov r12, qword ptr [os.Args$m8 + 0x8]",
                "movabs rax, qword ptr [os.Args + 0x8]",
                "movabs qword ptr [os.Args + 0x10], rax",
                "mov qword ptr [os.Args$m8 + 0x8], rbx",
                "lea rcx, [runtime.zerobase$m8 + 0x8]",
                "mov rax, qword ptr [rip + main.x]",
                "call runtime.printlock"));
        // the bytes: [0x4051b8] absolute (SIB 0x25), not rip-relative
        byte[] b = Keystone.get().assemble(".set os.Args$m8, 0x4051b0\nmov r12, qword ptr [os.Args$m8 + 0x8]", 0x573d0b);
        assertThat(java.util.HexFormat.of().formatHex(b)).isEqualTo("4c8b2425b8514000");
    }
}
