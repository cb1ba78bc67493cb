# sys_linux_amd64.s: what of Go's runtime/sys_linux_amd64.s cannot be Go. The system call
# stubs themselves (exit, write1, read, open, closefd, sysMmap, mprotect, sched_getaffinity,
# rt_sigaction, sigaltstack, rtsigprocmask, raise) are Go, in sys_linux_amd64.go, over the
# rawsyscallN intrinsics that rt0gen compiles to the syscall instruction in place. Left here:
# settls (before there is a g), nanotime1 (a timespec on its own stack), clone (the child
# starts on a new stack), and the kernel's way in and out of a signal handler. The syscall instruction clobbers rcx and r11.

.text

# runtime.settls(addr rdi): Go: ADDQ $8, DI (ELF wants -8(FS) to be the g slot),
# then arch_prctl(ARCH_SET_FS, DI); crash if the kernel refuses.
runtime.settls:
    add rdi, 0x8
    mov rsi, rdi
    mov edi, ARCH_SET_FS
    mov eax, const__SYS_arch_prctl
    syscall
    cmp rax, 0xfffffffffffff001
    jb .Lsettls_ok
    xor eax, eax
    mov dword ptr [rax + 0xf1], 0xf1
.Lsettls_ok:
    ret

# runtime.nanotime1() → rax: CLOCK_MONOTONIC in nanoseconds. Go goes through the
# vDSO; here the clock_gettime system call itself.
runtime.nanotime1:
    sub rsp, 0x18
    mov edi, CLOCK_MONOTONIC
    mov rsi, rsp
    mov eax, const__SYS_clock_gettime
    syscall
    mov rax, qword ptr [rsp]
    imul rax, rax, 0x3b9aca00
    add rax, qword ptr [rsp + 0x8]
    add rsp, 0x18
    ret

# runtime.clone(flags RAX, stk RBX, mp RCX, gp RDI, fn RSI) → RAX: Go's clone. The parent
# gets the new thread's id or a negative errno. The child starts on stk with the parent's
# registers (rax 0) and, with CLONE_SETTLS, its fs at &m.tls[1] (fs:[-8] is m.tls[0]): Go:
# set m.procid (gettid), g = gp, then call fn (mstart); if fn returns, exit the thread
# (exit(111)).
runtime.clone:
    mov r13, rcx                    # mp, gp, fn: in registers the system call keeps
    mov r12, rdi
    mov r15, rsi
    mov rdi, rax
    mov rsi, rbx
    xor edx, edx                    # parent_tid
    xor r10d, r10d                  # child_tid
    lea r8, [r13 + m_tls]           # tls: &mp.tls[1]
    add r8, 0x8
    mov eax, const__SYS_clone
    syscall
    test rax, rax
    jz .Lclone_child
    ret
.Lclone_child:
    mov eax, const__SYS_gettid
    syscall
    mov qword ptr [r13 + m_procid], rax
    mov qword ptr fs:[0xfffffffffffffff8], r12
    call r15
    mov edi, 0x6f
    mov eax, const__SYS_exit
    syscall
    int3

# Signals: the kernel's way in and out of a handler (Go's sigtramp, sigreturn__sigaction),
# and the fault's way into a panic.

# runtime.sigtrampPCs() (tramp, restorer uintptr): the addresses setsig installs.
runtime.sigtrampPCs:
    lea rax, [rip + runtime.sigtramp]
    lea rbx, [rip + runtime.sigreturn__sigaction]
    ret

# runtime.sigtramp(sig rdi, info rsi, ctx rdx): the kernel's entry, on the alternate signal
# stack (SA_SIGINFO: the C calling convention). Go: sigtramp -> sigtrampgo -> sighandler;
# here sighandler(sig, info, ctx) directly, with Go's register ABI (RAX, RBX, RCX) on a
# 16-byte aligned stack; g stays the interrupted goroutine's (Go switches to gsignal), with
# its stackguard0 at 0 while the handler runs, so that the handler's stack checks pass on the
# signal stack, and put back after it. Nothing else needs keeping: rt_sigreturn restores
# every register from ctx. Returns (to sigreturn__sigaction) for a signal that is ignored and
# for a fault that resumes in sigpanic0.
runtime.sigtramp:
    mov r12, qword ptr fs:[0xfffffffffffffff8]
    push r12
    xor ecx, ecx
    xchg qword ptr [r12 + g_stackguard0], rcx    # atomic: sysmon's preemptone CASes it
    push rcx
    sub rsp, 0x8
    mov eax, edi
    mov rbx, rsi
    mov rcx, rdx
    call runtime.sighandler
    add rsp, 0x8
    pop rcx
    pop r12
    mov qword ptr [r12 + g_stackguard0], rcx
    ret

# runtime.sigreturn__sigaction: the sa_restorer a handler returns to (Go's name).
runtime.sigreturn__sigaction:
    mov eax, const__SYS_rt_sigreturn
    syscall
    int3

# runtime.preparePanic(ctxt unsafe.Pointer, msg *byte) (RAX ctxt, RBX msg): Go's
# sigctxt.preparePanic: the interrupted goroutine of ctxt resumes in a call of
# runtime.sigpanic0(msg rdi) made from the faulting pc (pushed as its return address).
# The offsets are go_asm.s's, from defs_linux_amd64.go's ucontext.
runtime.preparePanic:
    mov rcx, qword ptr [rax + ucontext_uc_mcontext_rsp]
    sub rcx, 0x8
    mov rdx, qword ptr [rax + ucontext_uc_mcontext_rip]
    mov qword ptr [rcx], rdx
    mov qword ptr [rax + ucontext_uc_mcontext_rsp], rcx
    lea rdx, [rip + runtime.sigpanic0]
    mov qword ptr [rax + ucontext_uc_mcontext_rip], rdx
    mov qword ptr [rax + ucontext_uc_mcontext_rdi], rbx
    ret

# runtime.sigpanic0(msg rdi): the panic of a fault, on the goroutine's stack (where
# preparePanic made it continue, as if the faulting instruction had called it): Go's sigpanic0
# (its ABI0 entry); runtime.fatalpanic (panic_amd64.s) runs the deferred calls, then prints
# the message and the "[signal …]" line the handler saved.
runtime.sigpanic0:
    jmp runtime.fatalpanic
