# string.s: string operations (Go's runtime/string.go).

.text

# runtime.concatstring2(p1, l1, p2, l2) → p, l (docs/ABI.md).
# Go's concatstrings: if only one string is non-empty, it is the result as is (no
# copy); otherwise a new string of l1+l2 bytes (rawstring) with both copied in.
# Go throws "string concatenation too long" when the length overflows.
runtime.concatstring2:
    push rbp
    mov rbp, rsp
    push rbx
    push r12
    mov rax, qword ptr [rbp + 0x18]
    mov rdx, qword ptr [rbp + 0x28]
    test rdx, rdx
    jnz .Lconcat_second
    mov rcx, qword ptr [rbp + 0x10]      # s2 empty: the result is s1
    jmp .Lconcat_result
.Lconcat_second:
    test rax, rax
    jnz .Lconcat_both
    mov rcx, qword ptr [rbp + 0x20]      # s1 empty: the result is s2
    mov rax, rdx
    jmp .Lconcat_result
.Lconcat_both:
    mov rbx, rax
    add rbx, rdx                         # l = l1 + l2
    jno .Lconcat_len_ok
    lea rdi, [rip + runtime.msg_toolong]
    call runtime.throw
.Lconcat_len_ok:
    mov rdi, rbx
    call runtime.mallocgc
    mov r12, rax
    mov rdi, rax
    mov rsi, qword ptr [rbp + 0x10]
    mov rcx, qword ptr [rbp + 0x18]
    rep movsb
    mov rsi, qword ptr [rbp + 0x20]
    mov rcx, qword ptr [rbp + 0x28]
    rep movsb
    mov rcx, r12
    mov rax, rbx
.Lconcat_result:
    mov qword ptr [rbp + 0x30], rcx
    mov qword ptr [rbp + 0x38], rax
    pop r12
    pop rbx
    pop rbp
    ret

# runtime.cmpstring(p1, l1, p2, l2) → c (docs/ABI.md): Go's cmpstring
# (internal/bytealg): compare bytes as unsigned up to the shorter length; then the
# shorter string is less. -1, 0 or +1.
runtime.cmpstring:
    push rbp
    mov rbp, rsp
    mov rsi, qword ptr [rbp + 0x10]
    mov r8, qword ptr [rbp + 0x18]
    mov rdi, qword ptr [rbp + 0x20]
    mov r9, qword ptr [rbp + 0x28]
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
    jmp .Lcmp_done
.Lcmp_less:
    mov rax, 0xffffffffffffffff
    jmp .Lcmp_done
.Lcmp_greater:
    mov eax, 0x1
.Lcmp_done:
    mov qword ptr [rbp + 0x30], rax
    pop rbp
    ret

.section .rodata
runtime.msg_toolong:
    .ascii "string concatenation too long"
    .byte 0x0
