# complex.s: Go's runtime/complex.go (issue 14).

.text

# runtime.complex128div(n = a + bi: xmm0, xmm1; m = c + di: xmm2, xmm3) (xmm0, xmm1):
# Go's complex128div: Smith's algorithm, then, when both parts are NaN, C99's
# corrections to infinities and zeros (G.5.1). gc calls it for every complex / (a
# complex64 widened to complex128 and the quotient narrowed back). Uses xmm4-xmm9,
# rax, rcx, rdx, r8, r9.
runtime.complex128div:
    movq rax, xmm2
    btr rax, 0x3f
    movq xmm4, rax                           # |c|
    movq rax, xmm3
    btr rax, 0x3f
    movq xmm5, rax                           # |d|
    ucomisd xmm4, xmm5
    jb .Lcd_else                             # |c| < |d|, or a NaN
    # ratio = d / c; denom = c + ratio*d; e = (a + b*ratio) / denom; f = (b - a*ratio) / denom
    movapd xmm4, xmm3
    divsd xmm4, xmm2
    movapd xmm5, xmm4
    mulsd xmm5, xmm3
    addsd xmm5, xmm2
    movapd xmm6, xmm1
    mulsd xmm6, xmm4
    addsd xmm6, xmm0
    divsd xmm6, xmm5
    movapd xmm7, xmm0
    mulsd xmm7, xmm4
    movapd xmm8, xmm1
    subsd xmm8, xmm7
    divsd xmm8, xmm5
    jmp .Lcd_check
.Lcd_else:
    # ratio = c / d; denom = d + ratio*c; e = (a*ratio + b) / denom; f = (b*ratio - a) / denom
    movapd xmm4, xmm2
    divsd xmm4, xmm3
    movapd xmm5, xmm4
    mulsd xmm5, xmm2
    addsd xmm5, xmm3
    movapd xmm6, xmm0
    mulsd xmm6, xmm4
    addsd xmm6, xmm1
    divsd xmm6, xmm5
    movapd xmm8, xmm1
    mulsd xmm8, xmm4
    subsd xmm8, xmm0
    divsd xmm8, xmm5
.Lcd_check:
    # e in xmm6, f in xmm8: corrected only when both are NaN
    ucomisd xmm6, xmm6
    jnp .Lcd_done
    ucomisd xmm8, xmm8
    jnp .Lcd_done
    mov rcx, 0x7fffffffffffffff              # |x|'s bits
    mov rdx, 0x7ff0000000000000              # +Inf's bits
    # m == 0 && (!isNaN(a) || !isNaN(b)): e, f = copysign(inf, c) * a, copysign(inf, c) * b
    xorpd xmm4, xmm4
    ucomisd xmm2, xmm4
    jp .Lcd_case2
    jne .Lcd_case2
    ucomisd xmm3, xmm4
    jp .Lcd_case2
    jne .Lcd_case2
    ucomisd xmm0, xmm0
    jnp .Lcd_case1
    ucomisd xmm1, xmm1
    jp .Lcd_case2
.Lcd_case1:
    movq rax, xmm2
    mov r8, 0x8000000000000000
    and rax, r8
    or rax, rdx
    movq xmm4, rax
    movapd xmm6, xmm4
    mulsd xmm6, xmm0
    movapd xmm8, xmm4
    mulsd xmm8, xmm1
    jmp .Lcd_done
.Lcd_case2:
    # (isInf(a) || isInf(b)) && isFinite(c) && isFinite(d):
    # a, b = inf2one(a), inf2one(b); e = inf * (a*c + b*d); f = inf * (b*c - a*d)
    movq rax, xmm2
    and rax, rcx
    cmp rax, rdx
    jae .Lcd_case3
    movq rax, xmm3
    and rax, rcx
    cmp rax, rdx
    jae .Lcd_case3
    movq rax, xmm0
    and rax, rcx
    cmp rax, rdx
    je .Lcd_case2_go
    movq rax, xmm1
    and rax, rcx
    cmp rax, rdx
    jne .Lcd_case3
.Lcd_case2_go:
    movq rax, xmm0
    call .Lcd_inf2one
    movq xmm4, r8                            # a
    movq rax, xmm1
    call .Lcd_inf2one
    movq xmm5, r8                            # b
    movq xmm9, rdx                           # inf
    movapd xmm6, xmm4
    mulsd xmm6, xmm2
    movapd xmm7, xmm5
    mulsd xmm7, xmm3
    addsd xmm6, xmm7
    mulsd xmm6, xmm9
    movapd xmm8, xmm5
    mulsd xmm8, xmm2
    movapd xmm7, xmm4
    mulsd xmm7, xmm3
    subsd xmm8, xmm7
    mulsd xmm8, xmm9
    jmp .Lcd_done
.Lcd_case3:
    # (isInf(c) || isInf(d)) && isFinite(a) && isFinite(b):
    # c, d = inf2one(c), inf2one(d); e = 0 * (a*c + b*d); f = 0 * (b*c - a*d)
    movq rax, xmm0
    and rax, rcx
    cmp rax, rdx
    jae .Lcd_done
    movq rax, xmm1
    and rax, rcx
    cmp rax, rdx
    jae .Lcd_done
    movq rax, xmm2
    and rax, rcx
    cmp rax, rdx
    je .Lcd_case3_go
    movq rax, xmm3
    and rax, rcx
    cmp rax, rdx
    jne .Lcd_done
.Lcd_case3_go:
    movq rax, xmm2
    call .Lcd_inf2one
    movq xmm4, r8                            # c
    movq rax, xmm3
    call .Lcd_inf2one
    movq xmm5, r8                            # d
    xorpd xmm9, xmm9                         # 0
    movapd xmm6, xmm0
    mulsd xmm6, xmm4
    movapd xmm7, xmm1
    mulsd xmm7, xmm5
    addsd xmm6, xmm7
    mulsd xmm6, xmm9
    movapd xmm8, xmm1
    mulsd xmm8, xmm4
    movapd xmm7, xmm0
    mulsd xmm7, xmm5
    subsd xmm8, xmm7
    mulsd xmm8, xmm9
.Lcd_done:
    movapd xmm0, xmm6
    movapd xmm1, xmm8
    ret

# inf2one(bits rax) r8: a signed 1 if the float is an infinity, else a signed 0 (its sign).
# Keeps rcx (|x| mask) and rdx (+Inf's bits); uses r9.
.Lcd_inf2one:
    mov r8, rax
    mov r9, 0x8000000000000000
    and r8, r9
    and rax, rcx
    cmp rax, rdx
    jne .Lcd_inf2one_done
    mov r9, 0x3ff0000000000000
    or r8, r9
.Lcd_inf2one_done:
    ret
