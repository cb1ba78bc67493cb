# memmove.s: copying, clearing and comparing memory (Go's runtime/memmove_amd64.s,
# memclr_amd64.s, internal/bytealg/equal_amd64.s), with rep movsb / stosb / cmpsb where
# Go uses SSE and AVX loops: the same results, not Go's speed on large blocks.

.text

# runtime.memmove(to rax, from rbx, n rcx) (docs/ABI.md, Go's register ABI): Go's
# memmove: copies n bytes; the blocks may overlap (copied backward when to is inside
# [from, from+n)).
runtime.memmove:
    mov rdi, rax
    mov rsi, rbx
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
# n zero bytes at ptr.
runtime.memclrNoHeapPointers:
    mov rdi, rax
    mov rcx, rbx
    xor eax, eax
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
