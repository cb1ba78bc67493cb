# rt0trace.s: the assembly's way into rt0trace.go (RT0TRACE=1, rt0gen's own start-up trace).
#
# The bootstrap steps still in assembly (os_linux.s, proc.s, asm_amd64.s) call
# runtime.trace_NAME when runtime.rt0trace is set. Each is a shim that passes what only the
# assembly holds (its variables) to the Go function traceNAME and keeps rbx, r12 and r13 (Go
# code never uses r14 and r15), as the callers need. They go away with the assembly that
# calls them: a step in Go calls traceNAME itself.

.text

runtime.trace_rt0go:
    lea rdi, [rip + runtime.g0]
    lea rsi, [rip + runtime.m0]
    lea r11, [rip + runtime.traceRt0go]
    jmp runtime.tracegocall

runtime.trace_args:
    mov rdi, qword ptr [rip + runtime.auxv]
    mov rsi, qword ptr [rip + runtime.physPageSize]
    lea r11, [rip + runtime.traceArgs]
    jmp runtime.tracegocall

runtime.trace_osinit:
    mov rdi, qword ptr [rip + runtime.ncpu]
    mov rsi, qword ptr [rip + runtime.physPageSize]
    lea r11, [rip + runtime.traceOsinit]
    jmp runtime.tracegocall

runtime.trace_schedinit:
    lea rdi, [rip + runtime.sched]
    lea r11, [rip + runtime.traceSchedinit]
    jmp runtime.tracegocall

# runtime.trace_gomaxprocs(procs rdi)
runtime.trace_gomaxprocs:
    mov rsi, qword ptr [rip + runtime.ncpu]
    lea r11, [rip + runtime.traceGomaxprocs]
    jmp runtime.tracegocall

runtime.trace_procresize:
    mov rdi, qword ptr [rip + runtime.gomaxprocs]
    mov rsi, qword ptr [rip + runtime.allp]
    mov rdx, qword ptr [rip + runtime.allp_cap]
    lea rcx, [rip + runtime.sched]
    lea r11, [rip + runtime.traceProcresize]
    jmp runtime.tracegocall

runtime.trace_newproc_main:
    lea r11, [rip + runtime.traceNewprocMain]
    jmp runtime.tracegocall

# runtime.trace_schedule(gp rdi, inheritTime rsi)
runtime.trace_schedule:
    lea r11, [rip + runtime.traceSchedule]
    jmp runtime.tracegocall

runtime.trace_mstart:
    lea r11, [rip + runtime.traceMstart]
    jmp runtime.tracegocall

runtime.trace_main:
    mov rdi, qword ptr [rip + runtime.main_ninittasks]
    lea r11, [rip + runtime.traceMain]
    jmp runtime.tracegocall

# runtime.trace_doinit(task rbx)
runtime.trace_doinit:
    mov rdi, rbx
    lea r11, [rip + runtime.traceDoinit]
    jmp runtime.tracegocall

runtime.trace_mainmain:
    lea r11, [rip + runtime.traceMainmain]
    jmp runtime.tracegocall

runtime.trace_exit:
    mov rdi, qword ptr [rip + runtime.allglen]
    lea rsi, [rip + runtime.sched]
    lea r11, [rip + runtime.traceExit]
    jmp runtime.tracegocall

# runtime.tracegocall(fn r11, a rdi, b rsi, c rdx, d rcx) (internal): the shims' call of the
# Go function fn with Go's register ABI (RAX a, RBX b, RCX c, RDI d), on a 16-byte aligned
# stack (the shims are called on one), keeping rbx, r12 and r13.
runtime.tracegocall:
    push rbx
    push r12
    push r13
    mov rax, rdi
    mov rbx, rsi
    mov rdi, rcx
    mov rcx, rdx
    call r11
    pop r13
    pop r12
    pop rbx
    ret
