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

# runtime.printtostring_begin() (internal): what is printed until printtostring_end
# goes to a new string, not to fd 2 (a run-time error's message, made by the code that
# prints it): whatever is buffered goes out first, and printlock keeps the rest in the
# buffer (a message fits in it). Preserves rbx, r12-r15.
runtime.printtostring_begin:
    call runtime.printflush
    jmp runtime.printlock

# runtime.printtostring_end() → (p rax, n rbx) (internal): the bytes printed since
# printtostring_begin, copied to a new string; the buffer is left empty, the lock released.
runtime.printtostring_end:
    push rbp
    mov rbp, rsp
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rcx, qword ptr [rcx + g_m]
    mov rax, qword ptr [rcx + m_printlen]
    push rax                                 # [rbp - 0x8]: n
    sub rsp, 0x8
    mov rdi, rax
    call runtime.mallocgc_rdi
    mov qword ptr [rbp - 0x10], rax          # p
    mov rdi, rax
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rdx, qword ptr [rcx + g_m]
    lea rsi, [rdx + m_printbuf]
    mov rcx, qword ptr [rbp - 0x8]
    rep movsb
    mov qword ptr [rdx + m_printlen], 0x0
    call runtime.printunlock
    mov rax, qword ptr [rbp - 0x10]
    mov rbx, qword ptr [rbp - 0x8]
    leave
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
    mov ecx, const_printBufSize
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
    call runtime.findnull_rdi
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

# runtime.printpointer(p rax): Go's printpointer: printhex(uintptr(p)).
runtime.printpointer:
    mov rdi, rax
    jmp runtime.printx

# runtime.printslice(ptr rax, len rbx, cap rcx): Go's printslice: "[len/cap]" and the
# data pointer as printpointer prints it (0x…).
runtime.printslice:
    mov r12, rax
    mov r13, rcx
    lea rdi, [rip + runtime.str_printpunct]          # "["
    mov esi, 0x1
    call runtime.gwrite
    mov rdi, rbx
    call runtime.printi
    lea rdi, [rip + runtime.str_printpunct + 0x1]    # "/"
    mov esi, 0x1
    call runtime.gwrite
    mov rdi, r13
    call runtime.printi
    lea rdi, [rip + runtime.str_printpunct + 0x2]    # "]"
    mov esi, 0x1
    call runtime.gwrite
    mov rdi, r12
    jmp runtime.printx

# runtime.printiface(tab rax, data rbx), runtime.printeface(type rax, data rbx): Go's
# printiface and printeface: "(" the two words as pointers (0x…) "," … ")".
runtime.printiface:
runtime.printeface:
    mov r12, rbx
    mov r13, rax
    lea rdi, [rip + runtime.str_printpunct + 0x3]    # "("
    mov esi, 0x1
    call runtime.gwrite
    mov rdi, r13
    call runtime.printx
    lea rdi, [rip + runtime.str_printpunct + 0x4]    # ","
    mov esi, 0x1
    call runtime.gwrite
    mov rdi, r12
    call runtime.printx
    lea rdi, [rip + runtime.str_printpunct + 0x5]    # ")"
    mov esi, 0x1
    jmp runtime.gwrite

# runtime.printfloat(v xmm0): Go's printfloat64 (go1.26 runtime/print.go):
# gwrite(strconv.AppendFloat(buf, v, 'g', -1, 64)), the shortest decimal that reads
# back as v, "%e" form when its exponent is below -4 or at least 6 (1.5, 1e+100,
# 1.23456789e+08, 5e-324, -0, NaN, +Inf, -Inf). Go's strconv finds the digits with
# Dragonbox; this is strconv's reference algorithm, bigFtoa (exact decimal arithmetic
# and roundShortest), which gives the same digits without Dragonbox's 10 KiB table of
# powers of ten. Clobbers what the register ABI allows; keeps rbx, r12, r13 for itself.
runtime.printfloat:
    push rbp
    mov rbp, rsp
    push rbx
    push r12
    push r13
    sub rsp, PF_FRAME
    # the format's parameters (issue 14: printfloat32 shares the code): mantbits, minexp
    mov qword ptr [rsp + PF_MB], 0x34
    mov qword ptr [rsp + PF_MINEXP], -0x3fe
    # genericFtoa: bits = float64bits(val); neg, exp, mant
    movq rax, xmm0
    mov r13, rax
    shr r13, 0x3f                            # neg
    mov r12, rax
    shr r12, 0x34
    and r12d, 0x7ff                          # exp (biased)
    mov rbx, 0xfffffffffffff
    and rbx, rax                             # mant
    cmp r12d, 0x7ff
    jne .Lpf_finite
.Lpf_special:
    # exp == 1<<expbits - 1: "NaN" if mant != 0, else "-Inf" or "+Inf"
    lea rdi, [rip + runtime.str_nan]
    mov esi, 0x3
    test rbx, rbx
    jnz .Lpf_write
    lea rdi, [rip + runtime.str_posinf]
    mov esi, 0x4
    test r13, r13
    jz .Lpf_write
    lea rdi, [rip + runtime.str_neginf]
    jmp .Lpf_write
.Lpf_finite:
    test r12, r12
    jnz .Lpf_normal
    add r12, 0x1                             # exp == 0: denormalized, exp++
    jmp .Lpf_bias
.Lpf_normal:
    mov rax, 0x10000000000000
    or rbx, rax                              # add the implicit top bit
.Lpf_bias:
    sub r12, 0x3ff                           # exp += bias (-1023)
.Lpf_biased:
    test rbx, rbx
    jnz .Lpf_digits
    # mant == 0: formatDigits of no digits, fmtF: "0" or "-0"
    lea rdi, [rsp + PF_BUF]
    mov rsi, rdi
    test r13, r13
    jz .Lpf_zero
    mov byte ptr [rsi], 0x2d
    add rsi, 0x1
.Lpf_zero:
    mov byte ptr [rsi], 0x30
    add rsi, 0x1
    sub rsi, rdi
    jmp .Lpf_write
.Lpf_digits:
    # bigFtoa: d.Assign(mant); d.Shift(exp - mantbits)
    mov rdi, rsp                             # d is at rsp
    mov rsi, rbx
    call runtime.decassign
    mov rdi, rsp                             # d is at rsp
    mov rsi, r12
    sub rsi, qword ptr [rsp + PF_MB]         # exp - mantbits
    call runtime.decshift
    # roundShortest(d, mant, exp): already shortest if exp > minexp and
    # 332*(d.dp-d.nd) >= 100*(exp-mantbits)
    cmp r12, qword ptr [rsp + PF_MINEXP]
    jle .Lpf_bounds
    mov rax, qword ptr [rsp + PF_D_DP]
    sub rax, qword ptr [rsp + PF_D_ND]
    imul rax, rax, 0x14c
    mov rcx, r12
    sub rcx, qword ptr [rsp + PF_MB]
    imul rcx, rcx, 0x64
    cmp rax, rcx
    jge .Lpf_format
.Lpf_bounds:
    # upper = mant*2+1 << exp-mantbits-1: halfway to the next float
    lea rdi, [rsp + PF_UP]
    lea rsi, [rbx + rbx + 0x1]
    call runtime.decassign
    lea rdi, [rsp + PF_UP]
    mov rsi, r12
    sub rsi, qword ptr [rsp + PF_MB]
    sub rsi, 0x1                             # exp - mantbits - 1
    call runtime.decshift
    # lower = mantlo*2+1 << explo-mantbits-1: mantlo, explo = mant-1, exp if
    # mant > 1<<mantbits or exp == minexp, else mant*2-1, exp-1
    mov rdx, r12
    sub rdx, qword ptr [rsp + PF_MB]
    sub rdx, 0x1                             # explo - mantbits - 1
    lea rsi, [rbx - 0x1]
    mov rcx, qword ptr [rsp + PF_MB]
    mov eax, 0x1
    shl rax, cl                              # 1<<mantbits
    cmp rbx, rax
    ja .Lpf_lower
    cmp r12, qword ptr [rsp + PF_MINEXP]
    je .Lpf_lower
    lea rsi, [rbx + rbx - 0x1]
    sub rdx, 0x1
.Lpf_lower:
    push rdx
    lea rdi, [rsp + 0x8]                     # the pushed word moved rsp by 8
    add rdi, PF_LO
    lea rsi, [rsi + rsi + 0x1]
    call runtime.decassign
    pop rsi
    lea rdi, [rsp + PF_LO]
    call runtime.decshift
    # walk the digits until d parts from upper and lower. r8 ui, r9 upperdelta,
    # r10 inclusive (mant even: the bounds round to mant), rsi mi, rdi li
    xor r8d, r8d
    xor r9d, r9d
    mov r10, rbx
    not r10
    and r10d, 0x1
.Lpf_walk:
    # mi = ui - upper.dp + d.dp; done (all digits needed) when mi >= d.nd
    mov rsi, r8
    sub rsi, qword ptr [rsp + PF_UP_DP]
    mov rdi, rsi
    add rsi, qword ptr [rsp + PF_D_DP]
    cmp rsi, qword ptr [rsp + PF_D_ND]
    jge .Lpf_format
    # li = ui - upper.dp + lower.dp; l = lower.d[li] if 0 <= li < lower.nd, else '0'
    add rdi, qword ptr [rsp + PF_LO_DP]
    mov eax, 0x30
    test rdi, rdi
    js .Lpf_m
    cmp rdi, qword ptr [rsp + PF_LO_ND]
    jge .Lpf_m
    movzx eax, byte ptr [rsp + rdi + PF_LO]
.Lpf_m:
    # m = d.d[mi] if mi >= 0, else '0'
    mov edx, 0x30
    test rsi, rsi
    js .Lpf_u
    movzx edx, byte ptr [rsp + rsi]
.Lpf_u:
    # u = upper.d[ui] if ui < upper.nd, else '0'
    mov r11d, 0x30
    cmp r8, qword ptr [rsp + PF_UP_ND]
    jge .Lpf_okdown
    movzx r11d, byte ptr [rsp + r8 + PF_UP]
.Lpf_okdown:
    # okdown (rcx) = l != m || inclusive && li+1 == lower.nd
    xor ecx, ecx
    cmp eax, edx
    setne cl
    lea rax, [rdi + 0x1]
    cmp rax, qword ptr [rsp + PF_LO_ND]
    jne .Lpf_delta
    or ecx, r10d
.Lpf_delta:
    # upperdelta: 0 -> 2 if m+1 < u, 0 -> 1 if m != u, 1 -> 2 if m != '9' or u != '0'
    test r9, r9
    jnz .Lpf_delta1
    lea eax, [rdx + 0x1]
    cmp eax, r11d
    jae .Lpf_delta0
    mov r9d, 0x2
    jmp .Lpf_okup
.Lpf_delta0:
    cmp edx, r11d
    je .Lpf_okup
    mov r9d, 0x1
    jmp .Lpf_okup
.Lpf_delta1:
    cmp r9, 0x1
    jne .Lpf_okup
    cmp edx, 0x39
    jne .Lpf_delta2
    cmp r11d, 0x30
    je .Lpf_okup
.Lpf_delta2:
    mov r9d, 0x2
.Lpf_okup:
    # okup (rax) = upperdelta > 0 && (inclusive || upperdelta > 1 || ui+1 < upper.nd)
    xor eax, eax
    test r9, r9
    jz .Lpf_choose
    mov eax, 0x1
    test r10, r10
    jnz .Lpf_choose
    cmp r9, 0x1
    jne .Lpf_choose
    lea rdx, [r8 + 0x1]
    cmp rdx, qword ptr [rsp + PF_UP_ND]
    jl .Lpf_choose
    xor eax, eax
.Lpf_choose:
    # both: d.Round(mi+1); okdown: d.RoundDown(mi+1); okup: d.RoundUp(mi+1)
    mov rdi, rsp                             # d is at rsp
    add rsi, 0x1
    test ecx, ecx
    jz .Lpf_up
    test eax, eax
    jz .Lpf_down
    call runtime.decround
    jmp .Lpf_format
.Lpf_down:
    call runtime.decrounddown
    jmp .Lpf_format
.Lpf_up:
    test eax, eax
    jz .Lpf_next
    call runtime.decroundup
    jmp .Lpf_format
.Lpf_next:
    add r8, 0x1
    jmp .Lpf_walk
.Lpf_format:
    # formatDigits(shortest, 'g'): eprec = 6; exp = dp-1; %e if exp < -4 || exp >= 6
    lea rdi, [rsp + PF_BUF]
    mov rsi, rdi                             # rsi: the next byte to write
    test r13, r13
    jz .Lpf_sign_done
    mov byte ptr [rsi], 0x2d                 # '-'
    add rsi, 0x1
.Lpf_sign_done:
    mov r8, qword ptr [rsp + PF_D_ND]        # nd
    mov r9, qword ptr [rsp + PF_D_DP]        # dp
    lea rax, [r9 - 0x1]
    cmp rax, -0x4
    jl .Lpf_e
    cmp rax, 0x6
    jge .Lpf_e
    # fmtF(prec = max(nd-dp, 0)): the integer part, d[0:dp] padded with '0', or "0"
    test r9, r9
    jg .Lpf_int
    mov byte ptr [rsi], 0x30
    add rsi, 0x1
    jmp .Lpf_frac
.Lpf_int:
    xor ecx, ecx
.Lpf_int_digit:
    mov dl, 0x30
    cmp rcx, r8
    jge .Lpf_int_put
    mov dl, byte ptr [rsp + rcx]
.Lpf_int_put:
    mov byte ptr [rsi], dl
    add rsi, 0x1
    add rcx, 0x1
    cmp rcx, r9
    jl .Lpf_int_digit
.Lpf_frac:
    # then '.' and d[dp+i] for i < nd-dp ('0' where dp+i < 0)
    mov rcx, r8
    sub rcx, r9
    jle .Lpf_done
    mov byte ptr [rsi], 0x2e
    add rsi, 0x1
    mov rcx, r9                              # j = dp + i
.Lpf_frac_digit:
    mov dl, 0x30
    test rcx, rcx
    js .Lpf_frac_put
    mov dl, byte ptr [rsp + rcx]
.Lpf_frac_put:
    mov byte ptr [rsi], dl
    add rsi, 0x1
    add rcx, 0x1
    cmp rcx, r8
    jl .Lpf_frac_digit
    jmp .Lpf_done
.Lpf_e:
    # fmtE(prec = nd-1): d[0], then '.' and d[1:nd] when nd > 1
    mov dl, byte ptr [rsp]
    mov byte ptr [rsi], dl
    add rsi, 0x1
    cmp r8, 0x1
    jle .Lpf_exp
    mov byte ptr [rsi], 0x2e
    add rsi, 0x1
    mov ecx, 0x1
.Lpf_e_digit:
    mov dl, byte ptr [rsp + rcx]
    mov byte ptr [rsi], dl
    add rsi, 0x1
    add rcx, 0x1
    cmp rcx, r8
    jl .Lpf_e_digit
.Lpf_exp:
    # 'e', the exponent's sign, and at least two digits
    mov byte ptr [rsi], 0x65
    mov byte ptr [rsi + 0x1], 0x2b           # '+'
    test rax, rax
    jns .Lpf_exp_pos
    mov byte ptr [rsi + 0x1], 0x2d           # '-'
    neg rax
.Lpf_exp_pos:
    add rsi, 0x2
    mov ecx, 0xa
    cmp rax, 0xa
    jge .Lpf_exp_2
    mov byte ptr [rsi], 0x30                 # exp < 10: '0', then the digit
    add al, 0x30
    mov byte ptr [rsi + 0x1], al
    add rsi, 0x2
    jmp .Lpf_done
.Lpf_exp_2:
    cmp rax, 0x64
    jge .Lpf_exp_3
    xor edx, edx
    div rcx
    add al, 0x30
    add dl, 0x30
    mov byte ptr [rsi], al
    mov byte ptr [rsi + 0x1], dl
    add rsi, 0x2
    jmp .Lpf_done
.Lpf_exp_3:
    xor edx, edx
    div rcx                                  # rax = exp/10, rdx = exp%10
    add dl, 0x30
    mov byte ptr [rsi + 0x2], dl
    xor edx, edx
    div rcx
    add al, 0x30
    add dl, 0x30
    mov byte ptr [rsi], al
    mov byte ptr [rsi + 0x1], dl
    add rsi, 0x3
.Lpf_done:
    sub rsi, rdi
.Lpf_write:
    call runtime.gwrite
    add rsp, PF_FRAME
    pop r13
    pop r12
    pop rbx
    pop rbp
    ret

# ---- float32 and complex (issue 14) ----

# runtime.printfloat32(v xmm0, a float32 value held as a float64): Go's printfloat32,
# strconv.AppendFloat(buf, float64(v), 'g', -1, 32): the shortest decimal that reads
# back as the float32 (0.1, not 0.10000000149011612). printfloat's code with float32's
# mantbits (23), bias (-127) and minexp (-126).
runtime.printfloat32:
    push rbp
    mov rbp, rsp
    push rbx
    push r12
    push r13
    sub rsp, PF_FRAME
    mov qword ptr [rsp + PF_MB], 0x17
    mov qword ptr [rsp + PF_MINEXP], -0x7e
    cvtsd2ss xmm0, xmm0                      # exact: v is a float32 value
    movd eax, xmm0
    mov r13d, eax
    shr r13d, 0x1f                           # neg
    mov r12d, eax
    shr r12d, 0x17
    and r12d, 0xff                           # exp (biased)
    mov ebx, eax
    and ebx, 0x7fffff                        # mant
    cmp r12d, 0xff
    je .Lpf_special
    test r12, r12
    jnz .Lpf32_normal
    add r12, 0x1                             # denormalized: exp++
    jmp .Lpf32_bias
.Lpf32_normal:
    or ebx, 0x800000                         # the implicit top bit
.Lpf32_bias:
    sub r12, 0x7f                            # exp += bias (-127)
    jmp .Lpf_biased

# runtime.printcomplex(re xmm0, im xmm1): Go's printcomplex128, strconv.AppendComplex:
# "(", re, im with a sign in front unless it prints with one (negative but not NaN, or
# +Inf: "+NaN" has one added), "i)".
runtime.printcomplex:
    push rbx
    lea rbx, [rip + runtime.printfloat]
    jmp .Lpc_parts
# runtime.printcomplex64(re xmm0, im xmm1, float32 values): Go's printcomplex64.
runtime.printcomplex64:
    push rbx
    lea rbx, [rip + runtime.printfloat32]
.Lpc_parts:
    sub rsp, 0x10
    movsd qword ptr [rsp], xmm0
    movsd qword ptr [rsp + 0x8], xmm1
    lea rdi, [rip + runtime.str_complexpunct]        # "("
    mov esi, 0x1
    call runtime.gwrite
    movsd xmm0, qword ptr [rsp]
    call rbx
    movsd xmm1, qword ptr [rsp + 0x8]
    ucomisd xmm1, xmm1
    jp .Lpc_plus                             # NaN
    movq rax, xmm1
    test rax, rax
    js .Lpc_imag                             # negative: "-"
    mov rcx, 0x7ff0000000000000
    cmp rax, rcx
    je .Lpc_imag                             # +Inf
.Lpc_plus:
    lea rdi, [rip + runtime.str_complexpunct + 0x1]  # "+"
    mov esi, 0x1
    call runtime.gwrite
.Lpc_imag:
    movsd xmm0, qword ptr [rsp + 0x8]
    call rbx
    lea rdi, [rip + runtime.str_complexpunct + 0x2]  # "i)"
    mov esi, 0x2
    call runtime.gwrite
    add rsp, 0x10
    pop rbx
    ret

# ---- Go's strconv.decimal (decimal.go), for printfloat. A decimal is dec_nd and
# dec_dp after its digits (defs.s). These keep rbx, rdi, r11-r15. ----

# runtime.decassign(d rdi, v rsi): Go's (*decimal).Assign: v's decimal digits,
# dp = nd, trailing zeros trimmed.
runtime.decassign:
    sub rsp, 0x18                            # buf[24]: least significant digit first
    xor ecx, ecx
    mov rax, rsi
    mov r8d, 0xa
.Lda_digit:
    test rax, rax
    jz .Lda_copy
    xor edx, edx
    div r8
    add dl, 0x30
    mov byte ptr [rsp + rcx], dl
    add rcx, 0x1
    jmp .Lda_digit
.Lda_copy:
    xor edx, edx
.Lda_copy_digit:                             # for n--; n >= 0; n--: d[nd++] = buf[n]
    test rcx, rcx
    jz .Lda_done
    sub rcx, 0x1
    mov al, byte ptr [rsp + rcx]
    mov byte ptr [rdi + rdx], al
    add rdx, 0x1
    jmp .Lda_copy_digit
.Lda_done:
    mov qword ptr [rdi + dec_nd], rdx
    mov qword ptr [rdi + dec_dp], rdx
    add rsp, 0x18
    jmp runtime.dectrim

# runtime.dectrim(d rdi): Go's trim: drop trailing '0' digits; dp = 0 when none is left.
runtime.dectrim:
    mov rax, qword ptr [rdi + dec_nd]
.Ldt_digit:
    test rax, rax
    jz .Ldt_empty
    cmp byte ptr [rdi + rax - 0x1], 0x30
    jne .Ldt_done
    sub rax, 0x1
    jmp .Ldt_digit
.Ldt_empty:
    mov qword ptr [rdi + dec_dp], 0x0
.Ldt_done:
    mov qword ptr [rdi + dec_nd], rax
    ret

# runtime.decshift(d rdi, k rsi): Go's (*decimal).Shift: d * 2^k, by at most
# maxShift (60) bits at a time.
runtime.decshift:
    cmp qword ptr [rdi + dec_nd], 0x0
    je .Lds_done
    mov r11, rsi
.Lds_left:
    cmp r11, 0x3c
    jle .Lds_left_last
    mov ecx, 0x3c
    call runtime.decleftshift
    sub r11, 0x3c
    jmp .Lds_left
.Lds_left_last:
    test r11, r11
    jle .Lds_right
    mov rcx, r11
    jmp runtime.decleftshift
.Lds_right:
    cmp r11, -0x3c
    jge .Lds_right_last
    mov ecx, 0x3c
    call runtime.decrightshift
    add r11, 0x3c
    jmp .Lds_right
.Lds_right_last:
    test r11, r11
    jz .Lds_done
    mov rcx, r11
    neg rcx
    jmp runtime.decrightshift
.Lds_done:
    ret

# runtime.decleftshift(d rdi, k rcx): Go's leftShift: d * 2^k, 1 <= k <= 60. Go
# finds the number of new digits first (leftcheats); here the digits are written
# from d[nd+20] downwards (n = digit<<k + carry, then n/10 carries on, n%10 is
# the digit) and moved down to d[0], which needs no table.
runtime.decleftshift:
    mov r9, qword ptr [rdi + dec_nd]
    lea r8, [r9 + 0x14]                      # w
    mov rsi, r9                              # r
    xor eax, eax                             # n
    mov r10d, 0xa
.Lls_digit:                                  # for r--; r >= 0; r--
    test rsi, rsi
    jz .Lls_carry
    sub rsi, 0x1
    movzx edx, byte ptr [rdi + rsi]
    sub edx, 0x30
    shl rdx, cl
    add rax, rdx                             # n += (d[r]-'0') << k
    xor edx, edx
    div r10                                  # quo, rem = n/10, n%10
    sub r8, 0x1
    add dl, 0x30
    mov byte ptr [rdi + r8], dl
    jmp .Lls_digit
.Lls_carry:                                  # for n > 0: the new leading digits
    test rax, rax
    jz .Lls_move
    xor edx, edx
    div r10
    sub r8, 0x1
    add dl, 0x30
    mov byte ptr [rdi + r8], dl
    jmp .Lls_carry
.Lls_move:
    lea rdx, [r9 + 0x14]
    sub rdx, r8                              # the new nd
    mov rax, rdx
    sub rax, r9
    add qword ptr [rdi + dec_dp], rax        # dp += delta
    mov qword ptr [rdi + dec_nd], rdx
    xor ecx, ecx
.Lls_move_digit:
    cmp rcx, rdx
    jge runtime.dectrim
    movzx eax, byte ptr [rdi + r8]
    mov byte ptr [rdi + rcx], al
    add r8, 0x1
    add rcx, 0x1
    jmp .Lls_move_digit

# runtime.decrightshift(d rdi, k rcx): Go's rightShift: d / 2^k, 1 <= k <= 60
# (digits beyond Go's 800 dropped, as Go drops them).
runtime.decrightshift:
    xor esi, esi                             # r
    xor r8d, r8d                             # w
    xor eax, eax                             # n
    mov r9, qword ptr [rdi + dec_nd]
.Lrs_lead:                                   # for ; n>>k == 0; r++: read enough digits
    mov rdx, rax
    shr rdx, cl
    test rdx, rdx
    jnz .Lrs_found
    cmp rsi, r9
    jge .Lrs_past
    movzx edx, byte ptr [rdi + rsi]
    imul rax, rax, 0xa
    add rax, rdx
    sub rax, 0x30
    add rsi, 0x1
    jmp .Lrs_lead
.Lrs_past:                                   # out of digits: a zero result, or n*10 until n>>k != 0
    test rax, rax
    jnz .Lrs_past_digit
    mov qword ptr [rdi + dec_nd], 0x0
    ret
.Lrs_past_digit:
    mov rdx, rax
    shr rdx, cl
    test rdx, rdx
    jnz .Lrs_found
    imul rax, rax, 0xa
    add rsi, 0x1
    jmp .Lrs_past_digit
.Lrs_found:
    lea rdx, [rsi - 0x1]
    sub qword ptr [rdi + dec_dp], rdx        # dp -= r - 1
    mov r10d, 0x1
    shl r10, cl
    sub r10, 0x1                             # mask
.Lrs_digit:                                  # for ; r < nd; r++: a digit out, a digit in
    cmp rsi, r9
    jge .Lrs_tail
    mov rdx, rax
    shr rdx, cl
    and rax, r10
    add dl, 0x30
    mov byte ptr [rdi + r8], dl
    add r8, 0x1
    movzx edx, byte ptr [rdi + rsi]
    imul rax, rax, 0xa
    add rax, rdx
    sub rax, 0x30
    add rsi, 0x1
    jmp .Lrs_digit
.Lrs_tail:                                   # for n > 0: the remaining digits
    test rax, rax
    jz .Lrs_done
    mov rdx, rax
    shr rdx, cl
    and rax, r10
    cmp r8, DEC_DIGITS
    jge .Lrs_next
    add dl, 0x30
    mov byte ptr [rdi + r8], dl
    add r8, 0x1
.Lrs_next:
    imul rax, rax, 0xa
    jmp .Lrs_tail
.Lrs_done:
    mov qword ptr [rdi + dec_nd], r8
    jmp runtime.dectrim

# runtime.decround(d rdi, nd rsi): Go's (*decimal).Round: up when shouldRoundUp
# (the first dropped digit >= '5'; exactly '5' and last: to even), else down.
runtime.decround:
    test rsi, rsi
    js .Ldr_done
    cmp rsi, qword ptr [rdi + dec_nd]
    jge .Ldr_done
    movzx eax, byte ptr [rdi + rsi]
    cmp eax, 0x35
    jne .Ldr_ge5
    lea rdx, [rsi + 0x1]
    cmp rdx, qword ptr [rdi + dec_nd]
    jne .Ldr_ge5
    # exactly halfway: up if the digit before is odd (nd > 0)
    test rsi, rsi
    jz runtime.decrounddown
    movzx eax, byte ptr [rdi + rsi - 0x1]
    test eax, 0x1                            # '0' is even: the digit's parity is the byte's
    jnz runtime.decroundup
    jmp runtime.decrounddown
.Ldr_ge5:
    cmp eax, 0x35
    jge runtime.decroundup
    jmp runtime.decrounddown
.Ldr_done:
    ret

# runtime.decrounddown(d rdi, nd rsi): Go's RoundDown: keep nd digits, trimmed.
runtime.decrounddown:
    test rsi, rsi
    js .Ldd_done
    cmp rsi, qword ptr [rdi + dec_nd]
    jge .Ldd_done
    mov qword ptr [rdi + dec_nd], rsi
    jmp runtime.dectrim
.Ldd_done:
    ret

# runtime.decroundup(d rdi, nd rsi): Go's RoundUp: add one at digit nd-1, carrying
# over 9s; all 9s become "1" with dp + 1.
runtime.decroundup:
    test rsi, rsi
    js .Ldu_done
    cmp rsi, qword ptr [rdi + dec_nd]
    jge .Ldu_done
    mov rcx, rsi
.Ldu_digit:
    test rcx, rcx
    jz .Ldu_carry_out
    sub rcx, 0x1
    cmp byte ptr [rdi + rcx], 0x39
    jae .Ldu_digit
    add byte ptr [rdi + rcx], 0x1
    add rcx, 0x1
    mov qword ptr [rdi + dec_nd], rcx
    ret
.Ldu_carry_out:
    mov byte ptr [rdi], 0x31
    mov qword ptr [rdi + dec_nd], 0x1
    add qword ptr [rdi + dec_dp], 0x1
.Ldu_done:
    ret

.section .rodata
runtime.str_printpunct:
    .ascii "[/](,)"
runtime.str_complexpunct:
    .ascii "(+i)"
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
runtime.str_nan:
    .ascii "NaN"
runtime.str_posinf:
    .ascii "+Inf"
runtime.str_neginf:
    .ascii "-Inf"
