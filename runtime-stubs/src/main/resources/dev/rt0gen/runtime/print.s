# print.s: print/println support (Go's runtime/print.go), writing to fd 2.
#
# Go writes each piece with write(2) as it comes. Here the pieces of one print
# statement collect in the current M's printbuf between printlock and printunlock
# and go out with one write; outside a printlock every piece is written at once.
# The bytes on fd 2 are the same.

.text

# runtime.printlock(): Go: mp.printlock++ (the lock itself only on the first level).
runtime.printlock:
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rcx, qword ptr [rcx + g_m]
    add qword ptr [rcx + m_printlock], 0x1
    ret

# runtime.printunlock(): Go: mp.printlock--; here the buffered bytes go out at level 0.
runtime.printunlock:
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rcx, qword ptr [rcx + g_m]
    sub qword ptr [rcx + m_printlock], 0x1
    jnz .Lunlock_done
    call runtime.printflush
.Lunlock_done:
    ret

# runtime.printflush(): write out the current M's printbuf.
runtime.printflush:
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rcx, qword ptr [rcx + g_m]
    mov rdx, qword ptr [rcx + m_printlen]
    test rdx, rdx
    jz .Lflush_done
    mov qword ptr [rcx + m_printlen], 0x0
    lea rsi, [rcx + m_printbuf]
    mov edi, FD_STDERR
    call runtime.write1
.Lflush_done:
    ret

# runtime.gwrite(p rdi, n rsi): Go's gwrite: append to the print buffer, flushing
# when full, and flush at the end unless inside printlock. Preserves rbx, r12-r15.
runtime.gwrite:
    push r12
    push r13
    push r14
    mov r12, rdi
    mov r13, rsi
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov r14, qword ptr [rcx + g_m]           # this M's buffer (printing never switches M)
.Lgwrite_loop:
    test r13, r13
    jz .Lgwrite_end
    mov rdx, qword ptr [r14 + m_printlen]
    mov ecx, PRINTBUF_SIZE
    sub rcx, rdx                             # room left
    jnz .Lgwrite_put
    call runtime.printflush
    jmp .Lgwrite_loop
.Lgwrite_put:
    cmp rcx, r13
    jbe .Lgwrite_copy
    mov rcx, r13                             # min(room, n) bytes
.Lgwrite_copy:
    add qword ptr [r14 + m_printlen], rcx
    sub r13, rcx
    lea rdi, [r14 + rdx + m_printbuf]
    mov rsi, r12
    rep movsb
    mov r12, rsi
    jmp .Lgwrite_loop
.Lgwrite_end:
    cmp qword ptr [r14 + m_printlock], 0x0
    jne .Lgwrite_ret
    call runtime.printflush
.Lgwrite_ret:
    pop r14
    pop r13
    pop r12
    ret

# runtime.prints(p rdi): print a NUL-terminated string (internal messages).
runtime.prints:
    push rdi
    call runtime.findnull
    mov rsi, rax
    pop rdi
    jmp runtime.gwrite

# runtime.printu(v rdi): Go's printuint, unsigned decimal (internal).
runtime.printu:
    sub rsp, 0x28
    lea rsi, [rsp + 0x20]          # digits fill [rsp, rsp+0x20) from the end
    mov rax, rdi
    mov ecx, 0xa
.Lprintu_digit:
    xor edx, edx
    div rcx
    add dl, 0x30
    sub rsi, 0x1
    mov byte ptr [rsi], dl
    test rax, rax
    jnz .Lprintu_digit
    mov rdi, rsi
    lea rsi, [rsp + 0x20]
    sub rsi, rdi
    call runtime.gwrite
    add rsp, 0x28
    ret

# runtime.printi(v rdi): Go's printint: "-" then printuint(-v) (internal).
runtime.printi:
    test rdi, rdi
    jns runtime.printu
    push rdi
    lea rdi, [rip + runtime.str_minus]
    mov esi, 0x1
    call runtime.gwrite
    pop rdi
    neg rdi
    jmp runtime.printu

# runtime.printx(v rdi): Go's printhex: "0x" and lower-case hex digits (internal).
runtime.printx:
    sub rsp, 0x28
    lea rsi, [rsp + 0x20]
    lea r8, [rip + runtime.str_hexdigits]
.Lprintx_digit:
    mov rax, rdi
    and eax, 0xf
    movzx eax, byte ptr [r8 + rax]
    sub rsi, 0x1
    mov byte ptr [rsi], al
    shr rdi, 0x4
    jnz .Lprintx_digit
    sub rsi, 0x2
    mov word ptr [rsi], 0x7830     # "0x"
    mov rdi, rsi
    lea rsi, [rsp + 0x20]
    sub rsi, rdi
    call runtime.gwrite
    add rsp, 0x28
    ret

# ---- the entry points generated code calls (docs/ABI.md: Go's register ABI, the
# argument in rax (a string: rax ptr, rbx len); every register but rsp, rbp, r14 and
# r15 may be clobbered, and none of these leave a frame: each jumps into its helper) ----

# runtime.printstring(p rax, n rbx): Go: gwrite(bytes(s)).
runtime.printstring:
    mov rdi, rax
    mov rsi, rbx
    jmp runtime.gwrite

# runtime.printint(v rax): Go's printint.
runtime.printint:
    mov rdi, rax
    jmp runtime.printi

# runtime.printuint(v rax): Go's printuint.
runtime.printuint:
    mov rdi, rax
    jmp runtime.printu

# runtime.printhex(v rax): Go's printhex.
runtime.printhex:
    mov rdi, rax
    jmp runtime.printx

# runtime.printbool(b rax): Go prints "true" or "false". Tests the low byte only, as
# Go's code does (a bool is a byte there); rt0gen's bools are 0 or 1 in the whole word.
runtime.printbool:
    test al, al
    jz .Lprintbool_false
    lea rdi, [rip + runtime.str_true]
    mov esi, 0x4
    jmp runtime.gwrite
.Lprintbool_false:
    lea rdi, [rip + runtime.str_false]
    mov esi, 0x5
    jmp runtime.gwrite

# runtime.printsp(): Go: printstring(" ")
runtime.printsp:
    lea rdi, [rip + runtime.str_space]
    mov esi, 0x1
    jmp runtime.gwrite

# runtime.printnl(): Go: printstring("\n")
runtime.printnl:
    lea rdi, [rip + runtime.str_newline]
    mov esi, 0x1
    jmp runtime.gwrite

.section .rodata
runtime.str_minus:
    .ascii "-"
runtime.str_space:
    .ascii " "
runtime.str_newline:
    .byte 0xa
runtime.str_true:
    .ascii "true"
runtime.str_false:
    .ascii "false"
runtime.str_hexdigits:
    .ascii "0123456789abcdef"
