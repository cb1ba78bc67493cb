package dev.rt0gen.it;

import dev.rt0gen.asm.Keystone;
import dev.rt0gen.amd64.AsmUnit;
import dev.rt0gen.elf.ElfWriter;
import dev.rt0gen.link.Linker;
import dev.rt0gen.testcontainers.Rt0genContainer;
import dev.rt0gen.testcontainers.Rt0genResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Binaries from rt0gen's own back half (Keystone, the linker, the ELF writer; no runtime, no
 * front end) run in the hardened container: the exit status, the two output streams and
 * death by a signal come back as the kernel reported them. The program is PID 1 in its
 * container, so only a fault (not a signal it sends itself) can kill it.
 */
class LinkedBinaryTest {
    /** Links one assembly unit (rt0gen's dialect, docs/ABI.md) alone and runs it. */
    private static Rt0genResult run(String asm) throws Exception {
        byte[] elf = ElfWriter.write(new Linker(Keystone.get()).link(List.of(new AsmUnit("test.s", asm))));
        return Rt0genContainer.fromBytes(elf).withDockerfile(Repo.dockerfile()).run();
    }

    @Test
    void writesToStdoutAndStderrApartAndExitsWithItsStatus() throws Exception {
        Rt0genResult r = run("""
                .text
                _rt0_amd64_linux:
                    mov edi, 0x1
                    lea rsi, [rip + out]
                    mov edx, 0x4
                    mov eax, 0x1            # write(1, "out\\n", 4)
                    syscall
                    mov edi, 0x2
                    lea rsi, [rip + err]
                    mov edx, 0x4
                    mov eax, 0x1            # write(2, "err\\n", 4)
                    syscall
                    mov edi, 0x2a
                    mov eax, 0xe7           # exit_group(42)
                    syscall
                .section .rodata
                out:
                    .ascii "out\\n"
                err:
                    .ascii "err\\n"
                """);

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(42);
        assertThat(r.stdout()).isEqualTo("out\n");
        assertThat(r.stderr()).isEqualTo("err\n");
    }

    @Test
    void aFaultKillsTheProgramWithSigsegv() throws Exception {
        Rt0genResult r = run("""
                .text
                _rt0_amd64_linux:
                    hlt                     # privileged: SIGSEGV in user mode
                """);

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(128 + 11);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).isEmpty();
    }
}
