# signal_linux.s: what is left of the signal code in assembly while panic.s, proc.s and
# os_linux.s are (the signals themselves are Go: signal_unix.go, signal_amd64.go,
# sigtab_linux_generic.go, os_linux_signal.go; the system calls, sigtramp and
# sigreturn__sigaction are in sys_linux_amd64.s): sigpanic0, the Go-ABI doors from
# signal_unix.go into panic.s, the assembly variables it reads, and the signal names of
# panic.s's "[signal …]" line. It goes away as those files become Go.

.text

# runtime.sigpanic0(msg rdi): the panic of a fault, on the goroutine's stack (where
# preparePanic made it continue): runtime.fatalpanic runs the deferred calls, then prints
# the message and the "[signal …]" line the handler saved.
runtime.sigpanic0:
    jmp runtime.fatalpanic

# runtime.fatalthrow_go(s string, onsystemstack bool) (RAX ptr, RBX len, RCX): panic.s's
# fatalthrow(msg rdi, onsystemstack esi, len rdx). Never returns.
runtime.fatalthrow_go:
    mov rdi, rax
    mov rdx, rbx
    movzx esi, cl
    jmp runtime.fatalthrow

# runtime.fatalpanic_signal_go(msg *byte) (RAX): panic.s's fatalpanic_signal(msg rdi).
runtime.fatalpanic_signal_go:
    mov rdi, rax
    jmp runtime.fatalpanic_signal

# runtime.goroutineheader_go(gp *g) (RAX): panic.s's goroutineheader(gp rdi), which keeps
# rbx and r12-r15 (the Go caller keeps nothing).
runtime.goroutineheader_go:
    mov rdi, rax
    jmp runtime.goroutineheader

# runtime.signalVars() (physPageSize, maxstacksize uintptr): os_linux.s's and proc.s's
# variables, for signal_unix.go.
runtime.signalVars:
    mov rax, qword ptr [rip + runtime.physPageSize]
    mov rbx, qword ptr [rip + runtime.maxstacksize]
    ret

# runtime.gsignalStack() unsafe.Pointer: memory.s's gsignal0stack, m0's signal stack.
runtime.gsignalStack:
    lea rax, [rip + runtime.gsignal0stack]
    ret

.section .rodata
.p2align 0x3
# The names of panic.s's "[signal …]" line (signal_unix.go's signame); 0: printed in hex.
runtime.signames:
    .quad 0x0, 0x0, 0x0, runtime.str_sigquit, runtime.str_sigill, runtime.str_sigtrap, runtime.str_sigabrt, runtime.str_sigbus
    .quad runtime.str_sigfpe, 0x0, 0x0, runtime.str_sigsegv, 0x0, 0x0, 0x0, 0x0
    .quad runtime.str_sigstkflt, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0
    .quad 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, runtime.str_sigsys
    .quad 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0
    .quad 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0
    .quad 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0
    .quad 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0
    .quad 0x0
runtime.str_sigquit:
    .ascii "SIGQUIT: quit"
    .byte 0x0
runtime.str_sigill:
    .ascii "SIGILL: illegal instruction"
    .byte 0x0
runtime.str_sigtrap:
    .ascii "SIGTRAP: trace trap"
    .byte 0x0
runtime.str_sigabrt:
    .ascii "SIGABRT: abort"
    .byte 0x0
runtime.str_sigbus:
    .ascii "SIGBUS: bus error"
    .byte 0x0
runtime.str_sigfpe:
    .ascii "SIGFPE: floating-point exception"
    .byte 0x0
runtime.str_sigsegv:
    .ascii "SIGSEGV: segmentation violation"
    .byte 0x0
runtime.str_sigstkflt:
    .ascii "SIGSTKFLT: stack fault"
    .byte 0x0
runtime.str_sigsys:
    .ascii "SIGSYS: bad system call"
    .byte 0x0
runtime.str_addr:
    .ascii " addr="
    .byte 0x0
