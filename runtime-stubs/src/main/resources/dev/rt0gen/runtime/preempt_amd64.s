# preempt_amd64.s: Go's runtime/preempt_amd64.s, asyncPreempt; and preemptret.

.text

# runtime.asyncPreempt: the call that the signal handler (doSigPreempt) makes a goroutine
# make at the instruction where SIGURG interrupted it, on its own stack. Go: saves the flags
# and every register the compiled code may hold (general and X registers), then
# asyncPreempt2: mcall(gopreempt_m), so that the goroutine goes to the global run queue;
# when it runs again (gogo: mcall returns) it restores them all and returns to the
# interrupted instruction. rsp has no known alignment here: the frame is aligned below rbp.
runtime.asyncPreempt:
    pushfq
    push rbp
    mov rbp, rsp
    and rsp, 0xfffffffffffffff0
    sub rsp, 0x180
    mov qword ptr [rsp], rax
    mov qword ptr [rsp + 0x8], rbx
    mov qword ptr [rsp + 0x10], rcx
    mov qword ptr [rsp + 0x18], rdx
    mov qword ptr [rsp + 0x20], rsi
    mov qword ptr [rsp + 0x28], rdi
    mov qword ptr [rsp + 0x30], r8
    mov qword ptr [rsp + 0x38], r9
    mov qword ptr [rsp + 0x40], r10
    mov qword ptr [rsp + 0x48], r11
    mov qword ptr [rsp + 0x50], r12
    mov qword ptr [rsp + 0x58], r13
    mov qword ptr [rsp + 0x60], r14
    mov qword ptr [rsp + 0x68], r15
    movups xmmword ptr [rsp + 0x80], xmm0
    movups xmmword ptr [rsp + 0x90], xmm1
    movups xmmword ptr [rsp + 0xa0], xmm2
    movups xmmword ptr [rsp + 0xb0], xmm3
    movups xmmword ptr [rsp + 0xc0], xmm4
    movups xmmword ptr [rsp + 0xd0], xmm5
    movups xmmword ptr [rsp + 0xe0], xmm6
    movups xmmword ptr [rsp + 0xf0], xmm7
    movups xmmword ptr [rsp + 0x100], xmm8
    movups xmmword ptr [rsp + 0x110], xmm9
    movups xmmword ptr [rsp + 0x120], xmm10
    movups xmmword ptr [rsp + 0x130], xmm11
    movups xmmword ptr [rsp + 0x140], xmm12
    movups xmmword ptr [rsp + 0x150], xmm13
    movups xmmword ptr [rsp + 0x160], xmm14
    movups xmmword ptr [rsp + 0x170], xmm15
    lea rax, [rip + runtime.gopreempt_m$fv]
    call runtime.mcall
    movups xmm15, xmmword ptr [rsp + 0x170]
    movups xmm14, xmmword ptr [rsp + 0x160]
    movups xmm13, xmmword ptr [rsp + 0x150]
    movups xmm12, xmmword ptr [rsp + 0x140]
    movups xmm11, xmmword ptr [rsp + 0x130]
    movups xmm10, xmmword ptr [rsp + 0x120]
    movups xmm9, xmmword ptr [rsp + 0x110]
    movups xmm8, xmmword ptr [rsp + 0x100]
    movups xmm7, xmmword ptr [rsp + 0xf0]
    movups xmm6, xmmword ptr [rsp + 0xe0]
    movups xmm5, xmmword ptr [rsp + 0xd0]
    movups xmm4, xmmword ptr [rsp + 0xc0]
    movups xmm3, xmmword ptr [rsp + 0xb0]
    movups xmm2, xmmword ptr [rsp + 0xa0]
    movups xmm1, xmmword ptr [rsp + 0x90]
    movups xmm0, xmmword ptr [rsp + 0x80]
    mov r15, qword ptr [rsp + 0x68]
    mov r14, qword ptr [rsp + 0x60]
    mov r13, qword ptr [rsp + 0x58]
    mov r12, qword ptr [rsp + 0x50]
    mov r11, qword ptr [rsp + 0x48]
    mov r10, qword ptr [rsp + 0x40]
    mov r9, qword ptr [rsp + 0x38]
    mov r8, qword ptr [rsp + 0x30]
    mov rdi, qword ptr [rsp + 0x28]
    mov rsi, qword ptr [rsp + 0x20]
    mov rdx, qword ptr [rsp + 0x18]
    mov rcx, qword ptr [rsp + 0x10]
    mov rbx, qword ptr [rsp + 0x8]
    mov rax, qword ptr [rsp]
    mov rsp, rbp
    pop rbp
    popfq
    ret

# runtime.preemptret: where a runtime function returns to the program when preemptAtReturn
# (preempt.go) took its return: the original return address back in place of its own (from
# g.preemptret, then cleared), and unless the M is in a print statement or holds a lock
# (canPreemptM), asyncPreempt, which yields and then returns there; else straight there.
# Results in registers are kept.
runtime.preemptret:
    sub rsp, 0x8
    push rcx
    push rdx
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rdx, qword ptr [rcx + g_preemptret]
    mov qword ptr [rsp + 0x10], rdx
    mov qword ptr [rcx + g_preemptret], 0x0
    mov rcx, qword ptr [rcx + g_m]
    mov rdx, qword ptr [rcx + m_printlock]
    or rdx, qword ptr [rcx + m_locks]
    pop rdx
    pop rcx
    jnz .Lpreemptret_print
    jmp runtime.asyncPreempt
.Lpreemptret_print:
    ret

.section .rodata
.p2align 0x3
# gopreempt_m as a func value (mcall takes one: a pointer to the word with the code address).
runtime.gopreempt_m$fv:
    .quad runtime.gopreempt_m
