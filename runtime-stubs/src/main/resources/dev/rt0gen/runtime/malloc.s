# malloc.s: what of the heap is still assembly (the heap itself is malloc.go).

.text

# runtime.mallocgc_rdi(size rdi) → rax: malloc.go's mallocgc for the assembly's callers
# (internal), until they are Go: it keeps every register but rax (and the flags) as it was,
# which the assembly's callers of the assembly mallocgc relied on.
runtime.mallocgc_rdi:
    push rbp
    mov rbp, rsp
    and rsp, 0xfffffffffffffff0         # a call from Go code has rsp 16-aligned
    push rbx
    push rcx
    push rdx
    push rsi
    push rdi
    push r8
    push r9
    push r10
    push r11
    push r12
    push r13
    push r13                            # an even count keeps the alignment
    mov rax, rdi
    xor ebx, ebx                        # typ: none
    mov ecx, 0x1                        # needzero
    call runtime.mallocgc
    pop r13
    pop r13
    pop r12
    pop r11
    pop r10
    pop r9
    pop r8
    pop rdi
    pop rsi
    pop rdx
    pop rcx
    pop rbx
    leave
    ret

.section .rodata
runtime.str_oom:
    .ascii "out of memory"
    .byte 0x0
