# slice.s: making and growing slices (Go's runtime/slice.go).
#
# Go passes these functions the element type (*_type); rt0gen passes the element's size
# in bytes (docs/ABI.md). Memory from runtime.mallocgc is already zeroed and never reused,
# so nothing here clears memory.

.text

# runtime.makeslice(elemsize rax, len rbx, cap rcx) → p rax (docs/ABI.md, Go's register
# ABI): Go's makeslice(et *_type, len, cap int) with et.Size_ in place of et: cap elements
# of zeroed memory. Go's checks, in Go's order: elemsize*cap overflowing (math.MulUintptr),
# above maxAlloc, len < 0 or len > cap panic; then the same checks of elemsize*len decide
# between "makeslice: len out of range" (panicmakeslicelen) and "cap out of range".
runtime.makeslice:
    mov rsi, rax                         # elemsize
    mul rcx                              # rdx:rax = elemsize * uintptr(cap)
    jc .Lmakeslice_bad                   # the high word is not 0: overflow
    mov rdx, MAX_ALLOC
    cmp rax, rdx
    ja .Lmakeslice_bad
    test rbx, rbx
    js .Lmakeslice_bad
    cmp rbx, rcx
    jg .Lmakeslice_bad
    mov rdi, rax
    jmp runtime.mallocgc_rdi
.Lmakeslice_bad:
    mov rax, rsi
    mul rbx                              # elemsize * uintptr(len)
    jc runtime.panicmakeslicelen
    mov rdx, MAX_ALLOC
    cmp rax, rdx
    ja runtime.panicmakeslicelen
    test rbx, rbx
    js runtime.panicmakeslicelen
    jmp runtime.panicmakeslicecap

# runtime.panicmakeslicelen(), runtime.panicmakeslicecap(): Go's, panic(errorString(…)):
# "panic: runtime error: makeslice: len out of range" (or cap), printed and ended as
# runtime.panicdivide (panic.s). Never return.
runtime.panicmakeslicelen:
    lea rdi, [rip + runtime.str_makeslicelen]
    jmp runtime.fatalpanic

runtime.panicmakeslicecap:
    lea rdi, [rip + runtime.str_makeslicecap]
    jmp runtime.fatalpanic

# runtime.growslice(oldPtr rax, newLen rbx, oldCap rcx, num rdi, elemsize rsi)
#   → p rax, newLen rbx, newcap rcx (docs/ABI.md, Go's register ABI): Go's
# growslice(oldPtr, newLen, oldCap, num int, et *_type) slice, for append: a new backing
# array for newLen elements, the old newLen-num copied in, the rest zeroed. elemsize is
# et.Size_, with bit 63 set when the element type has pointers (Go's !noscan: roundupsize
# then counts a malloc header for blocks above 512 bytes, which changes cap() there).
# The capacity is Go's: nextslicecap (double below 256 elements, then grow by
# (newcap + 768) / 4 until newLen fits), its bytes rounded up to Go's size class or page
# (runtime.roundupsize), as many whole elements as fit. Go's specializations for sizes 1,
# 8 and powers of two compute the same as its general case, which this is. newLen < 0,
# an overflowing size or one above maxAlloc: "panic: runtime error: growslice: len out of
# range". A zero-sized element: &zerobase with cap newLen, as Go.
runtime.growslice:
    test rbx, rbx
    js runtime.panicgrowslicelen
    mov r9, rsi
    shr r9, 0x3f
    xor r9d, 0x1                         # noscan: no pointers
    mov r8, rsi
    btr r8, 0x3f                         # the element size
    test r8, r8
    jz .Lgrowslice_zerosize
    push rbp
    mov rbp, rsp
    sub rsp, 0x30                        # oldPtr, newLen, lenmem, size, newcap
    mov qword ptr [rsp], rax
    mov qword ptr [rsp + 0x8], rbx
    mov rax, rbx
    sub rax, rdi                         # oldLen = newLen - num
    imul rax, r8
    mov qword ptr [rsp + 0x10], rax      # lenmem
    mov qword ptr [rsp + 0x18], r8
    # nextslicecap(newLen rbx, oldCap rcx) → rax
    lea rax, [rcx + rcx]                 # doublecap
    cmp rbx, rax
    jg .Lgrowslice_newlen
    cmp rcx, 0x100                       # threshold
    jl .Lgrowslice_capped
    mov rax, rcx
.Lgrowslice_loop:
    lea rdx, [rax + 0x300]
    sar rdx, 0x2
    add rax, rdx                         # newcap += (newcap + 3*threshold) >> 2
    cmp rax, rbx
    jb .Lgrowslice_loop                  # until uint(newcap) >= uint(newLen)
    test rax, rax
    jg .Lgrowslice_capped
.Lgrowslice_newlen:                      # newLen > doublecap, or newcap overflowed
    mov rax, rbx
.Lgrowslice_capped:
    mul r8                               # capmem = newcap * size (math.MulUintptr)
    jc runtime.panicgrowslicelen
    mov rdi, rax
    mov esi, r9d
    call runtime.roundupsize
    xor edx, edx
    div qword ptr [rsp + 0x18]           # newcap = capmem / size
    mov qword ptr [rsp + 0x20], rax
    mul qword ptr [rsp + 0x18]           # capmem = newcap * size
    mov rdx, MAX_ALLOC
    cmp rax, rdx
    ja runtime.panicgrowslicelen
    mov rdi, rax
    call runtime.mallocgc_rdi
    mov rdi, rax
    mov rsi, qword ptr [rsp]
    mov rcx, qword ptr [rsp + 0x10]
    rep movsb                            # memmove(p, oldPtr, lenmem): p is new, no overlap
    mov rbx, qword ptr [rsp + 0x8]
    mov rcx, qword ptr [rsp + 0x20]
    leave
    ret
.Lgrowslice_zerosize:
    lea rax, [rip + runtime.zerobase]
    mov rcx, rbx
    ret

# runtime.panicgrowslicelen(): Go's panic(errorString("growslice: len out of range")),
# printed and ended as runtime.panicdivide. Never returns.
runtime.panicgrowslicelen:
    lea rdi, [rip + runtime.str_growslicelen]
    jmp runtime.fatalpanic

.section .rodata
runtime.str_makeslicelen:
    .ascii "panic: runtime error: makeslice: len out of range"
    .byte 0xa, 0x0
runtime.str_makeslicecap:
    .ascii "panic: runtime error: makeslice: cap out of range"
    .byte 0xa, 0x0
runtime.str_growslicelen:
    .ascii "panic: runtime error: growslice: len out of range"
    .byte 0xa, 0x0
