# indexbyte_amd64.s: looking for a byte with SSE2 (Go's internal/bytealg/indexbyte_amd64.s,
# and the findnull of Go's string.go, which Go writes over bytealg.IndexByteString).

.text

# runtime.indexByteString(s string, c byte) int: Go's bytealg.IndexByteString (register ABI:
# RAX ptr, RBX len, RCX c → RAX): the index of the first c in s, or -1. As Go's
# indexbytebody: sixteen bytes at a time (pcmpeqb against sixteen copies of the byte,
# pmovmskb to a bit mask), then the tail byte by byte. The loads never pass the end.
runtime.indexByteString:
    mov rdi, rax
    lea rsi, [rax + rbx]
    movzx edx, cl
    movd xmm0, edx
    punpcklbw xmm0, xmm0
    punpcklwd xmm0, xmm0
    pshufd xmm0, xmm0, 0x0
.Lindexbyte_block:
    lea rcx, [rax + 0x10]
    cmp rcx, rsi
    ja .Lindexbyte_tail
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
    sub rax, rdi
    ret
.Lindexbyte_tail:
    cmp rax, rsi
    jae .Lindexbyte_none
    cmp byte ptr [rax], dl
    je .Lindexbyte_hit
    add rax, 0x1
    jmp .Lindexbyte_tail
.Lindexbyte_hit:
    sub rax, rdi
    ret
.Lindexbyte_none:
    mov rax, 0xffffffffffffffff
    ret

# runtime.findnull(s *byte) int: Go's findnull (register ABI: RAX s → RAX), the length of the
# NUL-terminated string at s.
runtime.findnull:
    mov rdi, rax
    # fall through

# runtime.findnull_rdi(s rdi) → rax: the same for the assembly (internal convention; leaves
# rdi alone). Sixteen bytes at a time with SSE2 (pcmpeqb against zero, pmovmskb), from the
# aligned block that holds s: an aligned load never crosses a page, so it never faults past
# the string's end (Go's findnull reads up to a page boundary for the same reason).
runtime.findnull_rdi:
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
