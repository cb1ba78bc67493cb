# cgroup_linux.s: the default GOMAXPROCS (Go 1.25+: runtime/cgroup_linux.go and
# internal/runtime/cgroup).
#
# Go: GOMAXPROCS defaults to the minimum of the CPUs in the affinity mask and the
# CPU cgroup's average throughput limit (quota/period) rounded up, and never below 2
# because of the limit. The cgroup is the one /proc/self/cgroup names: the v1 line
# whose controllers include "cpu", else the v2 line "0::PATH"; its directory is the
# mount in /proc/self/mountinfo of type cgroup (super options with "cpu") or cgroup2
# whose root is a prefix of PATH. v1 reads cpu.cfs_quota_us and cpu.cfs_period_us
# (quota -1: no limit); v2 reads cpu.max ("max PERIOD" or "QUOTA PERIOD").
# Not done here: the octal escapes (\040) Go undoes in mountinfo paths.

.text

# runtime.defaultGOMAXPROCSInit(): Go's defaultGOMAXPROCSInit (OpenCPU): find the
# CPU cgroup and read its limit into runtime.cgroup_quota/_period (period 0: no
# cgroup or no limit). The path found is kept in runtime.cgroup_path for RT0TRACE.
runtime.defaultGOMAXPROCSInit:
    push rbp
    mov rbp, rsp
    push rbx
    push r12
    push r13
    push r14
    push r15
    sub rsp, 0x38
    # [rbp-0x30] version, [rbp-0x38]/[rbp-0x40] root, [rbp-0x48]/[rbp-0x50] mnt,
    # [rbp-0x58] cgroup path length (the path itself is in runtime.cgroup_cg)
    # ---- /proc/self/cgroup: which cgroup (parseCPUCgroup) ----
    lea rdi, [rip + runtime.str_proc_cgroup]
    call runtime.readscratch
    test rax, rax
    jle .Lcg_done
    lea r12, [rip + runtime.cgroup_scratch]
    lea r13, [r12 + rax]
    xor r14d, r14d                        # v2 path start, 0: none yet
    xor r15d, r15d                        # v2 path end
.Lcg_line:
    cmp r12, r13
    jae .Lcg_lines_done
    mov rdi, r12
    mov rsi, r13
    mov dl, 0xa
    call runtime.indexbyte
    mov rbx, rax                          # line end
    mov rdi, r12
    mov rsi, rbx
    mov dl, 0x3a                          # ':' ends the hierarchy id
    call runtime.indexbyte
    cmp rax, rbx
    jae .Lcg_done
    mov r8, rax                           # c1
    lea rdi, [rax + 0x1]
    mov rsi, rbx
    mov dl, 0x3a                          # ':' ends the controllers
    call runtime.indexbyte
    cmp rax, rbx
    jae .Lcg_done
    mov r9, rax                           # c2
    # Go: if string(hierarchy) == "0" { v2 path } else if containsCPU(controllers) { v1 }
    mov rax, r8
    sub rax, r12
    cmp rax, 0x1
    jne .Lcg_v1_check
    cmp byte ptr [r12], 0x30
    jne .Lcg_v1_check
    lea r14, [r9 + 0x1]
    mov r15, rbx
    jmp .Lcg_next_line
.Lcg_v1_check:
    lea rdi, [r8 + 0x1]
    mov rsi, r9
    call runtime.containsCPU
    test rax, rax
    jz .Lcg_next_line
    lea r14, [r9 + 0x1]
    mov r15, rbx
    mov qword ptr [rbp - 0x30], 0x1
    jmp .Lcg_have_path
.Lcg_next_line:
    lea r12, [rbx + 0x1]
    jmp .Lcg_line
.Lcg_lines_done:
    test r14, r14
    jz .Lcg_done                          # Go: ErrNoCgroup
    mov qword ptr [rbp - 0x30], 0x2
.Lcg_have_path:
    # keep the cgroup path: the scratch buffer is read over next
    mov rcx, r15
    sub rcx, r14
    cmp rcx, CGROUP_PATH_MAX
    jae .Lcg_done
    mov qword ptr [rbp - 0x58], rcx
    mov rsi, r14
    lea rdi, [rip + runtime.cgroup_cg]
    rep movsb
    # ---- /proc/self/mountinfo: where that cgroup is mounted (parseCPUMount) ----
    lea rdi, [rip + runtime.str_proc_mountinfo]
    call runtime.readscratch
    test rax, rax
    jle .Lcg_done
    lea r12, [rip + runtime.cgroup_scratch]
    lea r13, [r12 + rax]
    # Go parses every line. Only the lines of type cgroup or cgroup2 can match, so this
    # looks for their separator first: " - " then the type (indexbyte, SSE2, for the
    # '-'), and parses the rest of a line only when its type fits. mountinfo escapes
    # spaces in paths (\040), so " - " is nothing but the separator.
.Lmnt_scan:
    mov rdi, r12
    mov rsi, r13
    mov dl, 0x2d
    call runtime.indexbyte
    lea rcx, [rax + 0x9]                  # "- cgroup2 " ends at rax+9 (the NUL after
    cmp rcx, r13                          # the file may be read, never past it)
    ja .Lcg_done
    lea r12, [rax + 0x1]                  # the next search starts after this '-'
    lea rdx, [rip + runtime.cgroup_scratch]
    cmp rax, rdx
    jbe .Lmnt_scan
    cmp byte ptr [rax - 0x1], 0x20
    jne .Lmnt_scan
    cmp byte ptr [rax + 0x1], 0x20
    jne .Lmnt_scan
    lea r14, [rax + 0x2]                  # the type
    mov rdi, r14
    lea rsi, [rip + runtime.str_cgroup2]
    call runtime.memeq6
    test eax, eax
    jz .Lmnt_scan
    cmp qword ptr [rbp - 0x30], 0x1
    jne .Lmnt_v2
    # v1: type "cgroup" and "cpu" among the super options (after the source)
    cmp byte ptr [r14 + 0x6], 0x20
    jne .Lmnt_scan
    call .Lmnt_eol
    lea rdi, [r14 + 0x7]                  # source
    mov rsi, rbx
    mov dl, 0x20
    call runtime.indexbyte
    cmp rax, rbx
    jae .Lcg_done
    lea rdi, [rax + 0x1]
    mov rsi, rbx
    call runtime.containsCPU
    test rax, rax
    jz .Lmnt_next
    jmp .Lmnt_fields
.Lmnt_v2:
    # v2: type "cgroup2"
    cmp byte ptr [r14 + 0x6], 0x32
    jne .Lmnt_scan
    cmp byte ptr [r14 + 0x7], 0x20
    jne .Lmnt_scan
    call .Lmnt_eol
.Lmnt_fields:
    # back to the line's start: after the '\n' before the type, or the file's start
    lea rdx, [rip + runtime.cgroup_scratch]
.Lmnt_bol:
    cmp r14, rdx
    jbe .Lmnt_bol_found
    cmp byte ptr [r14 - 0x1], 0xa
    je .Lmnt_bol_found
    sub r14, 0x1
    jmp .Lmnt_bol
.Lmnt_bol_found:
    # skip three fields: mount id, parent id, major:minor
    mov r15d, 0x3
.Lmnt_skip:
    mov rdi, r14
    mov rsi, rbx
    mov dl, 0x20
    call runtime.indexbyte
    cmp rax, rbx
    jae .Lcg_done
    lea r14, [rax + 0x1]
    sub r15d, 0x1
    jnz .Lmnt_skip
    # root, then the mount point
    mov rdi, r14
    mov rsi, rbx
    mov dl, 0x20
    call runtime.indexbyte
    cmp rax, rbx
    jae .Lcg_done
    mov qword ptr [rbp - 0x38], r14
    mov qword ptr [rbp - 0x40], rax
    lea r14, [rax + 0x1]
    mov rdi, r14
    mov rsi, rbx
    mov dl, 0x20
    call runtime.indexbyte
    cmp rax, rbx
    jae .Lcg_done
    mov qword ptr [rbp - 0x48], r14
    mov qword ptr [rbp - 0x50], rax
.Lmnt_match:
    # Go: if !hasPathPrefix(cgroup, root) { continue }; rel := cgroup[len(root):],
    # or all of cgroup when root is "/"; a rel starting with "/.." is skipped.
    mov r8, qword ptr [rbp - 0x38]        # root
    mov r9, qword ptr [rbp - 0x40]
    sub r9, r8                            # len(root)
    cmp r9, qword ptr [rbp - 0x58]
    ja .Lmnt_next
    lea r10, [rip + runtime.cgroup_cg]
    xor ecx, ecx
.Lmnt_prefix:
    cmp rcx, r9
    jae .Lmnt_prefixed
    movzx eax, byte ptr [r8 + rcx]
    cmp al, byte ptr [r10 + rcx]
    jne .Lmnt_next
    add rcx, 0x1
    jmp .Lmnt_prefix
.Lmnt_prefixed:
    cmp r9, 0x1
    jne .Lmnt_rel
    cmp qword ptr [rbp - 0x58], 0x1
    je .Lmnt_rel_ok                       # cgroup "/" under root "/": rel is ""
    xor r9d, r9d                          # root "/": rel is the whole cgroup path
    jmp .Lmnt_rel_ok
.Lmnt_rel:
    cmp r9, qword ptr [rbp - 0x58]
    je .Lmnt_rel_ok
    cmp byte ptr [r10 + r9], 0x2f         # the prefix must end at a '/'
    jne .Lmnt_next
.Lmnt_rel_ok:
    # path := mnt + rel
    lea rdi, [rip + runtime.cgroup_dir]
    mov rsi, qword ptr [rbp - 0x48]
    mov rcx, qword ptr [rbp - 0x50]
    sub rcx, rsi
    cmp rcx, CGROUP_PATH_MAX
    jae .Lcg_done
    rep movsb
    lea rsi, [r10 + r9]
    mov rcx, qword ptr [rbp - 0x58]
    sub rcx, r9
    rep movsb
    mov byte ptr [rdi], 0x0
    lea rax, [rip + runtime.cgroup_dir]
    mov qword ptr [rip + runtime.cgroup_path], rax
    mov r12, rdi                          # end of the directory name
    cmp qword ptr [rbp - 0x30], 0x1
    jne .Lcg_read_v2
    # ---- v1: cpu.cfs_quota_us, cpu.cfs_period_us ----
    mov rdi, r12
    lea rsi, [rip + runtime.str_cfs_quota]
    call runtime.readnumber
    test rdx, rdx
    jz .Lcg_dir_done
    test rax, rax
    js .Lcg_dir_done                          # quota -1: no limit
    mov r13, rax
    mov rdi, r12
    lea rsi, [rip + runtime.str_cfs_period]
    call runtime.readnumber
    test rdx, rdx
    jz .Lcg_dir_done
    mov rsi, rax
    mov rdi, r13
    call runtime.setcgrouplimit
    jmp .Lcg_dir_done
.Lcg_read_v2:
    # ---- v2: cpu.max, "max PERIOD" or "QUOTA PERIOD" ----
    mov rdi, r12
    lea rsi, [rip + runtime.str_cpu_max]
    call runtime.readnumber               # "max" does not parse: no limit
    test rdx, rdx
    jz .Lcg_dir_done
    mov r13, rax
    lea rdi, [r8 + 0x1]                   # after the quota and its space
    call runtime.parsenumber
    test rdx, rdx
    jz .Lcg_dir_done
    mov rsi, rax
    mov rdi, r13
    call runtime.setcgrouplimit
.Lcg_dir_done:
    mov byte ptr [r12], 0x0               # cgroup_path: the directory alone again
    jmp .Lcg_done
.Lmnt_next:
    lea r12, [rbx + 0x1]
    jmp .Lmnt_scan
# rbx: the end of the line that holds r14 (a local helper, no frame of its own)
.Lmnt_eol:
    mov rdi, r14
    mov rsi, r13
    mov dl, 0xa
    call runtime.indexbyte
    mov rbx, rax
    ret
.Lcg_done:
    add rsp, 0x38
    pop r15
    pop r14
    pop r13
    pop r12
    pop rbx
    pop rbp
    ret

# runtime.setcgrouplimit(quota rdi, period rsi): keep a limit for defaultGOMAXPROCS.
runtime.setcgrouplimit:
    test rsi, rsi
    jle .Lsetlimit_done
    mov qword ptr [rip + runtime.cgroup_quota], rdi
    mov qword ptr [rip + runtime.cgroup_period], rsi
    imul rax, rdi, 0x3e8
    xor edx, edx
    div rsi
    mov qword ptr [rip + runtime.cgroup_limit_milli], rax
.Lsetlimit_done:
    ret

# runtime.defaultGOMAXPROCS(ncpu rdi) → rax. Go: procs := ncpu; with a cgroup limit,
# limit = max(ceil(quota/period), 2); if limit < procs { procs = limit }.
# Go uses the cgroup only with GODEBUG containermaxprocs > 0 (cgroupOK): a module whose
# go line is older than 1.25 has containermaxprocs=0 by default.
# Sets runtime.gomaxprocs_why for RT0TRACE.
runtime.defaultGOMAXPROCS:
    mov qword ptr [rip + runtime.gomaxprocs_why], WHY_NCPU
    mov r8, rdi
    mov rcx, qword ptr [rip + runtime.cgroup_period]
    test rcx, rcx
    jz .Ldefault_procs
    cmp qword ptr [rip + runtime.debug + 0x8], 0x0   # debug.containermaxprocs
    jle .Ldefault_procs
    mov rax, qword ptr [rip + runtime.cgroup_quota]
    add rax, rcx
    sub rax, 0x1
    xor edx, edx
    div rcx                               # ceil(quota / period)
    cmp rax, 0x2
    jae .Ldefault_min2
    mov eax, 0x2
.Ldefault_min2:
    cmp rax, r8
    jae .Ldefault_procs
    mov r8, rax
    mov qword ptr [rip + runtime.gomaxprocs_why], WHY_CGROUP
.Ldefault_procs:
    mov rax, r8
    ret

# runtime.readscratch(path rdi) → rax: bytes of the file read into cgroup_scratch
# (at most CGROUP_SCRATCH - 1, NUL-terminated), or <= 0.
runtime.readscratch:
    push rbx
    push r12
    push r13
    mov esi, O_RDONLY_CLOEXEC
    xor edx, edx
    call runtime.open
    test rax, rax
    js .Lreadscratch_fail
    mov rbx, rax
    xor r12d, r12d
.Lreadscratch_more:
    mov rdi, rbx
    lea rsi, [rip + runtime.cgroup_scratch]
    add rsi, r12
    mov edx, CGROUP_SCRATCH
    sub rdx, 0x1
    sub rdx, r12
    jz .Lreadscratch_end
    call runtime.read
    test rax, rax
    jle .Lreadscratch_end
    add r12, rax
    jmp .Lreadscratch_more
.Lreadscratch_end:
    mov rdi, rbx
    call runtime.closefd
    lea rsi, [rip + runtime.cgroup_scratch]
    mov byte ptr [rsi + r12], 0x0
    mov rax, r12
.Lreadscratch_fail:
    pop r13
    pop r12
    pop rbx
    ret

# runtime.readnumber(dirend rdi, name rsi) → rax value, rdx ok, r8 end of the digits:
# append the NUL-terminated name to the directory name ending at dirend, read that
# file and parse the decimal number at its start.
runtime.readnumber:
    mov rdx, rdi
.Lreadnumber_copy:
    movzx eax, byte ptr [rsi]
    mov byte ptr [rdx], al
    add rsi, 0x1
    add rdx, 0x1
    test al, al
    jnz .Lreadnumber_copy
    lea rdi, [rip + runtime.cgroup_dir]
    call runtime.readscratch
    test rax, rax
    jle .Lreadnumber_fail
    lea rdi, [rip + runtime.cgroup_scratch]
    jmp runtime.parsenumber
.Lreadnumber_fail:
    xor eax, eax
    xor edx, edx
    ret

# runtime.parsenumber(p rdi) → rax value, rdx ok, r8 end: an optional '-' and
# decimal digits (at least one), as Go's parseV1Number.
runtime.parsenumber:
    xor eax, eax
    xor r9d, r9d
    cmp byte ptr [rdi], 0x2d
    jne .Lparsenum_first
    mov r9d, 0x1
    add rdi, 0x1
.Lparsenum_first:
    movzx ecx, byte ptr [rdi]
    sub ecx, 0x30
    cmp ecx, 0x9
    ja .Lparsenum_fail
.Lparsenum_digit:
    movzx ecx, byte ptr [rdi]
    sub ecx, 0x30
    cmp ecx, 0x9
    ja .Lparsenum_end
    imul rax, rax, 0xa
    add rax, rcx
    add rdi, 0x1
    jmp .Lparsenum_digit
.Lparsenum_end:
    test r9d, r9d
    jz .Lparsenum_ok
    neg rax
.Lparsenum_ok:
    mov r8, rdi
    mov edx, 0x1
    ret
.Lparsenum_fail:
    xor eax, eax
    xor edx, edx
    ret

# runtime.indexbyte(p rdi, end rsi, c dl) → rax: the first c in [p, end), or end.
runtime.indexbyte:
    # As Go's indexbytebody: sixteen bytes at a time with SSE2 (pcmpeqb against sixteen
    # copies of the byte, pmovmskb to a bit mask), then the tail byte by byte. The loads
    # never pass end. Start-up reads /proc/self/mountinfo through here: most of the
    # instructions a hello run executes were in this loop when it went byte by byte.
    mov rax, rdi
    movzx ecx, dl
    movd xmm0, ecx
    punpcklbw xmm0, xmm0
    punpcklwd xmm0, xmm0
    pshufd xmm0, xmm0, 0x0
.Lindexbyte_block:
    lea rcx, [rax + 0x10]
    cmp rcx, rsi
    ja .Lindexbyte_loop
    movdqu xmm1, xmmword ptr [rax]
    pcmpeqb xmm1, xmm0
    pmovmskb ecx, xmm1
    test ecx, ecx
    jnz .Lindexbyte_found
    add rax, 0x10
    jmp .Lindexbyte_block
.Lindexbyte_found:
    bsf ecx, ecx
    add rax, rcx
    ret
.Lindexbyte_loop:
    cmp rax, rsi
    jae .Lindexbyte_done
    cmp byte ptr [rax], dl
    je .Lindexbyte_done
    add rax, 0x1
    jmp .Lindexbyte_loop
.Lindexbyte_done:
    ret

# runtime.memeq6(a rdi, b rsi) → eax 1 if the first six bytes are equal
# ("cgroup", also the start of "cgroup2").
runtime.memeq6:
    mov eax, dword ptr [rdi]
    cmp eax, dword ptr [rsi]
    jne .Lmemeq6_no
    movzx eax, word ptr [rdi + 0x4]
    cmp ax, word ptr [rsi + 0x4]
    jne .Lmemeq6_no
    mov eax, 0x1
    ret
.Lmemeq6_no:
    xor eax, eax
    ret

# runtime.containsCPU(p rdi, end rsi) → rax: Go's containsCPU: is "cpu" one of the
# comma-separated items of [p, end)? ("cpu,cpuacct" yes, "cpuset" no.)
runtime.containsCPU:
.Lcontains_item:
    mov rcx, rdi                          # item start
.Lcontains_scan:
    cmp rdi, rsi
    jae .Lcontains_last
    cmp byte ptr [rdi], 0x2c
    je .Lcontains_check
    cmp byte ptr [rdi], 0x20
    je .Lcontains_last
    cmp byte ptr [rdi], 0xa
    je .Lcontains_last
    add rdi, 0x1
    jmp .Lcontains_scan
.Lcontains_check:
    call .Lcontains_is_cpu
    jnz .Lcontains_yes
    add rdi, 0x1
    jmp .Lcontains_item
.Lcontains_last:
    call .Lcontains_is_cpu
    jnz .Lcontains_yes
    xor eax, eax
    ret
.Lcontains_yes:
    mov eax, 0x1
    ret
# item [rcx, rdi) == "cpu"? (ZF clear when it is)
.Lcontains_is_cpu:
    mov rax, rdi
    sub rax, rcx
    cmp rax, 0x3
    jne .Lcontains_not
    cmp word ptr [rcx], 0x7063            # "cp"
    jne .Lcontains_not
    cmp byte ptr [rcx + 0x2], 0x75        # "u"
    jne .Lcontains_not
    or eax, 0x1
    ret
.Lcontains_not:
    xor eax, eax
    ret

.section .rodata
runtime.str_proc_cgroup:
    .ascii "/proc/self/cgroup"
    .byte 0x0
runtime.str_proc_mountinfo:
    .ascii "/proc/self/mountinfo"
    .byte 0x0
runtime.str_cgroup2:
    .ascii "cgroup2"
runtime.str_cfs_quota:
    .ascii "/cpu.cfs_quota_us"
    .byte 0x0
runtime.str_cfs_period:
    .ascii "/cpu.cfs_period_us"
    .byte 0x0
runtime.str_cpu_max:
    .ascii "/cpu.max"
    .byte 0x0

.bss
.p2align 0x3
runtime.cgroup_path:
    .skip 0x8
runtime.cgroup_limit_milli:
    .skip 0x8
runtime.cgroup_quota:
    .skip 0x8
runtime.cgroup_period:
    .skip 0x8
# runtime.cgroup_cg, cgroup_dir and cgroup_scratch, the buffers: memory.s
