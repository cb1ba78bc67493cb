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
    call runtime.throw
.Lconcat_len_ok:
    mov qword ptr [rsp + 0x20], rbx
    mov rdi, rbx
    call runtime.mallocgc
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

.section .rodata
runtime.msg_toolong:
    .ascii "string concatenation too long"
    .byte 0x0
