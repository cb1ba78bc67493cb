# The floor plus the signal set-up every Go program makes at start (Go's initsig, which
# rt0gen's runtime does too): one rt_sigaction per signal 1-64 that installs a handler
# (SA_SIGINFO | SA_ONSTACK | SA_RESTORER | SA_RESTART, every signal blocked while it
# runs; SIGKILL and SIGSTOP refuse), then exit(0). Built with `rt0gen asm`. bench/run-bench
# measures its wall time next to the floor's: what that set-up alone costs per exec.
.text
_rt0_amd64_linux:
    sub rsp, 0x20
    lea rax, [rip + handler]
    mov qword ptr [rsp], rax                        # sa_handler
    mov qword ptr [rsp + 0x8], 0x1c000004           # sa_flags
    mov qword ptr [rsp + 0x10], rax                 # sa_restorer
    mov qword ptr [rsp + 0x18], 0xffffffffffffffff  # sa_mask
    mov ebx, 0x1
next:
    mov edi, ebx
    mov rsi, rsp
    xor edx, edx
    mov r10d, 0x8
    mov eax, 0xd           # rt_sigaction
    syscall
    add ebx, 0x1
    cmp ebx, 0x41
    jb next
    xor edi, edi
    mov eax, 0xe7          # exit_group
    syscall
handler:
    ret
