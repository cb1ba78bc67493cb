# rt0trace.s: RT0TRACE=1, rt0gen's own start-up trace (not in Go), for people learning
# how Go starts: one line per bootstrap step on fd 2, in bootstrap order, with the
# values read from the runtime's state at that moment. Lines start with "rt0: STEP:".

.text

# runtime.tracef(fmt rdi, args rsi): print the NUL-terminated fmt under printlock,
# replacing %d (signed decimal), %x (0x hex), %s (a C string) and %S (a Go string:
# two words, ptr and len) with the words at args[0], args[1], ...
runtime.tracef:
    push rbx
    push r12
    push r13
    push rdi
    push rsi
    call runtime.printlock                       # Go: keeps no register
    pop r13
    pop r12
.Ltracef_next:
    mov rbx, r12
.Ltracef_scan:
    movzx eax, byte ptr [r12]
    test al, al
    jz .Ltracef_flush
    cmp al, 0x25                     # '%'
    je .Ltracef_flush
    add r12, 0x1
    jmp .Ltracef_scan
.Ltracef_flush:
    mov rdi, rbx
    mov rsi, r12
    sub rsi, rbx
    call runtime.gwrite_rdi
    movzx eax, byte ptr [r12]
    test al, al
    jz .Ltracef_done
    movzx eax, byte ptr [r12 + 0x1]
    add r12, 0x2
    mov rdi, qword ptr [r13]
    add r13, 0x8
    cmp al, 0x64                     # 'd'
    jne .Ltracef_not_d
    call runtime.printi
    jmp .Ltracef_next
.Ltracef_not_d:
    cmp al, 0x78                     # 'x'
    jne .Ltracef_not_x
    call runtime.printx
    jmp .Ltracef_next
.Ltracef_not_x:
    cmp al, 0x73                     # 's'
    jne .Ltracef_not_s
    call runtime.prints
    jmp .Ltracef_next
.Ltracef_not_s:
    mov rsi, qword ptr [r13]         # 'S'
    add r13, 0x8
    call runtime.gwrite_rdi
    jmp .Ltracef_next
.Ltracef_done:
    call runtime.printunlock
    pop r13
    pop r12
    pop rbx
    ret

# rt0_go's work, reported from args (the first step that can read the environment).
runtime.trace_rt0go:
    sub rsp, 0x38
    lea rax, [rip + runtime.g0]
    mov qword ptr [rsp], rax
    mov rcx, qword ptr [rax + g_stack_lo]
    mov qword ptr [rsp + 0x8], rcx
    mov rcx, qword ptr [rax + g_stack_hi]
    mov qword ptr [rsp + 0x10], rcx
    lea rax, [rip + runtime.m0]
    mov qword ptr [rsp + 0x18], rax
    lea rcx, [rax + m_tls]
    add rcx, 0x8                     # the FS base: &m0.tls[1]
    mov qword ptr [rsp + 0x20], rcx
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov qword ptr [rsp + 0x28], rcx
    lea rdi, [rip + runtime.fmt_rt0go]
    mov rsi, rsp
    call runtime.tracef
    add rsp, 0x38
    ret

runtime.trace_args:
    sub rsp, 0x38
    mov rax, qword ptr [rip + runtime.argc]
    mov qword ptr [rsp], rax
    mov rax, qword ptr [rip + runtime.argv]
    mov qword ptr [rsp + 0x8], rax
    mov rax, qword ptr [rip + runtime.envc]
    mov qword ptr [rsp + 0x10], rax
    mov rax, qword ptr [rip + runtime.auxv]
    mov qword ptr [rsp + 0x18], rax
    mov rax, qword ptr [rip + runtime.physPageSize]
    mov qword ptr [rsp + 0x20], rax
    mov rax, qword ptr [rip + runtime.startupRand]
    mov qword ptr [rsp + 0x28], rax
    lea rdi, [rip + runtime.fmt_args]
    mov rsi, rsp
    call runtime.tracef
    add rsp, 0x38
    ret

runtime.trace_osinit:
    sub rsp, 0x18
    mov rax, qword ptr [rip + runtime.ncpu]
    mov qword ptr [rsp], rax
    mov rax, qword ptr [rip + runtime.physPageSize]
    mov qword ptr [rsp + 0x8], rax
    lea rdi, [rip + runtime.fmt_osinit]
    mov rsi, rsp
    call runtime.tracef
    add rsp, 0x18
    ret

runtime.trace_schedinit:
    sub rsp, 0x48
    lea r11, [rip + runtime.sched]
    mov rax, qword ptr [r11 + schedt_maxmcount]
    mov qword ptr [rsp], rax
    lea r11, [rip + runtime.m0]
    mov rax, qword ptr [r11 + m_id]
    mov qword ptr [rsp + 0x8], rax
    mov rax, qword ptr [rip + runtime.argc]
    mov qword ptr [rsp + 0x10], rax
    mov rax, qword ptr [rip + runtime.envc]
    mov qword ptr [rsp + 0x18], rax
    mov rax, qword ptr [rip + runtime.debug]   # debug.inittrace
    mov qword ptr [rsp + 0x20], rax
    mov rax, qword ptr [rip + runtime.cgroup_path]
    test rax, rax
    jnz .Lschedinit_cgroup
    lea rax, [rip + runtime.str_none]
.Lschedinit_cgroup:
    mov qword ptr [rsp + 0x28], rax
    mov rax, qword ptr [rip + runtime.debug + 0x8]   # debug.containermaxprocs
    mov qword ptr [rsp + 0x30], rax
    mov rax, qword ptr [rip + runtime.debug + 0x10]   # debug.updatemaxprocs
    mov qword ptr [rsp + 0x38], rax
    lea rdi, [rip + runtime.fmt_schedinit]
    mov rsi, rsp
    call runtime.tracef
    add rsp, 0x48
    ret

# runtime.trace_gomaxprocs(procs rdi): the choice and its reason.
runtime.trace_gomaxprocs:
    sub rsp, 0x28
    mov qword ptr [rsp], rdi
    mov rax, qword ptr [rip + runtime.gomaxprocs_why]
    lea rcx, [rip + runtime.why_table]
    mov rax, qword ptr [rcx + rax*0x8]
    mov qword ptr [rsp + 0x8], rax
    mov rax, qword ptr [rip + runtime.ncpu]
    mov qword ptr [rsp + 0x10], rax
    mov rax, qword ptr [rip + runtime.cgroup_limit_milli]
    mov qword ptr [rsp + 0x18], rax
    lea rdi, [rip + runtime.fmt_gomaxprocs]
    mov rsi, rsp
    call runtime.tracef
    add rsp, 0x28
    ret

runtime.trace_procresize:
    sub rsp, 0x38
    mov rax, qword ptr [rip + runtime.gomaxprocs]
    mov qword ptr [rsp], rax
    mov rax, qword ptr [rip + runtime.allp]
    mov qword ptr [rsp + 0x8], rax
    mov rax, qword ptr [rip + runtime.allp_cap]
    shl rax, 0x3
    mov qword ptr [rsp + 0x10], rax
    lea r11, [rip + runtime.m0]
    mov rax, qword ptr [r11 + m_p]
    mov qword ptr [rsp + 0x18], rax
    mov rcx, qword ptr [rax + p_id]
    mov qword ptr [rsp + 0x20], rcx
    lea r11, [rip + runtime.sched]
    mov rax, qword ptr [r11 + schedt_npidle]
    mov qword ptr [rsp + 0x28], rax
    lea rdi, [rip + runtime.fmt_procresize]
    mov rsi, rsp
    call runtime.tracef
    add rsp, 0x38
    ret

# After newproc(runtime.main) in rt0_go: the new G sits in p0.runnext.
runtime.trace_newproc_main:
    sub rsp, 0x28
    lea r11, [rip + runtime.m0]
    mov rax, qword ptr [r11 + m_p]
    mov rax, qword ptr [rax + p_runnext]
    mov rcx, qword ptr [rax + g_goid]
    mov qword ptr [rsp], rcx
    mov qword ptr [rsp + 0x8], rax
    mov rcx, qword ptr [rax + g_stack_lo]
    mov qword ptr [rsp + 0x10], rcx
    mov rcx, qword ptr [rax + g_stack_hi]
    mov qword ptr [rsp + 0x18], rcx
    lea rdi, [rip + runtime.fmt_newproc]
    mov rsi, rsp
    call runtime.tracef
    add rsp, 0x28
    ret

# runtime.trace_schedule(gp rdi, inheritTime rsi): the first schedule, which finds
# runtime.main in p0.runnext and runs it.
runtime.trace_schedule:
    sub rsp, 0x28
    mov rax, qword ptr [rdi + g_goid]
    mov qword ptr [rsp], rax
    mov qword ptr [rsp + 0x8], rdi
    mov qword ptr [rsp + 0x10], rsi
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rcx, qword ptr [rcx + g_m]
    mov rcx, qword ptr [rcx + m_p]
    mov rax, qword ptr [rcx + p_schedtick]
    mov qword ptr [rsp + 0x18], rax
    lea rdi, [rip + runtime.fmt_schedule]
    mov rsi, rsp
    call runtime.tracef
    add rsp, 0x28
    ret

runtime.trace_mstart:
    sub rsp, 0x18
    lea r11, [rip + runtime.m0]
    mov rax, qword ptr [r11 + m_id]
    mov qword ptr [rsp], rax
    lea r11, [rip + runtime.g0]
    mov rax, qword ptr [r11 + g_sched_sp]
    mov qword ptr [rsp + 0x8], rax
    lea rdi, [rip + runtime.fmt_mstart]
    mov rsi, rsp
    call runtime.tracef
    add rsp, 0x18
    ret

# In runtime.main, before the init tasks: who runs them.
runtime.trace_main:
    sub rsp, 0x38
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rax, qword ptr [rcx + g_goid]
    mov qword ptr [rsp], rax
    mov qword ptr [rsp + 0x8], rcx
    mov rdx, qword ptr [rcx + g_m]
    mov rax, qword ptr [rdx + m_id]
    mov qword ptr [rsp + 0x10], rax
    mov rdx, qword ptr [rdx + m_p]
    mov rax, qword ptr [rdx + p_id]
    mov qword ptr [rsp + 0x18], rax
    mov rax, qword ptr [rdx + p_schedtick]
    mov qword ptr [rsp + 0x20], rax
    mov rax, qword ptr [rip + runtime.main_ninittasks]
    mov qword ptr [rsp + 0x28], rax
    lea rdi, [rip + runtime.fmt_main]
    mov rsi, rsp
    call runtime.tracef
    add rsp, 0x38
    ret

# runtime.trace_doinit(task rbx): one init task about to run.
runtime.trace_doinit:
    sub rsp, 0x28
    mov rax, qword ptr [rbx]
    mov qword ptr [rsp], rax
    mov rax, qword ptr [rbx + 0x8]
    mov qword ptr [rsp + 0x8], rax
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rax, qword ptr [rcx + g_goid]
    mov qword ptr [rsp + 0x10], rax
    mov rdx, qword ptr [rcx + g_m]
    mov rax, qword ptr [rdx + m_id]
    mov qword ptr [rsp + 0x18], rax
    lea rdi, [rip + runtime.fmt_doinit]
    mov rsi, rsp
    call runtime.tracef
    add rsp, 0x28
    ret

runtime.trace_mainmain:
    sub rsp, 0x18
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rax, qword ptr [rcx + g_goid]
    mov qword ptr [rsp], rax
    mov rdx, qword ptr [rcx + g_m]
    mov rax, qword ptr [rdx + m_id]
    mov qword ptr [rsp + 0x8], rax
    lea rdi, [rip + runtime.fmt_mainmain]
    mov rsi, rsp
    call runtime.tracef
    add rsp, 0x18
    ret

runtime.trace_exit:
    sub rsp, 0x18
    mov rax, qword ptr [rip + runtime.allglen]
    lea r11, [rip + runtime.sched]
    sub rax, qword ptr [r11 + schedt_ngfree]
    sub rax, qword ptr [r11 + schedt_ngsys]   # as NumGoroutine: user goroutines only
    mov qword ptr [rsp], rax
    lea rdi, [rip + runtime.fmt_exit]
    mov rsi, rsp
    call runtime.tracef
    add rsp, 0x18
    ret

.section .rodata
.p2align 0x3
runtime.why_table:
    .quad runtime.why_ncpu, runtime.why_env, runtime.why_cgroup
runtime.str_none:
    .ascii "none"
    .byte 0x0
runtime.why_ncpu:
    .ascii "from ncpu"
    .byte 0x0
runtime.why_env:
    .ascii "from GOMAXPROCS env"
    .byte 0x0
runtime.why_cgroup:
    .ascii "from cgroup cpu limit"
    .byte 0x0
runtime.fmt_rt0go:
    .ascii "rt0: rt0_go: g0=%x stack=[%x,%x) m0=%x arch_prctl(ARCH_SET_FS, %x) g=fs:[-8]=%x"
    .byte 0xa, 0x0
runtime.fmt_args:
    .ascii "rt0: args: argc=%d argv=%x envc=%d auxv=%x AT_PAGESZ=%d AT_RANDOM=%x"
    .byte 0xa, 0x0
runtime.fmt_osinit:
    .ascii "rt0: osinit: ncpu=%d (sched_getaffinity) physPageSize=%d"
    .byte 0xa, 0x0
runtime.fmt_schedinit:
    .ascii "rt0: schedinit: maxmcount=%d m0.id=%d goargs=%d goenvs=%d inittrace=%d cgroup=%s containermaxprocs=%d updatemaxprocs=%d"
    .byte 0xa, 0x0
runtime.fmt_gomaxprocs:
    .ascii "rt0: schedinit: gomaxprocs=%d (%s; ncpu=%d, cgroup limit=%d millicpus)"
    .byte 0xa, 0x0
runtime.fmt_procresize:
    .ascii "rt0: procresize: nprocs=%d allp=%x (%d bytes, Ps made on first use) m0.p=%x (p%d) idle=%d"
    .byte 0xa, 0x0
runtime.fmt_newproc:
    .ascii "rt0: newproc: runtime.main goid=%d g=%x stack=[%x,%x) -> p0.runnext"
    .byte 0xa, 0x0
runtime.fmt_mstart:
    .ascii "rt0: mstart: m%d g0.sched.sp=%x -> schedule"
    .byte 0xa, 0x0
runtime.fmt_schedule:
    .ascii "rt0: schedule: findRunnable -> goid=%d g=%x inheritTime=%d schedtick=%d -> execute -> gogo"
    .byte 0xa, 0x0
runtime.fmt_main:
    .ascii "rt0: main: goid=%d g=%x m%d p%d schedtick=%d: %d init tasks"
    .byte 0xa, 0x0
runtime.fmt_doinit:
    .ascii "rt0: doInit: %S on goid=%d m%d"
    .byte 0xa, 0x0
runtime.fmt_mainmain:
    .ascii "rt0: main.main on goid=%d m%d"
    .byte 0xa, 0x0
runtime.fmt_exit:
    .ascii "rt0: exit(0) with %d goroutines"
    .byte 0xa, 0x0
