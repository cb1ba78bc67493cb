# os_linux.s: what the runtime learns from Linux at start-up (Go's runtime/os_linux.go
# and runtime1.go): args/sysargs/sysauxv, osinit. getproccount is in os_linux.go; argc, argv,
# envp and envc are runtime1.go's variables.

.text

# runtime.args(argc, argv) (stack arguments, as Go's args(c int32, v **byte)).
# Go: argc, argv = c, v, then sysargs: skip argv and envp to the auxiliary vector
# and read it (sysauxv). Here the same: argc/argv kept, envp found, AT_PAGESZ and
# AT_RANDOM read. RT0TRACE is looked up here, in the raw environment, so that the
# bootstrap can be traced from this first step on.
runtime.args:
    push rbp
    mov rbp, rsp
    mov rax, qword ptr [rbp + 0x10]
    mov qword ptr [rip + runtime.argc], rax
    mov rsi, qword ptr [rbp + 0x18]
    mov qword ptr [rip + runtime.argv], rsi
    # Go's sysargs: n := argc + 1, skip over argv, envp to get to auxv.
    lea rsi, [rsi + rax*0x8 + 0x8]
    mov qword ptr [rip + runtime.envp], rsi
    xor ecx, ecx
.Largs_env:
    cmp qword ptr [rsi + rcx*0x8], 0x0
    je .Largs_env_end
    add rcx, 0x1
    jmp .Largs_env
.Largs_env_end:
    mov qword ptr [rip + runtime.envc], rcx
    lea rsi, [rsi + rcx*0x8 + 0x8]         # auxv: (tag, value) pairs up to AT_NULL
    mov qword ptr [rip + runtime.auxv], rsi
.Largs_auxv:
    mov rax, qword ptr [rsi]
    cmp rax, AT_NULL
    je .Largs_auxv_end
    mov rdx, qword ptr [rsi + 0x8]
    cmp rax, AT_PAGESZ
    jne .Largs_not_pagesz
    mov qword ptr [rip + runtime.physPageSize], rdx   # Go: physPageSize = val
.Largs_not_pagesz:
    cmp rax, AT_RANDOM
    jne .Largs_not_random
    mov qword ptr [rip + runtime.startupRand], rdx    # Go: startupRand = 16 bytes at val (rand.go)
.Largs_not_random:
    add rsi, 0x10
    jmp .Largs_auxv
.Largs_auxv_end:
    call runtime.rt0trace_init
    cmp byte ptr [rip + runtime.rt0trace], 0x0
    je .Largs_done
    call runtime.trace_rt0go
    call runtime.trace_args
.Largs_done:
    pop rbp
    ret

# runtime.osinit(): Go: ncpu = getproccount() (numCPUStartup in Go 1.25+), and the
# huge page size. Here ncpu, and a 4 KiB physPageSize if the auxv had none.
# getproccount is Go (os_linux.go): it may clobber every register.
runtime.osinit:
    sub rsp, 0x8
    call runtime.getproccount
    add rsp, 0x8
    mov qword ptr [rip + runtime.ncpu], rax
    cmp qword ptr [rip + runtime.physPageSize], 0x0
    jne .Losinit_pagesize
    mov qword ptr [rip + runtime.physPageSize], 0x1000
.Losinit_pagesize:
    cmp byte ptr [rip + runtime.rt0trace], 0x0
    je .Losinit_done
    call runtime.trace_osinit
.Losinit_done:
    ret
