package dev.rt0gen.link;

import dev.rt0gen.amd64.AsmUnit;
import dev.rt0gen.api.Rt0gen;
import dev.rt0gen.compare.NativeRunner;
import dev.rt0gen.compare.Runner;
import dev.rt0gen.elf.ElfWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map entry points (docs/ABI.md "Maps") take Go's register ABI: called from hand-written
 * assembly with junk in every register they do not take, they leave R14 and R15 alone
 * (RuntimeAbiTest.Main checks after every call) and return their results in RAX, RBX.
 * <pre>
 * m := make(map[int]int, 20)
 * for i := 1; i <= 50; i++ { m[i] = 2 * i }
 * v, ok := m[99]
 * print(m[7], v, ok); delete(m, 7); v, ok = m[7]; print(v, ok)
 * ks, vs, n := 0, 0, 0; for k, v := range m { ks += k; vs += v; n++ }
 * print(ks, vs, n, len(m)); clear(m); println(len(m))
 * </pre>
 */
class MapAbiTest {
    @TempDir
    static Path dir;

    @Test
    void mapEntryPointsTakeGosRegisterAbi() throws Exception {
        RuntimeAbiTest.Main m = new RuntimeAbiTest.Main();
        this.m = m;
        // [rsp] h, [rsp+8] key, [rsp+0x10..0x58) hiter, [rsp+0x58] i, [rsp+0x60] keys, [rsp+0x68] elems, [rsp+0x70] n
        m.emit("sub rsp, 0x80");
        m.rodata.append(".p2align 0x3\nmain.mt:\n    .quad 0x8, 0x8, 0x0, 0x0, 0x0\n");
        m.emit("lea rax, [rip + main.mt]");
        m.emit("mov ebx, 0x14");
        m.call("runtime.makemap", 2);
        m.emit("mov qword ptr [rsp], rax");
        m.emit("mov qword ptr [rsp + 0x58], 0x1");
        m.text.append(".Lfill:\n");
        m.emit("mov rax, qword ptr [rsp + 0x58]");
        m.emit("mov qword ptr [rsp + 0x8], rax");
        args3();
        m.emit("lea rcx, [rsp + 0x8]");
        m.call("runtime.mapassign", 3);
        m.emit("mov rcx, qword ptr [rsp + 0x58]");
        m.emit("add rcx, rcx");
        m.emit("mov qword ptr [rax], rcx");
        m.emit("add qword ptr [rsp + 0x58], 0x1");
        m.emit("cmp qword ptr [rsp + 0x58], 0x33");
        m.emit("jb .Lfill");
        m.call("runtime.printlock", 0);
        access("runtime.mapaccess1", 7, false);
        access("runtime.mapaccess2", 99, true);
        m.emit("mov qword ptr [rsp + 0x8], 0x7");
        args3();
        m.emit("lea rcx, [rsp + 0x8]");
        m.call("runtime.mapdelete", 3);
        access("runtime.mapaccess2", 7, true);
        m.emit("mov qword ptr [rsp + 0x60], 0x0");
        m.emit("mov qword ptr [rsp + 0x68], 0x0");
        m.emit("mov qword ptr [rsp + 0x70], 0x0");
        args3();
        m.emit("lea rcx, [rsp + 0x10]");
        m.call("runtime.mapiterinit", 3);
        m.text.append(".Lrange:\n");
        m.emit("mov rax, qword ptr [rsp + 0x10]");
        m.emit("test rax, rax");
        m.emit("jz .Lranged");
        m.emit("mov rax, qword ptr [rax]");
        m.emit("add qword ptr [rsp + 0x60], rax");
        m.emit("mov rax, qword ptr [rsp + 0x18]");
        m.emit("mov rax, qword ptr [rax]");
        m.emit("add qword ptr [rsp + 0x68], rax");
        m.emit("add qword ptr [rsp + 0x70], 0x1");
        m.emit("lea rax, [rsp + 0x10]");
        m.call("runtime.mapiternext", 1);
        m.emit("jmp .Lrange");
        m.text.append(".Lranged:\n");
        m.emit("mov rax, qword ptr [rsp]");
        m.emit("mov rax, qword ptr [rax]");
        m.emit("mov qword ptr [rsp + 0x58], rax");
        for (String local : List.of("0x60", "0x68", "0x70", "0x58")) {
            m.printInt(local);
            m.call("runtime.printsp", 0);
        }
        m.emit("lea rax, [rip + main.mt]");
        m.emit("mov rbx, qword ptr [rsp]");
        m.call("runtime.mapclear", 2);
        m.emit("mov rax, qword ptr [rsp]");
        m.emit("mov rax, qword ptr [rax]");
        m.call("runtime.printint", 1);
        m.call("runtime.printnl", 0);
        m.call("runtime.printunlock", 0);
        m.emit("xor eax, eax");
        m.call("os.Exit", 1);
        m.emit("int3");

        LinkedImage image = Rt0gen.linkProgram(List.of(new AsmUnit("main.s", m.unit())));
        GnuAsCrossCheck.assertSameBytes(image, dir);
        Path exe = dir.resolve("mapabi");
        Rt0gen.write(ElfWriter.write(image), exe);
        Runner.RunResult r = new NativeRunner(List.of(), 20).run(exe, List.of(), Map.of(), Runner.Limits.NONE);
        assertThat(new String(r.stderr(), StandardCharsets.UTF_8)).isEqualTo("14 0 false 0 false 1268 2536 49 49 0\n");
        assertThat(r.exitCode()).isZero();
    }

    private RuntimeAbiTest.Main m;

    /** t in RAX, h in RBX (the caller then sets RCX). */
    private void args3() {
        m.emit("lea rax, [rip + main.mt]");
        m.emit("mov rbx, qword ptr [rsp]");
    }

    /** Prints *elem (and ok) of m[key]. */
    private void access(String fn, int key, boolean ok) {
        m.emit("mov qword ptr [rsp + 0x8], 0x" + Integer.toHexString(key));
        args3();
        m.emit("lea rcx, [rsp + 0x8]");
        m.call(fn, 3);
        m.emit("mov qword ptr [rsp + 0x58], rbx");
        m.emit("mov rax, qword ptr [rax]");
        m.call("runtime.printint", 1);
        m.call("runtime.printsp", 0);
        if (ok) {
            m.emit("mov rax, qword ptr [rsp + 0x58]");
            m.call("runtime.printbool", 1);
            m.call("runtime.printsp", 0);
        }
    }
}
