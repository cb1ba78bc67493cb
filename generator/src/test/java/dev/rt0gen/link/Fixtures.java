package dev.rt0gen.link;

import dev.rt0gen.amd64.AsmUnit;

import java.util.List;

/** Tiny hand-written units that exercise the linker without the runtime. */
public final class Fixtures {
    private Fixtures() {
    }

    /** Writes "hi from rodata\n" to stdout, bumps a .data and a .bss word, exits with 3. */
    public static List<AsmUnit> hello() {
        return List.of(new AsmUnit("start.s", """
                .set SYS_write, 0x1
                .set SYS_exit_group, 0xe7
                .text
                _rt0_amd64_linux:            # the kernel jumps here
                    call main.main
                    mov edi, 0x3
                    mov eax, SYS_exit_group
                    syscall
                .section .rodata
                msg:
                    .ascii "hi from rodata\\n"
                msg.len:
                    .quad 0xf
                .data
                counter:
                    .quad 0x29
                .bss
                scratch:
                    .skip 0x2000
                """), new AsmUnit("main.s", """
                .text
                main.main:
                    push rbp
                    mov rbp, rsp
                    inc qword ptr [rip + counter]
                    mov qword ptr [rip + scratch + 0x1ff8], 0x7
                    mov edi, 0x1
                    lea rsi, [rip + msg]
                    mov rdx, qword ptr [rip + msg.len]
                    mov eax, SYS_write
                    syscall
                .Ldone:
                    pop rbp
                    ret
                """));
    }
}
