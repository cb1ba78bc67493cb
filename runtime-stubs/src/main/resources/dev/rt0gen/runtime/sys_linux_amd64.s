# sys_linux_amd64.s: raw Linux system calls (Go's runtime/sys_linux_amd64.s).
#
# A stub that the runtime's Go code calls has Go's signature and register ABI
# (exit, sysMmap, open, read, closefd, sched_getaffinity, write1; stubs.go, stubs2.go and
# malloc.go declare them). The others keep the internal register convention of the assembly's callers:
# arguments in rdi, rsi, rdx, r10, r8, r9 as the kernel wants them (callers put the 4th
# in rcx; these stubs move it to r10), result in rax (a negative errno on failure). The
# syscall instruction clobbers rcx and r11.

.text

# runtime.exit(code int32): Go's exit (register ABI: RAX code): exit_group, ending every thread.
runtime.exit:
    mov edi, eax
    mov eax, SYS_exit_group
    syscall
    ret

# runtime.write1(fd uintptr, p unsafe.Pointer, n int32) int32: Go's write1 (register ABI:
# RAX fd, RBX p, RCX n → RAX): write(2), the count written or a negative errno.
runtime.write1:
    mov rdi, rax
    mov rsi, rbx
    movsxd rdx, ecx
    mov eax, SYS_write
    syscall
    ret

# runtime.read(fd int32, p unsafe.Pointer, n int32) int32: Go's read (register ABI: RAX fd,
# RBX p, RCX n → RAX): the byte count, or a negative errno.
runtime.read:
    movsxd rdi, eax
    mov rsi, rbx
    movsxd rdx, ecx
    mov eax, SYS_read
    syscall
    ret

# runtime.open(name *byte, mode, perm int32) int32: Go's open (RAX name, RBX mode, RCX perm
# → RAX): openat(AT_FDCWD, name, mode, perm), the fd or -1.
runtime.open:
    mov rsi, rax
    movsxd rdx, ebx
    movsxd r10, ecx
    mov rdi, AT_FDCWD
    mov eax, SYS_openat
    syscall
    cmp rax, 0xfffffffffffff001
    jb .Lopen_ok
    mov rax, 0xffffffffffffffff
.Lopen_ok:
    ret

# runtime.closefd(fd int32) int32: Go's closefd (RAX fd → RAX): 0, or -1 on failure.
runtime.closefd:
    movsxd rdi, eax
    mov eax, SYS_close
    syscall
    cmp rax, 0xfffffffffffff001
    jb .Lclosefd_ok
    mov rax, 0xffffffffffffffff
.Lclosefd_ok:
    ret

# runtime.sysMmap(addr unsafe.Pointer, n uintptr, prot, flags, fd int32, off uint32)
# (unsafe.Pointer, int): Go's sysMmap (register ABI: RAX addr, RBX n, RCX prot, RDI flags,
# RSI fd, R8 off) → RAX the address and RBX 0, or RAX 0 and RBX the errno.
runtime.sysMmap:
    mov r9d, r8d                        # off
    movsxd r8, esi                      # fd
    mov r10d, edi                       # flags
    mov edx, ecx                        # prot
    mov rsi, rbx                        # n
    mov rdi, rax                        # addr
    mov eax, SYS_mmap
    syscall
    cmp rax, 0xfffffffffffff001
    jae .Lmmap_failed
    xor ebx, ebx
    ret
.Lmmap_failed:
    neg rax
    mov rbx, rax
    xor eax, eax
    ret

# runtime.mprotect(addr RAX, n RBX, prot ECX) → RAX (Go's register ABI; malg, proc.go)
runtime.mprotect:
    mov rdi, rax
    mov rsi, rbx
    mov edx, ecx
    mov eax, SYS_mprotect
    syscall
    ret

# runtime.sched_getaffinity(pid, len uintptr, buf *byte) int32: Go's sched_getaffinity
# (RAX pid, RBX len, RCX buf → RAX): the bytes written, or a negative errno.
runtime.sched_getaffinity:
    mov rdi, rax
    mov rsi, rbx
    mov rdx, rcx
    mov eax, SYS_sched_getaffinity
    syscall
    ret

# runtime.settls(addr rdi): Go: ADDQ $8, DI (ELF wants -8(FS) to be the g slot),
# then arch_prctl(ARCH_SET_FS, DI); crash if the kernel refuses.
runtime.settls:
    add rdi, 0x8
    mov rsi, rdi
    mov edi, ARCH_SET_FS
    mov eax, SYS_arch_prctl
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
    mov eax, SYS_clock_gettime
    syscall
    mov rax, qword ptr [rsp]
    imul rax, rax, 0x3b9aca00
    add rax, qword ptr [rsp + 0x8]
    add rsp, 0x18
    ret

# Signals: the system calls signal_unix.go makes, and the kernel's way in and out of a
# handler (Go's rt_sigaction, sigaltstack, rtsigprocmask, raise, sigtramp, sigreturn__sigaction).

# runtime.rt_sigaction(sig uintptr, new, old *sigactiont, size uintptr) int32 (RAX sig, RBX
# new, RCX old, RDI size → RAX): 0, or a negative errno.
runtime.rt_sigaction:
    mov r10, rdi
    mov rdx, rcx
    mov rsi, rbx
    mov rdi, rax
    mov eax, SYS_rt_sigaction
    syscall
    ret

# runtime.sigaltstack(new, old *stackt) int32 (RAX new, RBX old → RAX): 0, or a negative
# errno (Go's crashes on failure; signalstack throws here).
runtime.sigaltstack:
    mov rdi, rax
    mov rsi, rbx
    mov eax, SYS_sigaltstack
    syscall
    ret

# runtime.rtsigprocmask(how int32, new, old *sigset, size int32) (RAX how, RBX new, RCX old,
# RDI size).
runtime.rtsigprocmask:
    movsxd r10, edi
    mov rdx, rcx
    mov rsi, rbx
    movsxd rdi, eax
    mov eax, SYS_rt_sigprocmask
    syscall
    ret

# runtime.raise(sig uint32) (RAX sig): Go's raise: tgkill(getpid(), gettid(), sig).
runtime.raise:
    mov r8d, eax
    mov eax, SYS_getpid
    syscall
    mov r9, rax
    mov eax, SYS_gettid
    syscall
    mov rsi, rax
    mov rdi, r9
    mov edx, r8d
    mov eax, SYS_tgkill
    syscall
    ret

# runtime.sigtrampPCs() (tramp, restorer uintptr): the addresses setsig installs.
runtime.sigtrampPCs:
    lea rax, [rip + runtime.sigtramp]
    lea rbx, [rip + runtime.sigreturn__sigaction]
    ret

# runtime.sigtramp(sig rdi, info rsi, ctx rdx): the kernel's entry, on the alternate signal
# stack (SA_SIGINFO: the C calling convention). Go: sigtramp -> sigtrampgo -> sighandler;
# here sighandler(sig, info, ctx) directly, with Go's register ABI (RAX, RBX, RCX) on a
# 16-byte aligned stack; g stays the interrupted goroutine's. Nothing needs keeping:
# rt_sigreturn restores every register from ctx. Returns (to sigreturn__sigaction) for a
# signal that is ignored and for a fault that resumes in sigpanic0.
runtime.sigtramp:
    sub rsp, 0x8
    mov eax, edi
    mov rbx, rsi
    mov rcx, rdx
    call runtime.sighandler
    add rsp, 0x8
    ret

# runtime.sigreturn__sigaction: the sa_restorer a handler returns to (Go's name).
runtime.sigreturn__sigaction:
    mov eax, SYS_rt_sigreturn
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
