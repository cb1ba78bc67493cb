# utf8.s: UTF-8 for string conversions and for range over a string (Go's runtime/utf8.go).

.text

# runtime.decoderune(p rax, n rbx, k rcx) → r rax, pos rbx (docs/ABI.md, Go's register
# ABI): Go's decoderune(s string, k int) (r rune, pos int): the non-ASCII rune at s[k:]
# and the index after it. For an invalid or incomplete sequence, k >= len(s), or (as in
# Go: the caller has handled ASCII) a byte below 0x80: 0xFFFD (RuneError) and k+1.
runtime.decoderune:
    mov rdi, rax
    mov rsi, rbx
    mov rdx, rcx
    call runtime.decoderune1
    mov rbx, rdx
    ret

# runtime.decoderune1(p rdi, n rsi, k rdx) → r eax, pos rdx (internal): Go's decoderune.
# Clobbers rcx, r8, r9 only.
runtime.decoderune1:
    cmp rdx, rsi
    jge .Ldecode_error
    lea r8, [rdi + rdx]                  # s = s[k:]
    mov rcx, rsi
    sub rcx, rdx                         # len(s)
    movzx eax, byte ptr [r8]
    cmp eax, 0xc0                        # t2
    jb .Ldecode_error
    cmp eax, 0xe0                        # t3
    jb .Ldecode_2
    cmp eax, 0xf0                        # t4
    jb .Ldecode_3
    cmp eax, 0xf8                        # t5
    jb .Ldecode_4
    jmp .Ldecode_error
.Ldecode_2:                              # 0080-07FF, two bytes
    cmp rcx, 0x1
    jbe .Ldecode_error
    movzx r9d, byte ptr [r8 + 0x1]
    sub r9d, 0x80                        # locb <= s[1] <= hicb: 0 <= s[1]-0x80 <= 0x3f
    cmp r9d, 0x3f
    ja .Ldecode_error
    and eax, 0x1f                        # mask2
    shl eax, 0x6
    or eax, r9d
    cmp eax, 0x7f                        # rune1Max < r
    jbe .Ldecode_error
    add rdx, 0x2
    ret
.Ldecode_3:                              # 0800-FFFF, three bytes, no surrogates
    cmp rcx, 0x2
    jbe .Ldecode_error
    movzx r9d, byte ptr [r8 + 0x1]
    sub r9d, 0x80
    cmp r9d, 0x3f
    ja .Ldecode_error
    and eax, 0xf                         # mask3
    shl eax, 0x6
    or eax, r9d
    movzx r9d, byte ptr [r8 + 0x2]
    sub r9d, 0x80
    cmp r9d, 0x3f
    ja .Ldecode_error
    shl eax, 0x6
    or eax, r9d
    cmp eax, 0x7ff                       # rune2Max < r
    jbe .Ldecode_error
    mov r9d, eax
    and r9d, 0xfffff800
    cmp r9d, 0xd800                      # surrogateMin <= r <= surrogateMax
    je .Ldecode_error
    add rdx, 0x3
    ret
.Ldecode_4:                              # 10000-10FFFF, four bytes
    cmp rcx, 0x3
    jbe .Ldecode_error
    movzx r9d, byte ptr [r8 + 0x1]
    sub r9d, 0x80
    cmp r9d, 0x3f
    ja .Ldecode_error
    and eax, 0x7                         # mask4
    shl eax, 0x6
    or eax, r9d
    movzx r9d, byte ptr [r8 + 0x2]
    sub r9d, 0x80
    cmp r9d, 0x3f
    ja .Ldecode_error
    shl eax, 0x6
    or eax, r9d
    movzx r9d, byte ptr [r8 + 0x3]
    sub r9d, 0x80
    cmp r9d, 0x3f
    ja .Ldecode_error
    shl eax, 0x6
    or eax, r9d
    cmp eax, 0xffff                      # rune3Max < r
    jbe .Ldecode_error
    cmp eax, 0x10ffff                    # r <= maxRune
    ja .Ldecode_error
    add rdx, 0x4
    ret
.Ldecode_error:
    mov eax, 0xfffd                      # runeError, k + 1
    add rdx, 0x1
    ret

# runtime.encoderune(p rdi, r esi) → n rax (internal): Go's encoderune: writes r's UTF-8
# bytes (1 to 4) at p; r above 0x10FFFF (as uint32: a negative rune too) or a surrogate
# becomes 0xFFFD. Clobbers rsi only.
runtime.encoderune:
    cmp esi, 0x7f                        # rune1Max
    ja .Lencode_2
    mov byte ptr [rdi], sil
    mov eax, 0x1
    ret
.Lencode_2:
    cmp esi, 0x7ff                       # rune2Max
    ja .Lencode_3
    mov eax, esi
    shr eax, 0x6
    or al, 0xc0                          # t2
    mov byte ptr [rdi], al
    mov eax, esi
    and al, 0x3f                         # maskx
    or al, 0x80                          # tx
    mov byte ptr [rdi + 0x1], al
    mov eax, 0x2
    ret
.Lencode_3:
    cmp esi, 0x10ffff                    # maxRune
    ja .Lencode_error
    mov eax, esi
    and eax, 0xfffff800
    cmp eax, 0xd800                      # a surrogate
    je .Lencode_error
    cmp esi, 0xffff                      # rune3Max
    ja .Lencode_4
.Lencode_3bytes:
    mov eax, esi
    shr eax, 0xc
    or al, 0xe0                          # t3
    mov byte ptr [rdi], al
    mov eax, esi
    shr eax, 0x6
    and al, 0x3f
    or al, 0x80
    mov byte ptr [rdi + 0x1], al
    mov eax, esi
    and al, 0x3f
    or al, 0x80
    mov byte ptr [rdi + 0x2], al
    mov eax, 0x3
    ret
.Lencode_error:
    mov esi, 0xfffd                      # runeError
    jmp .Lencode_3bytes
.Lencode_4:
    mov eax, esi
    shr eax, 0x12
    or al, 0xf0                          # t4
    mov byte ptr [rdi], al
    mov eax, esi
    shr eax, 0xc
    and al, 0x3f
    or al, 0x80
    mov byte ptr [rdi + 0x1], al
    mov eax, esi
    shr eax, 0x6
    and al, 0x3f
    or al, 0x80
    mov byte ptr [rdi + 0x2], al
    mov eax, esi
    and al, 0x3f
    or al, 0x80
    mov byte ptr [rdi + 0x3], al
    mov eax, 0x4
    ret

# runtime.countrunes(p rax, n rbx) → rax (docs/ABI.md, Go's register ABI): Go's
# countrunes: the runes `for range s` visits (each invalid byte counts as one).
runtime.countrunes:
    mov rdi, rax
    mov rsi, rbx
    xor edx, edx                         # k
    xor r10d, r10d                       # runes
.Lcountrunes_loop:
    cmp rdx, rsi
    jge .Lcountrunes_done
    add r10, 0x1
    cmp byte ptr [rdi + rdx], 0x80       # runeSelf: ASCII is one byte
    jae .Lcountrunes_multi
    add rdx, 0x1
    jmp .Lcountrunes_loop
.Lcountrunes_multi:
    call runtime.decoderune1
    jmp .Lcountrunes_loop
.Lcountrunes_done:
    mov rax, r10
    ret
