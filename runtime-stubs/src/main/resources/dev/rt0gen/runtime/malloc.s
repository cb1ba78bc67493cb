# malloc.s: the heap (Go's runtime/malloc.go, much reduced).
#
# Go has size classes, spans and a garbage collector. This runtime has a bump
# allocator over chunks and never frees: first runtime.heap0 in bss (memory.s), then
# a new mmap'd chunk of HEAP_CHUNK bytes (or a dedicated mapping for a larger
# request) when the current one is full.
# Memory comes zeroed from the kernel and is never reused, so it stays zeroed.
# If mmap fails: "fatal error: out of memory", as Go's throw.

.text

# runtime.mallocgc(size rdi) → rax: 8-aligned, zeroed memory (internal).
# Preserves rbx, r12-r15. Counts bytes and allocations for GODEBUG=inittrace=1,
# as Go's mallocgc does while inittrace is active (sizes here are rounded to 8,
# not to Go's size classes).
runtime.mallocgc:
    add rdi, 0x7
    and rdi, 0xfffffffffffffff8
    jnz .Lmalloc_nonzero
    lea rax, [rip + runtime.zerobase]     # Go: zero-sized objects share zerobase
    ret
.Lmalloc_nonzero:
    cmp byte ptr [rip + runtime.inittrace_active], 0x0
    je .Lmalloc_counted
    add qword ptr [rip + runtime.inittrace_bytes], rdi
    add qword ptr [rip + runtime.inittrace_allocs], 0x1
.Lmalloc_counted:
    mov rax, qword ptr [rip + runtime.heap_next]
    mov rdx, qword ptr [rip + runtime.heap_end]
    sub rdx, rax
    cmp rdi, rdx
    ja .Lmalloc_grow
    add qword ptr [rip + runtime.heap_next], rdi
    ret
.Lmalloc_grow:
    cmp qword ptr [rip + runtime.heap_end], 0x0
    jne .Lmalloc_chunk
    # the first chunk is runtime.heap0 (memory.s), in the page of bss the kernel
    # already zeroed: the first allocations make no mmap and touch no new page.
    lea rax, [rip + runtime.heap0]
    mov qword ptr [rip + runtime.heap_next], rax
    add rax, HEAP0_SIZE
    mov qword ptr [rip + runtime.heap_end], rax
    jmp .Lmalloc_counted
.Lmalloc_chunk:
    push r12
    mov r12, rdi
    cmp rdi, HEAP_LARGE
    jae .Lmalloc_large
    # a fresh chunk becomes the current one
    mov edi, HEAP_CHUNK
    call runtime.sysAlloc
    lea rdx, [rax + r12]
    mov qword ptr [rip + runtime.heap_next], rdx
    lea rdx, [rax + HEAP_CHUNK]
    mov qword ptr [rip + runtime.heap_end], rdx
    pop r12
    ret
.Lmalloc_large:
    # a large object gets its own mapping; the current chunk stays current
    mov rdi, r12
    call runtime.sysAlloc
    pop r12
    ret

# runtime.sysAlloc(n rdi) → rax: n bytes of fresh zeroed memory from mmap, or
# Go's "runtime: out of memory: cannot allocate N-byte block (M in use)" and
# "fatal error: out of memory" (runtime.oom) when mmap fails. Every mapping the runtime
# makes (heap chunks, large objects, goroutine and signal stacks, allp) comes from here.
runtime.sysAlloc:
    mov rsi, rdi
    xor edi, edi
    mov edx, PROT_RW
    mov ecx, MAP_HEAP
    mov r8, 0xffffffffffffffff
    xor r9d, r9d
    call runtime.sysMmap
    cmp rax, 0xfffffffffffff001
    jae .Lsysalloc_oom
    add qword ptr [rip + runtime.sysalloc_bytes], rsi   # the syscall left rsi (n) alone
    ret
.Lsysalloc_oom:
    mov rdi, rsi
    call runtime.oom

.section .rodata
runtime.str_oom:
    .ascii "out of memory"
    .byte 0x0

.bss
.p2align 0x3
runtime.zerobase:
    .skip 0x8
runtime.heap_next:
    .skip 0x8
runtime.heap_end:
    .skip 0x8
runtime.sysalloc_bytes:
    .skip 0x8
runtime.inittrace_active:
    .skip 0x8
runtime.inittrace_bytes:
    .skip 0x8
runtime.inittrace_allocs:
    .skip 0x8
