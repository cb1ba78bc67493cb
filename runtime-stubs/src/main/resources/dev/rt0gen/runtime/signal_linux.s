# signal_linux.s: signals (Go's runtime/signal_unix.go, os_linux.go, signal_amd64.go,
# sigtab_linux_generic.go and sys_linux_amd64.s's sigtramp and sigreturn).
#
# As in Go, m0 gets an alternate signal stack in minit (sigaltstack) and, in mstartm0,
# initsig installs one handler for every signal Go handles, with SA_ONSTACK so that a
# fault on an exhausted goroutine stack still runs the handler. The handler decides as
# Go's sighandler does, from Go's sigtable flags (runtime.sigtable):
#   - notify-only signals (SIGPIPE, SIGUSR1, SIGURG, SIGWINCH, ...): ignored, as in a Go
#     program that does not use os/signal. A write to a closed pipe on fd 2 then just
#     fails with EPIPE (println ignores it, as Go's does).
#   - SIGHUP, SIGINT, SIGTERM: dieFromSignal, the process is killed by the signal.
#   - a fault (SIGSEGV, SIGBUS, SIGFPE) raised by the kernel on a user goroutine: Go's
#     sigpanic. A fault in the goroutine's guard page (or with sp below stack.lo) is a
#     stack overflow: Go's newstack message ("runtime: goroutine stack exceeds
#     1000000000-byte limit", "runtime: sp=… stack=[…, …]", "fatal error: stack
#     overflow"); a fault below 0x1000 is the nil dereference panic; another address
#     is "unexpected fault address" and "fatal error: fault"; an integer divide fault is
#     the divide (or overflow) panic. Each exits with status 2.
#   - anything else fatal (SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGSYS, a fault on g0, a
#     signal sent with kill): Go's fatalsignal: "SIGSEGV: segmentation violation",
#     "PC=… m=0 sigcode=…", the goroutine header and the registers; exit 2.
# rt0gen prints no stack frames (no traceback tables).

.text

# runtime.minit(): Go's minit on m0: minitSignalStack (the alternate signal stack, from
# m.gsignal's stack) and minitSignalMask (unblock the signals Go never leaves blocked).
# Go's mpreinit makes gsignal (malg(32 KiB), a heap stack with no guard page); here
# it is made here, and its stack is runtime.gsignal0stack in bss (memory.s), also
# without a guard page: the handlers are assembly of known, small depth.
runtime.minit:
    push rbx
    push r12
    sub rsp, 0x28
    mov edi, g__size
    call runtime.mallocgc_rdi
    mov rbx, rax                                  # gsignal
    lea r12, [rip + runtime.gsignal0stack]
    mov qword ptr [rbx + g_guard], 0x0
    mov qword ptr [rbx + g_stack_lo], r12
    lea rax, [r12 + SIGSTACK_SIZE]
    mov qword ptr [rbx + g_stack_hi], rax
    lea rcx, [rip + runtime.m0]
    mov qword ptr [rbx + g_m], rcx
    mov qword ptr [rcx + m_gsignal], rbx
    # Go: signalstack(&mp.gsignal.stack): sigaltstack(&{sp: lo, size: hi-lo}, nil)
    mov qword ptr [rsp + ss_sp], r12
    mov dword ptr [rsp + ss_flags], 0x0
    mov qword ptr [rsp + ss_size], SIGSTACK_SIZE
    mov rdi, rsp
    xor esi, esi
    mov eax, SYS_sigaltstack
    syscall
    test rax, rax
    jz .Lminit_mask
    lea rdi, [rip + runtime.msg_sigaltstack]
    call runtime.throwc
.Lminit_mask:
    # Go: sigprocmask(_SIG_SETMASK, &nmask, nil) with every non-blockable signal deleted
    # from the inherited mask; here the same as one SIG_UNBLOCK.
    mov rax, SIG_UNBLOCK_MASK
    mov qword ptr [rsp], rax
    mov edi, SIG_UNBLOCK
    mov rsi, rsp
    xor edx, edx
    mov r10d, SIGSET_SIZE
    mov eax, SYS_rt_sigprocmask
    syscall
    add rsp, 0x28
    pop r12
    pop rbx
    ret

# runtime.mstartm0(): Go's mstartm0 on m0: initsig(false).
runtime.mstartm0:
    jmp runtime.initsig

# runtime.initsig(): Go's initsig: for every signal whose sigtable entry is not 0 and
# not _SigDefault or _SigSetStack, install sighandler (setsig: SA_ONSTACK | SA_SIGINFO |
# SA_RESTORER | SA_RESTART, every signal blocked while it runs); SIGHUP and SIGINT keep
# an inherited SIG_IGN (sigInstallGoHandler). getsig and setsig go through sysSigaction,
# as in Go.
runtime.initsig:
    push rbx
    push r12
    sub rsp, 0x48
    # [rsp, rsp+0x20): the new sigaction; [rsp+0x20, rsp+0x40): the old one
    lea rax, [rip + runtime.sigtramp]
    mov qword ptr [rsp + sa_handler], rax
    mov qword ptr [rsp + sa_flags], SA_GO
    lea rax, [rip + runtime.sigreturn__sigaction]
    mov qword ptr [rsp + sa_restorer], rax
    mov qword ptr [rsp + sa_mask], 0xffffffffffffffff
    mov ebx, 0x1
    lea r12, [rip + runtime.sigtable]
    # setsig's arguments but the signal (sysSigaction keeps rsi and rdx)
    mov rsi, rsp
    xor edx, edx
.Linitsig_next:
    test byte ptr [r12 + rbx], SIGF_SKIP
    jnz .Linitsig_skip
    cmp ebx, SIGINT
    jbe .Linitsig_get
.Linitsig_set:
    # Go: setsig(i, sighandler) -> sysSigaction(i, &sa, nil)
    mov edi, ebx
    call runtime.sysSigaction
.Linitsig_skip:
    add ebx, 0x1
    cmp ebx, NSIG
    jb .Linitsig_next
    add rsp, 0x48
    pop r12
    pop rbx
    ret
.Linitsig_get:
    # Go: fwdSig[i] = getsig(i) -> sysSigaction(i, nil, &sa); for SIGHUP and SIGINT an
    # inherited SIG_IGN stays.
    mov edi, ebx
    xor esi, esi
    lea rdx, [rsp + 0x20]
    call runtime.sysSigaction
    mov rsi, rsp
    xor edx, edx
    cmp qword ptr [rsp + 0x20], SIG_IGN
    je .Linitsig_skip
    jmp .Linitsig_set

# runtime.sysSigaction(sig edi, new rsi, old rdx): Go's sysSigaction (os_linux.go):
# rt_sigaction(sig, new, old, sizeof sa_mask), and a failure throws "sigaction failed",
# except for signals 32, 33 and 64, whose failure Go ignores. Go's comment: "Workaround
# for bugs in QEMU user mode emulation. QEMU turns calls to the sigaction system call into
# calls to the C library sigaction call; the C library call rejects attempts to call
# sigaction for SIGCANCEL (32) or SIGSETXID (33). QEMU rejects calling sigaction on
# SIGRTMAX (64). Just ignore the error in these case. There isn't anything we can do about
# it anyhow." (`if sig != 32 && sig != 33 && sig != 64 { throw("sigaction failed") }`.)
# Valgrind rejects SIGRTMAX too (EINVAL: it keeps the signal for itself), so a Go binary,
# and this runtime, run under valgrind. Keeps rsi and rdx (as the syscall does).
runtime.sysSigaction:
    mov r10d, SIGSET_SIZE
    mov eax, SYS_rt_sigaction
    syscall
    test rax, rax
    jnz .LsysSigaction_failed
    ret
.LsysSigaction_failed:
    cmp edi, 0x20
    je .LsysSigaction_ignore
    cmp edi, 0x21
    je .LsysSigaction_ignore
    cmp edi, 0x40
    je .LsysSigaction_ignore
    sub rsp, 0x8
    lea rdi, [rip + runtime.msg_sigaction]
    call runtime.throwc                            # does not return
.LsysSigaction_ignore:
    ret

# runtime.sigreturn__sigaction: the sa_restorer a handler returns to (Go's name).
runtime.sigreturn__sigaction:
    mov eax, SYS_rt_sigreturn
    syscall
    int3

# runtime.sigtramp(sig rdi, info rsi, ctx rdx): the handler, on the alternate signal
# stack. Go: sigtramp -> sigtrampgo -> sighandler(sig, info, ctx, gp). Returns (to
# sigreturn__sigaction) only for a signal that is ignored.
runtime.sigtramp:
    push rbx
    push r12
    push r13
    push r14
    push r15
    mov ebx, edi                                  # sig
    mov r12, rsi                                  # info
    mov r13, rdx                                  # ctx
    xor r14d, r14d                                # flags
    cmp ebx, NSIG
    jae .Lsigtramp_flags
    lea rax, [rip + runtime.sigtable]
    movzx r14d, byte ptr [rax + rbx]
.Lsigtramp_flags:
    # Go: if !c.sigFromUser() && flags&_SigPanic != 0: on the current user goroutine
    # (gp == mp.curg) the fault becomes a panic; elsewhere (g0: runtime code) a throw.
    test r14d, SIGF_PANIC
    jz .Lsigtramp_notpanic
    mov eax, dword ptr [r12 + si_code]
    cmp eax, SI_USER
    je .Lsigtramp_notpanic
    cmp eax, SI_TKILL
    je .Lsigtramp_notpanic
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    test rcx, rcx
    jz .Lsigtramp_fatal
    mov rax, qword ptr [rcx + g_m]
    test rax, rax
    jz .Lsigtramp_fatal
    cmp rcx, qword ptr [rax + m_curg]
    jne .Lsigtramp_fatal
    mov edi, ebx
    mov rsi, r12
    mov rdx, r13
    call runtime.sigpanic
    # back only to resume the goroutine in runtime.sigpanic0 (a panic with deferred calls)
    pop r15
    pop r14
    pop r13
    pop r12
    pop rbx
    ret
.Lsigtramp_notpanic:
    # Go: _SigKill: dieFromSignal(sig)
    test r14d, SIGF_KILL
    jz .Lsigtramp_nokill
    mov edi, ebx
    call runtime.dieFromSignal
.Lsigtramp_nokill:
    # Go: if flags&(_SigThrow|_SigPanic) == 0 { return }: notify-only signals are ignored
    test r14d, SIGF_THROWPANIC
    jnz .Lsigtramp_fatal
    pop r15
    pop r14
    pop r13
    pop r12
    pop rbx
    ret
.Lsigtramp_fatal:
    mov edi, ebx
    mov rsi, r12
    mov rdx, r13
    call runtime.fatalsignal
    call runtime.abort
    int3                            # not reached; ends the chunk (dead code: docs/ABI.md)

# runtime.sigsave(sig rdi, info rsi, ctx rdx): Go: gp.sig, gp.sigcode0, gp.sigcode1,
# gp.sigpc = sig, info.si_code, info.si_addr, ctx.rip (one M: kept in runtime.sig_*),
# for the "[signal …]" line of the panic or throw that follows.
runtime.sigsave:
    mov dword ptr [rip + runtime.sig_sig], edi
    movsxd rax, dword ptr [rsi + si_code]
    mov qword ptr [rip + runtime.sig_code], rax
    mov rax, qword ptr [rsi + si_addr]
    mov qword ptr [rip + runtime.sig_addr], rax
    mov rax, qword ptr [rdx + uc_rip]
    mov qword ptr [rip + runtime.sig_pc], rax
    ret

# runtime.sigpanic(sig rdi, info rsi, ctx rdx): a fault on the running goroutine g.
# Returns only when the fault is none of Go's sigpanic cases.
runtime.sigpanic:
    push rbx
    push r12
    push r13
    push r14
    push r15
    mov ebx, edi
    mov r12, rsi
    mov r13, rdx
    call runtime.sigsave
    mov r14, qword ptr fs:[0xfffffffffffffff8]    # g
    mov r15, qword ptr [r12 + si_addr]            # the fault address
    cmp ebx, SIGFPE
    je .Lsigpanic_fpe
    # Stack overflow: g has a guard page, and the fault hit it, or sp is below stack.lo
    # (a frame that skipped over the guard page). Go finds this in morestack/newstack
    # before the stack runs out; here the guard page tells.
    mov rcx, qword ptr [r14 + g_guard]
    test rcx, rcx
    jz .Lsigpanic_fault
    mov rdx, qword ptr [r14 + g_stack_lo]
    cmp r15, rcx
    jb .Lsigpanic_sp
    cmp r15, rdx
    jb .Lsigpanic_overflow
.Lsigpanic_sp:
    mov rax, qword ptr [r13 + uc_rsp]
    cmp rax, rdx
    jae .Lsigpanic_fault
    sub rcx, STACK_SIZE
    cmp rax, rcx
    jb .Lsigpanic_fault
.Lsigpanic_overflow:
    # Go's newstack: print("runtime: goroutine stack exceeds ", maxstacksize, "-byte limit\n");
    # print("runtime: sp=", hex(sp), " stack=[", hex(gp.stack.lo), ", ", hex(gp.stack.hi), "]\n");
    # throw("stack overflow") (on g0: "runtime stack:", then the goroutine).
    mov dword ptr [rip + runtime.sig_sig], 0x0    # newstack's throw has no signal line
    call runtime.startpanic
    lea rdi, [rip + runtime.str_stack_exceeds]
    call runtime.prints
    mov rdi, qword ptr [rip + runtime.maxstacksize]
    call runtime.printu
    lea rdi, [rip + runtime.str_byte_limit]
    call runtime.prints
    lea rdi, [rip + runtime.str_sp]
    call runtime.prints
    mov rdi, qword ptr [r13 + uc_rsp]
    call runtime.printx
    lea rdi, [rip + runtime.str_stack_lo]
    call runtime.prints
    mov rdi, qword ptr [r14 + g_stack_lo]
    call runtime.printx
    lea rdi, [rip + runtime.str_comma]
    call runtime.prints
    mov rdi, qword ptr [r14 + g_stack_hi]
    call runtime.printx
    lea rdi, [rip + runtime.str_stack_hi]
    call runtime.prints
    lea rdi, [rip + runtime.msg_stack_overflow]
    mov esi, 0x1
    call runtime.fatalthrowc
.Lsigpanic_fault:
    # Go: if !canpanic() { throw("unexpected signal during runtime execution") }: a
    # goroutine inside printlock (Go: mp.locks != 0) cannot panic.
    mov rcx, qword ptr [r14 + g_m]
    cmp qword ptr [rcx + m_printlock], 0x0
    je .Lsigpanic_canpanic
    lea rdi, [rip + runtime.msg_unexpected_signal]
    call runtime.throwc
.Lsigpanic_canpanic:
    mov eax, dword ptr [r12 + si_code]
    cmp r15, 0x1000
    jae .Lsigpanic_addr
    cmp ebx, SIGBUS
    jne .Lsigpanic_segv
    # Go: SIGBUS: if sigcode0 == _BUS_ADRERR && sigcode1 < 0x1000 { panicmem() }
    cmp eax, BUS_ADRERR
    je .Lsigpanic_mem
    jmp .Lsigpanic_addr
.Lsigpanic_segv:
    # Go: SIGSEGV: if (sigcode0 == 0 || _SEGV_MAPERR || _SEGV_ACCERR) && sigcode1 < 0x1000 { panicmem() }
    cmp eax, SEGV_ACCERR
    ja .Lsigpanic_addr
.Lsigpanic_mem:
    lea rdi, [rip + runtime.str_nilderef]
    jmp .Lsigpanic_go
.Lsigpanic_addr:
    # Go: print("unexpected fault address ", hex(gp.sigcode1), "\n"); throw("fault")
    call runtime.startpanic
    lea rdi, [rip + runtime.str_unexpected_fault]
    call runtime.prints
    mov rdi, r15
    call runtime.printx
    call runtime.printnl_rdi
    lea rdi, [rip + runtime.msg_fault]
    xor esi, esi
    call runtime.fatalthrowc
.Lsigpanic_fpe:
    # Go: _FPE_INTDIV: panicdivide(); _FPE_INTOVF: panicoverflow(); else panicfloat()
    mov eax, dword ptr [r12 + si_code]
    lea rdi, [rip + runtime.str_divide]
    cmp eax, FPE_INTDIV
    je .Lsigpanic_fpe_go
    lea rdi, [rip + runtime.str_overflow]
    cmp eax, FPE_INTOVF
    je .Lsigpanic_fpe_go
    lea rdi, [rip + runtime.str_float]
.Lsigpanic_fpe_go:
    jmp .Lsigpanic_go
.Lsigpanic_go:
    # The panic (message rdi). Without deferred calls it ends here; with some, Go's way
    # (sigctxt.preparePanic): the goroutine is made to call runtime.sigpanic0 at the
    # faulting pc, and the handler returns (eax 1: resume), so that the deferred calls run
    # on the goroutine's stack with the signal unblocked, before the message is printed.
    cmp qword ptr [r14 + g__defer], 0x0
    jne .Lsigpanic_inject
    call runtime.fatalpanic_signal
.Lsigpanic_inject:
    mov rax, qword ptr [r13 + uc_rsp]
    sub rax, 0x8
    mov rcx, qword ptr [r13 + uc_rip]
    mov qword ptr [rax], rcx        # the faulting pc, as the return address of a call
    mov qword ptr [r13 + uc_rsp], rax
    lea rcx, [rip + runtime.sigpanic0]
    mov qword ptr [r13 + uc_rip], rcx
    mov qword ptr [r13 + uc_rdi], rdi
    mov eax, 0x1
    pop r15
    pop r14
    pop r13
    pop r12
    pop rbx
    ret

# runtime.sigpanic0(msg rdi): the panic of a fault, on the goroutine's stack (where the
# signal handler made it continue): runtime.fatalpanic runs the deferred calls, then prints
# the message and the "[signal …]" line the handler saved.
runtime.sigpanic0:
    jmp runtime.fatalpanic

# runtime.fatalsignal(sig rdi, info rsi, ctx rdx): Go's fatal signal path in sighandler:
# fatalsignal prints the signal's name and "PC=… m=… sigcode=…" (with " addr=…" for
# SIGSEGV and SIGBUS, and the instruction bytes for SIGILL and SIGFPE), then the
# goroutine header and dumpregs; exit(2). Never returns.
runtime.fatalsignal:
    mov ebx, edi
    mov r12, rsi
    mov r13, rdx
    call runtime.startpanic
    lea rdi, [rip + runtime.str_signal_n]
    cmp ebx, NSIG
    jae .Lfatalsig_noname
    lea rax, [rip + runtime.signames]
    mov rcx, qword ptr [rax + rbx*0x8]
    test rcx, rcx
    jz .Lfatalsig_noname
    mov rdi, rcx
    call runtime.prints
    jmp .Lfatalsig_named
.Lfatalsig_noname:
    call runtime.prints
    mov edi, ebx
    call runtime.printu
.Lfatalsig_named:
    call runtime.printnl_rdi
    lea rdi, [rip + runtime.str_pc]
    call runtime.prints
    mov rdi, qword ptr [r13 + uc_rip]
    call runtime.printx
    lea rdi, [rip + runtime.str_m]
    call runtime.prints
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rcx, qword ptr [rcx + g_m]
    mov rdi, qword ptr [rcx + m_id]
    call runtime.printu
    lea rdi, [rip + runtime.str_sigcode]
    call runtime.prints
    movsxd rdi, dword ptr [r12 + si_code]
    call runtime.printi
    cmp ebx, SIGSEGV
    je .Lfatalsig_addr
    cmp ebx, SIGBUS
    jne .Lfatalsig_noaddr
.Lfatalsig_addr:
    lea rdi, [rip + runtime.str_addr]
    call runtime.prints
    mov rdi, qword ptr [r12 + si_addr]
    call runtime.printx
.Lfatalsig_noaddr:
    call runtime.printnl_rdi
    cmp ebx, SIGILL
    je .Lfatalsig_bytes
    cmp ebx, SIGFPE
    jne .Lfatalsig_header
.Lfatalsig_bytes:
    # Go: 16 bytes at PC, but not past the end of PC's page.
    lea rdi, [rip + runtime.str_instbytes]
    call runtime.prints
    mov r14, qword ptr [r13 + uc_rip]
    mov rax, qword ptr [rip + runtime.physPageSize]
    sub rax, 0x1
    mov rcx, r14
    and rcx, rax
    lea r15, [rax + 0x1]
    sub r15, rcx                                  # bytes to the end of the page
    cmp r15, 0x10
    jbe .Lfatalsig_byte
    mov r15d, 0x10
.Lfatalsig_byte:
    test r15, r15
    jz .Lfatalsig_bytes_done
    lea rdi, [rip + runtime.str_space]
    mov esi, 0x1
    call runtime.gwrite_rdi
    movzx edi, byte ptr [r14]
    call runtime.printx
    add r14, 0x1
    sub r15, 0x1
    jmp .Lfatalsig_byte
.Lfatalsig_bytes_done:
    call runtime.printnl_rdi
.Lfatalsig_header:
    # Go: goroutineheader(gp); tracebacktrap(...); tracebackothers(gp); print("\n"); dumpregs(c)
    call runtime.printnl_rdi
    mov rdi, qword ptr fs:[0xfffffffffffffff8]
    call runtime.goroutineheader
    call runtime.printnl_rdi
    call runtime.dumpregs
    call runtime.printflush
    mov eax, 0x2
    call runtime.exit
    call runtime.abort
    int3                            # not reached; ends the chunk (dead code: docs/ABI.md)

# runtime.dumpregs(ctx r13): Go's dumpregs (signal_amd64.go): every register of the
# interrupted context, "name   0x…" per line. Clobbers rbx, r14.
runtime.dumpregs:
    push r12
    lea rbx, [rip + runtime.regnames]
    lea r14, [rip + runtime.regoffsets]
.Ldumpregs_next:
    movzx r12d, byte ptr [r14]
    test r12d, r12d
    jz .Ldumpregs_done
    mov rdi, rbx
    mov esi, 0x7
    call runtime.gwrite_rdi
    mov rdi, qword ptr [r13 + r12]
    cmp r12d, uc_csgsfs
    jb .Ldumpregs_print
    # cs, gs and fs share one word: cs in bits 0-15, gs 16-31, fs 32-47
    movzx ecx, byte ptr [r14 + 0x1]
    shr rdi, cl
    and edi, 0xffff
.Ldumpregs_print:
    call runtime.printx
    call runtime.printnl_rdi
    add rbx, 0x7
    add r14, 0x2
    jmp .Ldumpregs_next
.Ldumpregs_done:
    pop r12
    ret

# runtime.dieFromSignal(sig rdi): Go's dieFromSignal: unblock sig, restore the default
# action and raise it on this thread, so that the process ends killed by sig; exit(2)
# if it is still alive.
runtime.dieFromSignal:
    push rbx
    sub rsp, 0x20
    mov ebx, edi
    # Go: setsig(sig, _SIG_DFL) -> sysSigaction(sig, &sa, nil)
    mov qword ptr [rsp + sa_handler], SIG_DFL
    mov qword ptr [rsp + sa_flags], SA_GO
    lea rax, [rip + runtime.sigreturn__sigaction]
    mov qword ptr [rsp + sa_restorer], rax
    mov qword ptr [rsp + sa_mask], 0x0
    mov edi, ebx
    mov rsi, rsp
    xor edx, edx
    call runtime.sysSigaction
    # Go: unblocksig(sig)
    lea ecx, [rbx - 0x1]
    mov eax, 0x1
    shl rax, cl
    mov qword ptr [rsp], rax
    mov edi, SIG_UNBLOCK
    mov rsi, rsp
    xor edx, edx
    mov r10d, SIGSET_SIZE
    mov eax, SYS_rt_sigprocmask
    syscall
    # Go: raise(sig): tgkill(getpid(), gettid(), sig)
    mov eax, SYS_getpid
    syscall
    mov qword ptr [rsp + 0x8], rax
    mov eax, SYS_gettid
    syscall
    mov rsi, rax
    mov rdi, qword ptr [rsp + 0x8]
    mov edx, ebx
    mov eax, SYS_tgkill
    syscall
    mov eax, 0x2
    call runtime.exit
    call runtime.abort

.section .rodata
# Go's sigtable flags for signals 0..64 (sigtab_linux_generic.go), as SIGF_* bits.
runtime.sigtable:
    .byte 0x10, 0x3, 0x3, 0x5, 0x4, 0x4, 0x5, 0x8     # 0 SIGNONE, HUP, INT, QUIT, ILL, TRAP, ABRT, BUS
    .byte 0x8, 0x10, 0x1, 0x8, 0x1, 0x1, 0x1, 0x3     # FPE, KILL, USR1, SEGV, USR2, PIPE, ALRM, TERM
    .byte 0x4, 0x1, 0x10, 0x10, 0x10, 0x10, 0x10, 0x1 # STKFLT, CHLD, CONT, STOP, TSTP, TTIN, TTOU, URG
    .byte 0x1, 0x1, 0x1, 0x1, 0x1, 0x1, 0x1, 0x4      # XCPU, XFSZ, VTALRM, PROF, WINCH, IO, PWR, SYS
    .byte 0x10, 0x1, 0x10, 0x1, 0x1, 0x1, 0x1, 0x1    # 32, 33 (sigPerThreadSyscall), 34, 35..39
    .byte 0x1, 0x1, 0x1, 0x1, 0x1, 0x1, 0x1, 0x1      # 40..47
    .byte 0x1, 0x1, 0x1, 0x1, 0x1, 0x1, 0x1, 0x1      # 48..55
    .byte 0x1, 0x1, 0x1, 0x1, 0x1, 0x1, 0x1, 0x1      # 56..63
    .byte 0x1                                         # 64
.p2align 0x3
# The names fatalsignal and the "[signal …]" line print (Go's sigtable names); 0: "signal N".
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
runtime.str_signal_n:
    .ascii "Signal "
    .byte 0x0
runtime.str_pc:
    .ascii "PC="
    .byte 0x0
runtime.str_m:
    .ascii " m="
    .byte 0x0
runtime.str_sigcode:
    .ascii " sigcode="
    .byte 0x0
runtime.str_addr:
    .ascii " addr="
    .byte 0x0
runtime.str_instbytes:
    .ascii "instruction bytes:"
    .byte 0x0
runtime.str_stack_exceeds:
    .ascii "runtime: goroutine stack exceeds "
    .byte 0x0
runtime.str_byte_limit:
    .ascii "-byte limit"
    .byte 0xa, 0x0
runtime.str_sp:
    .ascii "runtime: sp="
    .byte 0x0
runtime.str_stack_lo:
    .ascii " stack=["
    .byte 0x0
runtime.str_comma:
    .ascii ", "
    .byte 0x0
runtime.str_stack_hi:
    .ascii "]"
    .byte 0xa, 0x0
runtime.str_unexpected_fault:
    .ascii "unexpected fault address "
    .byte 0x0
runtime.msg_stack_overflow:
    .ascii "stack overflow"
    .byte 0x0
runtime.msg_fault:
    .ascii "fault"
    .byte 0x0
runtime.msg_unexpected_signal:
    .ascii "unexpected signal during runtime execution"
    .byte 0x0
runtime.msg_sigaltstack:
    .ascii "sigaltstack failed"
    .byte 0x0
runtime.msg_sigaction:
    .ascii "sigaction failed"
    .byte 0x0
runtime.str_nilderef:
    .ascii "panic: runtime error: invalid memory address or nil pointer dereference"
    .byte 0xa, 0x0
runtime.str_overflow:
    .ascii "panic: runtime error: integer overflow"
    .byte 0xa, 0x0
runtime.str_float:
    .ascii "panic: runtime error: floating point error"
    .byte 0xa, 0x0
# dumpregs: 7-character names, and per register its ucontext offset (a byte) and, for
# the segment selectors, the shift within uc_csgsfs (a byte); a 0 offset ends the list.
runtime.regnames:
    .ascii "rax    rbx    rcx    rdx    rdi    rsi    rbp    rsp    "
    .ascii "r8     r9     r10    r11    r12    r13    r14    r15    "
    .ascii "rip    rflags cs     fs     gs     "
runtime.regoffsets:
    .byte 0x90, 0x0, 0x80, 0x0, 0x98, 0x0, 0x88, 0x0, 0x68, 0x0, 0x70, 0x0, 0x78, 0x0, 0xa0, 0x0
    .byte 0x28, 0x0, 0x30, 0x0, 0x38, 0x0, 0x40, 0x0, 0x48, 0x0, 0x50, 0x0, 0x58, 0x0, 0x60, 0x0
    .byte 0xa8, 0x0, 0xb0, 0x0, 0xb8, 0x0, 0xb8, 0x20, 0xb8, 0x10, 0x0, 0x0

.bss
.p2align 0x3
runtime.sig_sig:
    .skip 0x8
runtime.sig_code:
    .skip 0x8
runtime.sig_addr:
    .skip 0x8
runtime.sig_pc:
    .skip 0x8
