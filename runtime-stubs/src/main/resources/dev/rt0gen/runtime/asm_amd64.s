# asm_amd64.s: bootstrap (rt0_go) and the stack-switching primitives
# (gogo, mcall, morestack, goexit), named as in Go's runtime/asm_amd64.s.

.text

# runtime.rt0_go(argc rdi, argv rsi): the first Go-runtime code to run, on the OS stack.
runtime.rt0_go:
    # Go: copy arguments forward on an even stack (SUBQ $(5*8), SP, ANDQ $~15, SP,
    # argc at 24(SP), argv at 32(SP)). Here: the same frame, argc/argv kept at
    # [rsp + 0x18] and [rsp + 0x20], rsp 16-aligned.
    mov rax, rdi
    mov rbx, rsi
    sub rsp, 0x28
    and rsp, 0xfffffffffffffff0
    mov qword ptr [rsp + 0x18], rax
    mov qword ptr [rsp + 0x20], rbx

    # Go: create istack out of the given (operating system) stack: g0's stack is the
    # top 64 KiB of the OS stack, stack.hi = SP, stack.lo = SP - 64 KiB, and the stack
    # checks of the functions g0 runs compare with stackguard0 = lo + stackGuard.
    lea rdi, [rip + runtime.g0]
    mov rbx, rsp
    sub rbx, G0_STACK_SIZE
    mov qword ptr [rdi + g_stack_lo], rbx
    mov qword ptr [rdi + g_stack_hi], rsp
    add rbx, const_stackGuard
    mov qword ptr [rdi + g_stackguard0], rbx

    # Go: LEAQ runtime.m0+m_tls(SB), DI, CALL runtime.settls: arch_prctl(ARCH_SET_FS,
    # &m0.tls[1]) so that fs:[-8] is m0.tls[0], the slot holding the current g.
    lea r11, [rip + runtime.m0]
    lea rdi, [r11 + m_tls]
    call runtime.settls

    # Go: store through it, to make sure it works (0x123 must come back in m0.tls[0]).
    mov rcx, 0x123
    mov qword ptr fs:[0xfffffffffffffff8], rcx
    lea r11, [rip + runtime.m0]
    mov rax, qword ptr [r11 + m_tls]
    cmp rax, 0x123
    je .Ltls_ok
    call runtime.abort
.Ltls_ok:
    # Go: set the per-goroutine and per-mach "registers": g = &g0, m0.g0 = &g0, g0.m = &m0.
    lea rcx, [rip + runtime.g0]
    mov qword ptr fs:[0xfffffffffffffff8], rcx
    lea rax, [rip + runtime.m0]
    mov qword ptr [rax + m_g0], rcx
    mov qword ptr [rcx + g_m], rax
    cld                            # Go: convention is D is always left cleared

    # Go: MOVL 24(SP), AX, MOVL AX, 0(SP), MOVQ 32(SP), AX, MOVQ AX, 8(SP), CALL runtime.args.
    # Here args(argc, argv) is os_linux.go's, with the register ABI: RAX argc, RBX argv.
    mov rax, qword ptr [rsp + 0x18]
    mov rbx, qword ptr [rsp + 0x20]
    call runtime.args
    call runtime.osinit
    call runtime.schedinit

    # Go: create a new goroutine to start program: PUSHQ $runtime.mainPC, CALL runtime.newproc.
    # Here newproc(fn, nargbytes) (docs/ABI.md): fn = runtime.main, no argument bytes.
    mov rax, qword ptr [rip + runtime.mainPC]
    mov qword ptr [rsp], rax
    mov qword ptr [rsp + 0x8], 0x0
    call runtime.newproc
    cmp byte ptr [rip + runtime.rt0trace], 0x0
    je .Lrt0_mstart
    call runtime.traceNewprocMain                # rt0trace.go (Go code: nothing is kept across it)
.Lrt0_mstart:

    # Go: start this M. mstart never returns.
    call runtime.mstart

    # Go: CALL runtime.abort; here the old 0xf1 crash guard: a store to address 0xf1.
    xor eax, eax
    mov dword ptr [rax + 0xf1], 0xf1
    ret

# runtime.abort: Go's INT $3 loop; never returns.
runtime.abort:
    int3
    jmp runtime.abort

# runtime.gogo(gp RAX): restore gp's saved context (gobuf) and continue it (proc.go's execute
# calls it). Go: gogo(buf *gobuf) sets g, loads SP and BP, clears the gobuf and jumps to PC.
runtime.gogo:
    mov rdi, rax
    mov qword ptr fs:[0xfffffffffffffff8], rdi
    mov rsp, qword ptr [rdi + g_sched_sp]
    mov rbp, qword ptr [rdi + g_sched_bp]
    mov rax, qword ptr [rdi + g_sched_pc]
    mov qword ptr [rdi + g_sched_sp], 0x0
    mov qword ptr [rdi + g_sched_bp], 0x0
    mov qword ptr [rdi + g_sched_pc], 0x0
    jmp rax

# runtime.mcall(fn RAX): switch to m.g0's stack and call fn(gp), gp being the goroutine that
# called mcall; fn is a func value (a closure: its first word is the code address) and gets
# gp in RAX (and the closure in RDX), Go's register ABI. fn must not return (it schedules).
# Go: saves the caller's PC, SP (as after the return) and BP in g.sched, so that a
# later gogo(gp) looks like mcall returning; then switches to g0 and calls fn.
runtime.mcall:
    mov rdx, rax                               # fn
    mov rdi, qword ptr fs:[0xfffffffffffffff8] # gp
    mov rbx, qword ptr [rsp]                   # caller's PC
    mov qword ptr [rdi + g_sched_pc], rbx
    lea rbx, [rsp + 0x8]                       # caller's SP
    mov qword ptr [rdi + g_sched_sp], rbx
    mov qword ptr [rdi + g_sched_bp], rbp
    # switch to m.g0 and its stack (g0.sched.sp, set by mstart)
    mov rbx, qword ptr [rdi + g_m]
    mov rsi, qword ptr [rbx + m_g0]
    cmp rsi, rdi
    jne .Lmcall_switch
    lea rdi, [rip + runtime.msg_mcall_g0]
    call runtime.throwc
.Lmcall_switch:
    mov qword ptr fs:[0xfffffffffffffff8], rsi
    mov rsp, qword ptr [rsi + g_sched_sp]
    and rsp, 0xfffffffffffffff0
    xor ebp, ebp
    mov rax, rdi
    call qword ptr [rdx]
    lea rdi, [rip + runtime.msg_mcall_ret]
    call runtime.throwc
    int3                            # not reached; ends the chunk (dead code: docs/ABI.md)

# runtime.morestack: a function's stack check found its frame too big for the stack left
# above g.stackguard0 (or stackguard0 was stackPreempt). The back end's stub at the end of the
# function has pushed the function's register arguments and called this; the function has
# no frame yet. Go: morestack records f's context in g.sched (pc: the stub's return address,
# where it pops the arguments and enters f again; sp: as after that return; bp), switches to
# g0 and calls newstack (stack.go), which resumes g.sched on the new stack, never returning.
# A runtime function's stub has put in r13 the number of words it pushed: newstack's
# argument (the program's functions' stubs leave r13 as it was: newstack does not read it).
runtime.morestack:
    mov rdi, qword ptr fs:[0xfffffffffffffff8] # gp
    mov rbx, qword ptr [rdi + g_m]
    mov rsi, qword ptr [rbx + m_g0]
    cmp rsi, rdi
    jne .Lmorestack_notg0
    call runtime.abort                         # Go: "morestack on g0", abort
.Lmorestack_notg0:
    mov rcx, qword ptr [rsp]
    mov qword ptr [rdi + g_sched_pc], rcx
    lea rcx, [rsp + 0x8]
    mov qword ptr [rdi + g_sched_sp], rcx
    mov qword ptr [rdi + g_sched_bp], rbp
    mov qword ptr fs:[0xfffffffffffffff8], rsi
    mov rsp, qword ptr [rsi + g_sched_sp]
    and rsp, 0xfffffffffffffff0
    xor ebp, ebp
    mov rax, r13
    call runtime.newstack
    call runtime.abort
    int3                            # not reached; ends the chunk (dead code: docs/ABI.md)

# runtime.mstart(): Go: mstart (asm) -> mstart0 -> mstart1 -> schedule, never returning.
# Go's mstart1 records g0's context (sched.pc/sp = its caller's, getcallerpc/getcallersp), so
# that mcall switches to this point of the g0 stack; here mstart records it (its return
# address into rt0_go, the stack pointer at it) and calls proc.go's mstart1 (minit, mstartm0,
# trace, schedule).
runtime.mstart:
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rax, qword ptr [rsp]
    mov qword ptr [rcx + g_sched_pc], rax
    mov qword ptr [rcx + g_sched_sp], rsp
    mov qword ptr [rcx + g_sched_bp], 0x0
    sub rsp, 0x8
    call runtime.mstart1
    call runtime.abort
    int3                            # not reached; ends the chunk (dead code: docs/ABI.md)

# runtime.goexit: the return address at the top of every goroutine's stack.
# newproc1 stores goexit+1 (after the NOP) as fn's return address, as Go's
# gostartcallfn does (goexit + PCQuantum), so returning from fn calls goexit1 (proc.go:
# mcall(goexit0)).
runtime.goexit:
    nop
    call runtime.goexit1
    int3                            # not reached; ends the chunk (dead code: docs/ABI.md)

# runtime.databounds() → (rax, rbx): the start of this part's .data and the end of its .bss
# (the linker's markers go..data and go..end): the runtime's globals, which the collector
# scans (mgc.go).
runtime.databounds:
    lea rax, [rip + go..data]
    lea rbx, [rip + go..end]
    ret

# runtime.textbounds() → (rax, rbx): the start and end of this part's .text (the linker's
# markers go..text and go..etext): where the collector may read a stack map at a return
# address (mgc.go's scanstack).
runtime.textbounds:
    lea rax, [rip + go..text]
    lea rbx, [rip + go..etext]
    ret

# runtime.getg() → rax: the current g (internal; Go's compiler intrinsic).
# (rax never moves to or from an absolute fs: operand: docs/ABI.md.)
runtime.getg:
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rax, rcx
    ret

# runtime.float64bits(f X0) → RAX, runtime.float64frombits(b RAX) → X0 (float.go declares
# them): Go's are Go, reading f through unsafe.Pointer(&f), which would move f to the heap in
# rt0gen's runtime code (no escape analysis yet).
runtime.float64bits:
    movq rax, xmm0
    ret

runtime.float64frombits:
    movq xmm0, rax
    ret

# runtime.cputicks() → rax: the time stamp counter (Go's cputicks, RDTSC; rand.go seeds with it).
runtime.cputicks:
    rdtsc
    shl rdx, 0x20
    or rax, rdx
    ret

# runtime.breakpoint(): Go's breakpoint, INT3 (mgc.go's Breakpoint calls it).
runtime.breakpoint:
    int3
    ret

.section .rodata
runtime.mainPC:
    .quad runtime.main
runtime.msg_mcall_g0:
    .ascii "runtime: mcall called on m->g0 stack"
    .byte 0x0
runtime.msg_mcall_ret:
    .ascii "runtime: mcall function returned"
    .byte 0x0

# runtime.procyield(cycles uint32): Go's, PAUSE cycles times (a spinning lock's wait,
# lock_futex.go).
runtime.procyield:
    mov ecx, eax
.Lprocyield_again:
    pause
    dec ecx
    jnz .Lprocyield_again
    ret
