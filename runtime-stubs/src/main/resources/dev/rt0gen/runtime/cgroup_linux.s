# cgroup_linux.s: the default GOMAXPROCS (Go's runtime/cgroup_linux.go, 1.25+).

.text

# runtime.defaultGOMAXPROCSInit(): Go opens the CPU cgroup's limit files (OpenCPU).
runtime.defaultGOMAXPROCSInit:
    ret

# runtime.defaultGOMAXPROCS(ncpu rdi) → rax: Go: min(ncpu, ceil(cgroup limit) >= 2).
runtime.defaultGOMAXPROCS:
    mov rax, rdi
    mov qword ptr [rip + runtime.gomaxprocs_why], WHY_NCPU
    ret

.bss
.p2align 0x3
runtime.cgroup_path:
    .skip 0x8
runtime.cgroup_limit_milli:
    .skip 0x8
