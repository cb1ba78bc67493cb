# string.s: string operations (Go's runtime/string.go).

.text

# runtime.concatstring2(p1 rax, l1 rbx, p2 rcx, l2 rdi) → p rax, l rbx (docs/ABI.md,
# Go's register ABI). Go's concatstrings: if only one string is non-empty, it is the
# result as is (no copy); otherwise a new string of l1+l2 bytes (rawstring) with both
# copied in. Go throws "string concatenation too long" when the length overflows.
runtime.concatstring2:
    test rdi, rdi
    jz .Lconcat_done                     # s2 empty: the result is s1, in rax, rbx already
    test rbx, rbx
    jnz .Lconcat_both
    mov rax, rcx                         # s1 empty: the result is s2
    mov rbx, rdi
.Lconcat_done:
    ret
.Lconcat_both:
    push rbp
    mov rbp, rsp
    sub rsp, 0x30                        # p1, l1, p2, l2, l (rsp stays 16-aligned)
    mov qword ptr [rsp], rax
    mov qword ptr [rsp + 0x8], rbx
    mov qword ptr [rsp + 0x10], rcx
    mov qword ptr [rsp + 0x18], rdi
    add rbx, rdi                         # l = l1 + l2
    jno .Lconcat_len_ok
    lea rdi, [rip + runtime.msg_toolong]
    call runtime.throwc
.Lconcat_len_ok:
    mov qword ptr [rsp + 0x20], rbx
    mov rdi, rbx
    call runtime.mallocgc_rdi
    mov rdi, rax
    mov rsi, qword ptr [rsp]
    mov rcx, qword ptr [rsp + 0x8]
    rep movsb
    mov rsi, qword ptr [rsp + 0x10]
    mov rcx, qword ptr [rsp + 0x18]
    rep movsb
    mov rbx, qword ptr [rsp + 0x20]      # rax is still p
    mov rsp, rbp
    pop rbp
    ret

# runtime.cmpstring(p1 rax, l1 rbx, p2 rcx, l2 rdi) → c rax (docs/ABI.md, Go's
# register ABI): Go's cmpstring (internal/bytealg): compare bytes as unsigned up to
# the shorter length; then the shorter string is less. -1, 0 or +1.
runtime.cmpstring:
    mov rsi, rax
    mov r8, rbx
    mov r9, rdi
    mov rdi, rcx
    mov rcx, r8
    cmp rcx, r9
    jbe .Lcmp_min
    mov rcx, r9
.Lcmp_min:
    xor edx, edx
.Lcmp_loop:
    cmp rdx, rcx
    jae .Lcmp_lengths
    movzx eax, byte ptr [rsi + rdx]
    cmp al, byte ptr [rdi + rdx]
    jb .Lcmp_less
    ja .Lcmp_greater
    add rdx, 0x1
    jmp .Lcmp_loop
.Lcmp_lengths:
    cmp r8, r9
    jb .Lcmp_less
    ja .Lcmp_greater
    xor eax, eax
    ret
.Lcmp_less:
    mov rax, 0xffffffffffffffff
    ret
.Lcmp_greater:
    mov eax, 0x1
    ret

# runtime.concatstring3(p1 rax, l1 rbx, p2 rcx, l2 rdi, p3 rsi, l3 r8) → p rax, l rbx,
# runtime.concatstring4(… p4 r9, l4 r10), runtime.concatstring5(… p5, l5 on the stack)
# (docs/ABI.md, Go's register ABI; like concatstring2, without Go's buf argument: the
# fifth string of concatstring5 does not fit the registers left, so it is at the caller's
# [rsp + 0x0], [rsp + 0x8]): Go's concatstrings of 3, 4 or 5 strings.
runtime.concatstring3:
    push rbp
    mov rbp, rsp
    sub rsp, 0x30
    mov qword ptr [rsp + 0x20], rsi
    mov qword ptr [rsp + 0x28], r8
    mov esi, 0x3
    jmp .Lconcatn

runtime.concatstring4:
    push rbp
    mov rbp, rsp
    sub rsp, 0x40
    mov qword ptr [rsp + 0x20], rsi
    mov qword ptr [rsp + 0x28], r8
    mov qword ptr [rsp + 0x30], r9
    mov qword ptr [rsp + 0x38], r10
    mov esi, 0x4
    jmp .Lconcatn

runtime.concatstring5:
    push rbp
    mov rbp, rsp
    sub rsp, 0x50
    mov qword ptr [rsp + 0x20], rsi
    mov qword ptr [rsp + 0x28], r8
    mov qword ptr [rsp + 0x30], r9
    mov qword ptr [rsp + 0x38], r10
    mov rdx, qword ptr [rbp + 0x10]
    mov qword ptr [rsp + 0x40], rdx
    mov rdx, qword ptr [rbp + 0x18]
    mov qword ptr [rsp + 0x48], rdx
    mov esi, 0x5
.Lconcatn:                               # the first two strings, then concatstrings(rsp, n)
    mov qword ptr [rsp], rax
    mov qword ptr [rsp + 0x8], rbx
    mov qword ptr [rsp + 0x10], rcx
    mov qword ptr [rsp + 0x18], rdi
    mov rdi, rsp
    call runtime.concatstrings
    mov rbx, rdx
    leave
    ret

# runtime.concatstrings(a rdi, n rsi) → p rax, l rdx (internal): Go's concatstrings of
# the n strings at a (pointer, length words each): "" if all are empty, the one non-empty
# string itself if there is one, else a new string with them all copied in. Go's throw
# "string concatenation too long" when the length overflows.
runtime.concatstrings:
    push rbp
    mov rbp, rsp
    push rbx
    push r12
    push r13
    mov r12, rdi
    mov r13, rsi
    xor eax, eax                         # l
    xor ecx, ecx                         # count
    xor edx, edx                         # i
.Lconcats_sum:
    cmp rdx, r13
    jae .Lconcats_summed
    mov r9, rdx
    shl r9, 0x4
    add r9, r12                          # &a[i]
    mov r10, qword ptr [r9 + 0x8]
    test r10, r10
    jz .Lconcats_next
    add rax, r10
    jo .Lconcats_toolong
    add rcx, 0x1
    mov r8, r9                           # the last non-empty string
.Lconcats_next:
    add rdx, 0x1
    jmp .Lconcats_sum
.Lconcats_summed:
    test rcx, rcx
    jz .Lconcats_empty
    cmp rcx, 0x1
    je .Lconcats_one
    mov rbx, rax
    mov rdi, rax
    call runtime.mallocgc_rdi
    mov rdi, rax
.Lconcats_copy:
    mov rsi, qword ptr [r12]
    mov rcx, qword ptr [r12 + 0x8]
    rep movsb
    add r12, 0x10
    sub r13, 0x1
    jnz .Lconcats_copy
    mov rdx, rbx
    jmp .Lconcats_done
.Lconcats_empty:
    xor eax, eax
    xor edx, edx
    jmp .Lconcats_done
.Lconcats_one:
    mov rax, qword ptr [r8]
    mov rdx, qword ptr [r8 + 0x8]
.Lconcats_done:
    pop r13
    pop r12
    pop rbx
    pop rbp
    ret
.Lconcats_toolong:
    lea rdi, [rip + runtime.msg_toolong]
    call runtime.throwc
    int3                                 # not reached; ends the chunk (dead code: docs/ABI.md)

# runtime.intstring(buf rax, v rbx) → p rax, l rbx (docs/ABI.md, Go's register ABI): Go's
# intstring(buf *[4]byte, v int64) string, string(rune(v)): v's UTF-8 encoding, 0xFFFD's
# when v is not a valid rune (outside int32, negative, above 0x10FFFF, a surrogate). buf
# is always nil from rt0gen and not read: a new 4-byte string (Go's rawstring(4)).
runtime.intstring:
    mov edi, 0x4
    call runtime.rawstring
    movsxd rsi, ebx
    cmp rsi, rbx
    je .Lintstring_rune                  # int64(rune(v)) == v
    mov esi, 0xfffd
.Lintstring_rune:
    mov rdi, rax
    call runtime.encoderune
    mov rbx, rax
    mov rax, rdi
    ret

# runtime.rawstring(size rdi) → p rax (internal): Go's rawstring: size bytes for a new
# string (mallocgc; Go's also returns them as a []byte, the same memory).
runtime.rawstring:
    jmp runtime.mallocgc_rdi

# runtime.slicebytetostring(buf rax, ptr rbx, n rcx) → p rax, l rbx (docs/ABI.md, Go's
# register ABI): Go's, string(b): "" (nil data) for n 0, a byte of the static table
# (Go's staticuint64s) for n 1, else a copy on the heap. buf is always nil and not read.
runtime.slicebytetostring:
    test rcx, rcx
    jz .Lslicebytetostring_empty
    cmp rcx, 0x1
    je .Lslicebytetostring_one
    mov r12, rcx
    mov rdi, rcx
    call runtime.mallocgc_rdi
    mov rdi, rax
    mov rsi, rbx
    mov rcx, r12
    rep movsb
    mov rbx, r12
    ret
.Lslicebytetostring_empty:
    xor eax, eax
    xor ebx, ebx
    ret
.Lslicebytetostring_one:
    movzx eax, byte ptr [rbx]
    lea rdx, [rip + runtime.staticbytes]
    add rax, rdx
    mov ebx, 0x1
    ret

# runtime.rawbyteslice(size rdi) → p rax, cap rdx (internal): Go's rawbyteslice: a new
# []byte of len size whose cap is size rounded up to Go's size class (roundupsize,
# noscan). Preserves rbx, r12-r15.
runtime.rawbyteslice:
    push r12
    mov esi, 0x1
    call runtime.roundupsize
    mov r12, rax
    mov rdi, rax
    call runtime.mallocgc_rdi
    mov rdx, r12
    pop r12
    ret

# runtime.stringtoslicebyte(buf rax, p rbx, n rcx) → ptr rax, len rbx, cap rcx
# (docs/ABI.md, Go's register ABI): Go's, []byte(s): rawbyteslice(len(s)) with s copied
# in (so cap is Go's, rounded to the size class). buf is always nil and not read.
runtime.stringtoslicebyte:
    mov r13, rcx
    mov rdi, rcx
    call runtime.rawbyteslice
    mov rdi, rax
    mov rsi, rbx
    mov rcx, r13
    rep movsb
    mov rbx, r13
    mov rcx, rdx
    ret

# runtime.rawruneslice(size rdi) → p rax, cap rdx (internal): Go's rawruneslice: a new
# []rune of len size, its cap rounded to the size class of size*4 bytes; Go's throw "out
# of memory" when size > maxAlloc/4. Preserves rbx, r12-r15.
runtime.rawruneslice:
    mov rax, 0x400000000000              # maxAlloc / 4
    cmp rdi, rax
    ja .Lrawruneslice_oom
    push r12
    shl rdi, 0x2
    mov esi, 0x1
    call runtime.roundupsize
    mov r12, rax
    mov rdi, rax
    call runtime.mallocgc_rdi
    mov rdx, r12
    shr rdx, 0x2
    pop r12
    ret
.Lrawruneslice_oom:
    lea rdi, [rip + runtime.str_oom]
    call runtime.throwc
    int3                                 # not reached; ends the chunk (dead code: docs/ABI.md)

# runtime.stringtoslicerune(buf rax, p rbx, n rcx) → ptr rax, len rbx, cap rcx
# (docs/ABI.md, Go's register ABI): Go's, []rune(s): counts the runes, rawruneslice, then
# decodes them in as `for range s` does (an invalid byte is 0xFFFD). buf is always nil and
# not read.
runtime.stringtoslicerune:
    push rbp
    mov rbp, rsp
    push rbx                             # [rbp - 0x8]: p
    push rcx                             # [rbp - 0x10]: n
    mov rax, rbx
    mov rbx, rcx
    call runtime.countrunes
    mov r12, rax                         # runes
    mov rdi, rax
    call runtime.rawruneslice
    mov r13, rdx                         # cap
    mov r11, rax                         # the runes go here
    mov rbx, rax
    mov rdi, qword ptr [rbp - 0x8]
    mov rsi, qword ptr [rbp - 0x10]
    xor edx, edx                         # k
.Lstringtoslicerune_loop:
    cmp rdx, rsi
    jge .Lstringtoslicerune_done
    movzx eax, byte ptr [rdi + rdx]
    cmp eax, 0x80                        # runeSelf
    jae .Lstringtoslicerune_multi
    add rdx, 0x1
    jmp .Lstringtoslicerune_store
.Lstringtoslicerune_multi:
    call runtime.decoderune1             # leaves rdi, rsi, r10, r11 alone
.Lstringtoslicerune_store:
    mov dword ptr [r11], eax
    add r11, 0x4
    jmp .Lstringtoslicerune_loop
.Lstringtoslicerune_done:
    mov rax, rbx
    mov rbx, r12
    mov rcx, r13
    leave
    ret

# runtime.slicerunetostring(buf rax, ptr rbx, len rcx, cap rdi) → p rax, l rbx
# (docs/ABI.md, Go's register ABI): Go's, string(runes): the UTF-8 encoding of each rune
# (encoderune: an invalid one gives 0xFFFD), measured first, then written into a new
# string of exactly that size (Go allocates 3 bytes more, for its race check, unseen).
# buf is always nil and not read.
runtime.slicerunetostring:
    push rbp
    mov rbp, rsp
    sub rsp, 0x10                        # [rsp]: 4 bytes encoderune writes while measuring
    mov r12, rbx
    mov r13, rcx
    lea rdi, [rsp]
    xor edx, edx
    xor r8d, r8d                         # size1
.Lslicerunetostring_size:
    cmp rdx, r13
    jge .Lslicerunetostring_alloc
    mov esi, dword ptr [r12 + rdx*0x4]
    call runtime.encoderune
    add r8, rax
    add rdx, 0x1
    jmp .Lslicerunetostring_size
.Lslicerunetostring_alloc:
    mov rbx, r8
    mov rdi, r8
    call runtime.rawstring
    mov qword ptr [rsp + 0x8], rax
    mov rdi, rax
    xor edx, edx
.Lslicerunetostring_encode:
    cmp rdx, r13
    jge .Lslicerunetostring_done
    mov esi, dword ptr [r12 + rdx*0x4]
    call runtime.encoderune
    add rdi, rax
    add rdx, 0x1
    jmp .Lslicerunetostring_encode
.Lslicerunetostring_done:
    mov rax, qword ptr [rsp + 0x8]
    leave
    ret

.section .rodata
# Go's staticuint64s, as bytes: the data of every one-byte string slicebytetostring makes.
runtime.staticbytes:
    .byte 0x0, 0x1, 0x2, 0x3, 0x4, 0x5, 0x6, 0x7, 0x8, 0x9, 0xa, 0xb, 0xc, 0xd, 0xe, 0xf
    .byte 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f
    .byte 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x2b, 0x2c, 0x2d, 0x2e, 0x2f
    .byte 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f
    .byte 0x40, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x4b, 0x4c, 0x4d, 0x4e, 0x4f
    .byte 0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x5b, 0x5c, 0x5d, 0x5e, 0x5f
    .byte 0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f
    .byte 0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x7b, 0x7c, 0x7d, 0x7e, 0x7f
    .byte 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8d, 0x8e, 0x8f
    .byte 0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9d, 0x9e, 0x9f
    .byte 0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf
    .byte 0xb0, 0xb1, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xbb, 0xbc, 0xbd, 0xbe, 0xbf
    .byte 0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xcb, 0xcc, 0xcd, 0xce, 0xcf
    .byte 0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xdb, 0xdc, 0xdd, 0xde, 0xdf
    .byte 0xe0, 0xe1, 0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xeb, 0xec, 0xed, 0xee, 0xef
    .byte 0xf0, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe, 0xff
runtime.msg_toolong:
    .ascii "string concatenation too long"
    .byte 0x0
