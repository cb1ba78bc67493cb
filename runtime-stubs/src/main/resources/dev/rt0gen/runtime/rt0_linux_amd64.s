# rt0_linux_amd64.s: the ELF entry point.
#
# The kernel starts a static executable with rsp pointing at argc, followed by
# argv[0..argc-1], NULL, envp[...], NULL, then the auxiliary vector.
# Go (before 1.11) went _rt0_amd64_linux -> main -> runtime.rt0_go; this runtime
# keeps that path so the symbol names read like the Go sources of that time.

.text

# _rt0_amd64_linux is the ELF entry point (Go's rt0_linux_amd64.s).
# Go: LEAQ 8(SP), SI (argv); MOVQ 0(SP), DI (argc); MOVQ $main(SB), AX; JMP AX.
_rt0_amd64_linux:
    lea rsi, [rsp + 0x8]          # argv
    mov rdi, qword ptr [rsp]      # argc
    lea rax, [rip + main]
    jmp rax

# main: not main.main, but the C-style entry Go's linker used to call; it jumps on
# to runtime.rt0_go with argc in rdi and argv in rsi.
main:
    jmp runtime.rt0_go
