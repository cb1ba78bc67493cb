# env.s: arguments, environment and GODEBUG (Go's runtime/runtime1.go, env_posix.go).

.text

# runtime.goargs(): Go: argslice = make([]string, argc), each a string over argv[i].
# Here runtime.argslice points at argc (ptr, len) pairs on the heap.
runtime.goargs:
    mov rdi, qword ptr [rip + runtime.argv]
    mov rsi, qword ptr [rip + runtime.argc]
    call runtime.cstrings
    mov qword ptr [rip + runtime.argslice], rax
    ret

# runtime.goenvs(): Go: envs = make([]string, n), each a string over envp[i].
runtime.goenvs:
    mov rdi, qword ptr [rip + runtime.envp]
    mov rsi, qword ptr [rip + runtime.envc]
    call runtime.cstrings
    mov qword ptr [rip + runtime.envs], rax
    ret

# runtime.cstrings(v rdi, n rsi) → rax: n Go strings (ptr, len) over the C strings
# v[0..n-1], in a new heap array (Go's gostringnocopy for each).
runtime.cstrings:
    push rbx
    push r12
    push r13
    push r14
    mov r12, rdi
    mov r13, rsi
    mov rdi, rsi
    shl rdi, 0x4
    call runtime.mallocgc_rdi
    mov r14, rax
    xor ebx, ebx
.Lcstrings_next:
    cmp rbx, r13
    jae .Lcstrings_done
    mov rdi, qword ptr [r12 + rbx*0x8]
    call runtime.findnull
    mov rdx, rbx
    shl rdx, 0x4
    mov rdi, qword ptr [r12 + rbx*0x8]
    mov qword ptr [r14 + rdx], rdi
    mov qword ptr [r14 + rdx + 0x8], rax
    add rbx, 0x1
    jmp .Lcstrings_next
.Lcstrings_done:
    mov rax, r14
    pop r14
    pop r13
    pop r12
    pop rbx
    ret

# runtime.findnull(s rdi) → rax: the length of the NUL-terminated string at s (Go's
# findnull). Sixteen bytes at a time with SSE2 (pcmpeqb against zero, pmovmskb), from
# the aligned block that holds s: an aligned load never crosses a page, so it never
# faults past the string's end. Leaves rdi alone.
runtime.findnull:
    mov rcx, rdi
    and ecx, 0xf                             # s's offset in its block
    mov rax, rdi
    and rax, 0xfffffffffffffff0
    pxor xmm0, xmm0
    movdqa xmm1, xmmword ptr [rax]
    pcmpeqb xmm1, xmm0
    pmovmskb edx, xmm1
    shr edx, cl                              # not the bytes before s
    test edx, edx
    jnz .Lfindnull_first
.Lfindnull_block:
    add rax, 0x10
    movdqa xmm1, xmmword ptr [rax]
    pcmpeqb xmm1, xmm0
    pmovmskb edx, xmm1
    test edx, edx
    jz .Lfindnull_block
    bsf edx, edx
    add rax, rdx
    sub rax, rdi
    ret
.Lfindnull_first:
    bsf eax, edx
    ret

# runtime.gogetenv(key rdi, keylen rsi) → rax ptr, rdx len; ("", 0) when unset.
# Go: the first entry of envs that is KEY=... (env_posix.go gogetenv).
runtime.gogetenv:
    mov r8, qword ptr [rip + runtime.envs]
    mov r9, qword ptr [rip + runtime.envc]
.Lgetenv_entry:
    test r9, r9
    jz .Lgetenv_none
    mov r10, qword ptr [r8]          # s.ptr
    mov r11, qword ptr [r8 + 0x8]    # s.len
    add r8, 0x10
    sub r9, 0x1
    cmp r11, rsi                     # len(s) > len(key)
    jbe .Lgetenv_entry
    cmp byte ptr [r10 + rsi], 0x3d   # s[len(key)] == '='
    jne .Lgetenv_entry
    xor ecx, ecx
.Lgetenv_cmp:
    cmp rcx, rsi
    jae .Lgetenv_found
    movzx eax, byte ptr [r10 + rcx]
    cmp al, byte ptr [rdi + rcx]
    jne .Lgetenv_entry
    add rcx, 0x1
    jmp .Lgetenv_cmp
.Lgetenv_found:
    lea rax, [r10 + rsi + 0x1]
    mov rdx, r11
    sub rdx, rsi
    sub rdx, 0x1
    ret
.Lgetenv_none:
    xor eax, eax
    xor edx, edx
    ret

# runtime.rawgetenv(key rdi) → rax: the value (a C string) of the NUL-terminated
# key in the raw envp, or 0. Used before goenvs (RT0TRACE, in runtime.args).
runtime.rawgetenv:
    mov r8, qword ptr [rip + runtime.envp]
.Lrawenv_entry:
    mov r10, qword ptr [r8]
    test r10, r10
    jz .Lrawenv_none
    add r8, 0x8
    xor ecx, ecx
.Lrawenv_cmp:
    movzx eax, byte ptr [rdi + rcx]
    test al, al
    jz .Lrawenv_keyend
    cmp al, byte ptr [r10 + rcx]
    jne .Lrawenv_entry
    add rcx, 0x1
    jmp .Lrawenv_cmp
.Lrawenv_keyend:
    cmp byte ptr [r10 + rcx], 0x3d
    jne .Lrawenv_entry
    lea rax, [r10 + rcx + 0x1]
    ret
.Lrawenv_none:
    xor eax, eax
    ret

# runtime.rt0trace_init(): RT0TRACE (rt0gen's own): tracing is on when the variable
# holds a decimal number other than 0, as GODEBUG settings are read.
runtime.rt0trace_init:
    lea rdi, [rip + runtime.str_rt0trace_key]
    call runtime.rawgetenv
    test rax, rax
    jz .Lrt0trace_off
    mov rdi, rax
    xor esi, esi
.Lrt0trace_len:
    cmp byte ptr [rdi + rsi], 0x0
    je .Lrt0trace_parse
    add rsi, 0x1
    jmp .Lrt0trace_len
.Lrt0trace_parse:
    call runtime.atoi32
    test rdx, rdx
    jz .Lrt0trace_off
    test rax, rax
    jz .Lrt0trace_off
    mov byte ptr [rip + runtime.rt0trace], 0x1
.Lrt0trace_off:
    ret

# runtime.parsedebugvars(): Go's parseRuntimeDebugVars: the defaults of Go's dbgvars
# (containermaxprocs=1, updatemaxprocs=1), then the compile-time settings
# (go..godebugDefault, reached through runtime.main_godebugDefault, which the linker
# fills: the default GODEBUG the go command derives from go.mod's go line, its godebug
# lines and //go:debug directives, and that Go's linker puts in runtime.godebugDefault),
# then $GODEBUG.
runtime.parsedebugvars:
    mov qword ptr [rip + runtime.debug + 0x8], 0x1   # debug.containermaxprocs
    mov qword ptr [rip + runtime.debug + 0x10], 0x1   # debug.updatemaxprocs
    mov rdi, qword ptr [rip + runtime.main_godebugDefault]
    mov rsi, qword ptr [rip + runtime.main_godebugDefaultLen]
    call runtime.parsegodebug
    lea rdi, [rip + runtime.str_godebug_key]
    mov esi, 0x7
    call runtime.gogetenv
    mov rdi, rax
    mov rsi, rdx
    jmp runtime.parsegodebug

# runtime.parsegodebug(p rdi, n rsi): Go's parsegodebug at start-up: comma-separated
# key=value fields, left to right, a later field overriding an earlier one; a field
# without '=', an unknown key or a value that strconv.ParseInt(value, 10, 32) rejects
# changes nothing. The keys this runtime knows are in runtime.dbgvars.
runtime.parsegodebug:
    push rbx
    push r12
    push r13
    push r14
    push r15
    mov r12, rdi                     # p: rest of the settings
    lea r13, [rdi + rsi]             # end
.Ldebug_field:
    cmp r12, r13
    jae .Ldebug_done
    mov r14, r12                     # field start
.Ldebug_scan:
    cmp r12, r13
    jae .Ldebug_have_field
    cmp byte ptr [r12], 0x2c         # ','
    je .Ldebug_have_field
    add r12, 0x1
    jmp .Ldebug_scan
.Ldebug_have_field:
    mov r15, r12                     # field = [r14, r15)
    add r12, 0x1                     # the next field starts after the comma
    mov rbx, r14
.Ldebug_eq:
    cmp rbx, r15
    jae .Ldebug_field                # no '=': skipped
    cmp byte ptr [rbx], 0x3d         # '='
    je .Ldebug_key
    add rbx, 0x1
    jmp .Ldebug_eq
.Ldebug_key:
    mov rdi, r14                     # key = [r14, rbx)
    mov rsi, rbx
    sub rsi, r14
    call runtime.dbgvarlookup
    test rax, rax
    jz .Ldebug_field
    push rax
    push rax
    lea rdi, [rbx + 0x1]             # value = (rbx, r15)
    mov rsi, r15
    sub rsi, rdi
    call runtime.atoi32
    pop rcx
    pop rcx
    test rdx, rdx
    jz .Ldebug_field
    mov qword ptr [rcx], rax
    jmp .Ldebug_field
.Ldebug_done:
    pop r15
    pop r14
    pop r13
    pop r12
    pop rbx
    ret

# runtime.dbgvarlookup(key rdi, len rsi) → rax: the address of the debug variable named
# key (Go's dbgvars, for the keys this runtime reads), or 0.
runtime.dbgvarlookup:
    lea r8, [rip + runtime.dbgvars]
    mov r9d, NDBGVARS
.Llookup_var:
    test r9, r9
    jz .Llookup_none
    cmp rsi, qword ptr [r8 + 0x8]
    jne .Llookup_next
    mov r10, qword ptr [r8]
    xor ecx, ecx
.Llookup_cmp:
    cmp rcx, rsi
    jae .Llookup_found
    movzx eax, byte ptr [rdi + rcx]
    cmp al, byte ptr [r10 + rcx]
    jne .Llookup_next
    add rcx, 0x1
    jmp .Llookup_cmp
.Llookup_found:
    mov rax, qword ptr [r8 + 0x10]
    ret
.Llookup_next:
    add r8, 0x18
    sub r9, 0x1
    jmp .Llookup_var
.Llookup_none:
    xor eax, eax
    ret

# runtime.atoi32(p rdi, n rsi) → rax value, rdx ok (1 or 0).
# The decimal parse Go 1.26 applies to GOMAXPROCS and GODEBUG values:
# strconv.ParseInt(s, 10, 32). An optional sign '+' or '-', then one or more
# digits 0-9 and nothing else (no spaces, no "0x", no '_'), within int32.
# (Go's older runtime atoi32 took no '+'; go1.26 on this machine takes GOMAXPROCS=+1.)
runtime.atoi32:
    xor eax, eax                     # value
    xor r8d, r8d                     # negative?
    test rsi, rsi
    jz .Latoi_fail
    movzx ecx, byte ptr [rdi]
    cmp cl, 0x2b                     # '+'
    je .Latoi_sign
    cmp cl, 0x2d                     # '-'
    jne .Latoi_digits
    mov r8d, 0x1
.Latoi_sign:
    add rdi, 0x1
    sub rsi, 0x1
    jz .Latoi_fail                   # a sign alone is not a number
.Latoi_digits:
    test rsi, rsi
    jz .Latoi_end
    movzx ecx, byte ptr [rdi]
    sub ecx, 0x30
    cmp ecx, 0x9
    ja .Latoi_fail
    imul rax, rax, 0xa
    add rax, rcx
    mov r9, 0x80000000
    cmp rax, r9                      # beyond -2^31 already: out of range
    ja .Latoi_fail
    add rdi, 0x1
    sub rsi, 0x1
    jmp .Latoi_digits
.Latoi_end:
    test r8d, r8d
    jz .Latoi_positive
    neg rax
    mov edx, 0x1
    ret
.Latoi_positive:
    mov r9, 0x7fffffff
    cmp rax, r9
    ja .Latoi_fail
    mov edx, 0x1
    ret
.Latoi_fail:
    xor eax, eax
    xor edx, edx
    ret

.section .rodata
runtime.str_rt0trace_key:
    .ascii "RT0TRACE"
    .byte 0x0
runtime.str_godebug_key:
    .ascii "GODEBUG"
runtime.str_inittrace_key:
    .ascii "inittrace"
runtime.str_containermaxprocs_key:
    .ascii "containermaxprocs"
runtime.str_updatemaxprocs_key:
    .ascii "updatemaxprocs"
runtime.str_panicnil_key:
    .ascii "panicnil"
# Go's dbgvars, the ones this runtime reads: name pointer, name length, variable.
.p2align 0x3
runtime.dbgvars:
    .quad runtime.str_inittrace_key, 0x9, runtime.debug
    .quad runtime.str_containermaxprocs_key, 0x11, runtime.debug + 0x8
    .quad runtime.str_updatemaxprocs_key, 0xe, runtime.debug + 0x10
    .quad runtime.str_panicnil_key, 0x8, runtime.debug + 0x18

.bss
.p2align 0x3
runtime.argslice:
    .skip 0x8
runtime.envs:
    .skip 0x8
runtime.rt0trace:
    .skip 0x8
# Go's `var debug struct { … }` (runtime1.go): the GODEBUG settings the runtime reads, one
# object (one symbol) with a word per field, read as [rip + runtime.debug + OFFSET]:
#   0x0  inittrace
#   0x8  containermaxprocs   Go: > 0, the cgroup's CPU limit lowers the default GOMAXPROCS
#   0x10 updatemaxprocs      Go: != 0, runtime.main starts the GOMAXPROCS updater
#   0x18 panicnil            Go: 1, panic(nil) panics with nil, not a *PanicNilError
runtime.debug:
    .skip 0x20
