# memmove.s: copying, clearing and comparing memory (Go's runtime/memmove_amd64.s,
# memclr_amd64.s, internal/bytealg/equal_amd64.s). Blocks of up to 64 bytes, the common case
# (strings, small objects), are moved as Go's memmove moves them: every byte loaded into
# registers (overlapping loads from both ends) before any is stored, so overlap needs no
# care and there is no loop; longer ones with rep movsb / stosb / cmpsb where Go uses SSE and
# AVX loops: the same results, not Go's speed on large blocks.

.text

# runtime.memmove(to rax, from rbx, n rcx) (docs/ABI.md, Go's register ABI): Go's
# memmove: copies n bytes; the blocks may overlap (copied backward when to is inside
# [from, from+n)).
runtime.memmove:
    mov rdi, rax
    mov rsi, rbx
    cmp rcx, 0x10
    ja .Lmemmove_17
    cmp rcx, 0x8
    jb .Lmemmove_0_7
    mov rax, qword ptr [rsi]             # 8..16: the first and the last 8 bytes
    mov rdx, qword ptr [rsi + rcx - 0x8]
    mov qword ptr [rdi], rax
    mov qword ptr [rdi + rcx - 0x8], rdx
    ret
.Lmemmove_0_7:
    cmp rcx, 0x4
    jb .Lmemmove_0_3
    mov eax, dword ptr [rsi]             # 4..7: the first and the last 4
    mov edx, dword ptr [rsi + rcx - 0x4]
    mov dword ptr [rdi], eax
    mov dword ptr [rdi + rcx - 0x4], edx
    ret
.Lmemmove_0_3:
    test rcx, rcx
    je .Lmemmove_ret
    movzx eax, byte ptr [rsi]            # 1..3: the first, the middle and the last byte
    movzx edx, byte ptr [rsi + rcx - 0x1]
    mov rbx, rcx
    shr rbx, 0x1
    movzx ebx, byte ptr [rsi + rbx]
    mov byte ptr [rdi], al
    mov byte ptr [rdi + rcx - 0x1], dl
    shr rcx, 0x1
    mov byte ptr [rdi + rcx], bl
.Lmemmove_ret:
    ret
.Lmemmove_17:
    cmp rcx, 0x20
    ja .Lmemmove_33
    movups xmm0, xmmword ptr [rsi]       # 17..32: the first and the last 16
    movups xmm1, xmmword ptr [rsi + rcx - 0x10]
    movups xmmword ptr [rdi], xmm0
    movups xmmword ptr [rdi + rcx - 0x10], xmm1
    ret
.Lmemmove_33:
    cmp rcx, 0x40
    ja .Lmemmove_long
    movups xmm0, xmmword ptr [rsi]       # 33..64: the first and the last 32
    movups xmm1, xmmword ptr [rsi + 0x10]
    movups xmm2, xmmword ptr [rsi + rcx - 0x20]
    movups xmm3, xmmword ptr [rsi + rcx - 0x10]
    movups xmmword ptr [rdi], xmm0
    movups xmmword ptr [rdi + 0x10], xmm1
    movups xmmword ptr [rdi + rcx - 0x20], xmm2
    movups xmmword ptr [rdi + rcx - 0x10], xmm3
    ret
.Lmemmove_long:
    cmp rdi, rsi
    jbe .Lmemmove_forward                # to <= from: a forward copy reads each byte first
    lea rdx, [rsi + rcx]
    cmp rdi, rdx
    jae .Lmemmove_forward                # no overlap
    lea rsi, [rdx - 0x1]                 # backward, from the last byte down
    lea rdi, [rdi + rcx]
    sub rdi, 0x1
    std
    rep movsb
    cld                                  # Go's code runs with DF clear (docs/ABI.md)
    ret
.Lmemmove_forward:
    rep movsb
    ret

# runtime.memclrNoHeapPointers(ptr rax, n rbx) (docs/ABI.md, Go's register ABI): Go's:
# n zero bytes at ptr. Up to 64 bytes by stores from both ends, as memmove.
runtime.memclrNoHeapPointers:
    mov rdi, rax
    mov rcx, rbx
    xor eax, eax
    cmp rcx, 0x10
    ja .Lmemclr_17
    cmp rcx, 0x8
    jb .Lmemclr_0_7
    mov qword ptr [rdi], rax             # 8..16
    mov qword ptr [rdi + rcx - 0x8], rax
    ret
.Lmemclr_0_7:
    cmp rcx, 0x4
    jb .Lmemclr_0_3
    mov dword ptr [rdi], eax             # 4..7
    mov dword ptr [rdi + rcx - 0x4], eax
    ret
.Lmemclr_0_3:
    test rcx, rcx
    je .Lmemclr_ret
    mov byte ptr [rdi], al               # 1..3
    mov byte ptr [rdi + rcx - 0x1], al
    shr rcx, 0x1
    mov byte ptr [rdi + rcx], al
.Lmemclr_ret:
    ret
.Lmemclr_17:
    xorps xmm0, xmm0
    cmp rcx, 0x20
    ja .Lmemclr_33
    movups xmmword ptr [rdi], xmm0       # 17..32: 16 from each end
    movups xmmword ptr [rdi + rcx - 0x10], xmm0
    ret
.Lmemclr_33:
    cmp rcx, 0x40
    ja .Lmemclr_long
    movups xmmword ptr [rdi], xmm0       # 33..64: 32 from each end
    movups xmmword ptr [rdi + 0x10], xmm0
    movups xmmword ptr [rdi + rcx - 0x20], xmm0
    movups xmmword ptr [rdi + rcx - 0x10], xmm0
    ret
.Lmemclr_long:
    rep stosb
    ret

# runtime.memequal(a rax, b rbx, size rcx) → rax (docs/ABI.md, Go's register ABI): Go's
# memequal: 1 if the size bytes at a and b are equal, else 0 (size 0: 1).
runtime.memequal:
    mov rsi, rax
    mov rdi, rbx
    xor eax, eax                         # ZF set: what size 0 leaves for sete
    repe cmpsb
    sete al
    ret
