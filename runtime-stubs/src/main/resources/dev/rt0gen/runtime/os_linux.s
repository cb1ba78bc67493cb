# os_linux.s: what the runtime learns from Linux at start-up (Go's runtime/os_linux.go
# and runtime1.go): args/sysargs/sysauxv, osinit, getproccount.

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
    mov qword ptr [rip + runtime.startupRand], rdx    # Go: startupRand = 16 bytes at val
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
runtime.osinit:
    call runtime.getproccount
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

# runtime.getproccount() → rax: Go's getproccount: sched_getaffinity(0, 8 KiB, buf)
# (room for 64 Ki CPUs), count the set bits in the bytes the kernel wrote;
# 1 when the call fails or no bit is set. rt0gen asks first with the CPUSET0_SIZE bytes
# of runtime.cpuset0 (1024 CPUs, in a page start-up touches anyway), and with Go's 8 KiB
# on the stack only when the kernel has more CPU ids than that (EINVAL): the same
# count, without touching two new pages of stack. The kernel writes whole words
# (cpumask_size() is a multiple of 8), so the bits are counted eight bytes at a time.
runtime.getproccount:
    push rbp
    mov rbp, rsp
    xor edi, edi
    mov esi, CPUSET0_SIZE
    lea rdx, [rip + runtime.cpuset0]
    call runtime.sched_getaffinity
    cmp rax, EINVAL_NEG
    jne .Lprocs_got
    sub rsp, 0x2000
    xor edi, edi
    mov esi, 0x2000
    mov rdx, rsp
    call runtime.sched_getaffinity
.Lprocs_got:
    test rax, rax
    jle .Lprocs_one
    lea rsi, [rdx + rax]          # end of the bytes written (rdx: the buffer, kept by syscall)
    xor eax, eax                  # n
    mov r10, 0x5555555555555555
    mov r11, 0x3333333333333333
.Lprocs_word:
    cmp rdx, rsi
    jae .Lprocs_counted
    # the bits set in one word (a branch-free popcount: pairs, nibbles, bytes, sum)
    mov rcx, qword ptr [rdx]
    mov r8, rcx
    shr r8, 0x1
    and r8, r10
    sub rcx, r8
    mov r8, rcx
    and rcx, r11
    shr r8, 0x2
    and r8, r11
    add rcx, r8
    mov r8, rcx
    shr r8, 0x4
    add rcx, r8
    mov r8, 0x0f0f0f0f0f0f0f0f
    and rcx, r8
    mov r8, 0x0101010101010101
    imul rcx, r8
    shr rcx, 0x38
    add rax, rcx
    add rdx, 0x8
    jmp .Lprocs_word
.Lprocs_counted:
    test rax, rax
    jnz .Lprocs_done
.Lprocs_one:
    mov eax, 0x1
.Lprocs_done:
    mov rsp, rbp
    pop rbp
    ret

.bss
.p2align 0x3
runtime.argc:
    .skip 0x8
runtime.argv:
    .skip 0x8
runtime.envp:
    .skip 0x8
runtime.envc:
    .skip 0x8
runtime.auxv:
    .skip 0x8
runtime.physPageSize:
    .skip 0x8
runtime.startupRand:
    .skip 0x8
runtime.ncpu:
    .skip 0x8
