# error.s: the run-time panics of index and slice bounds checks (Go's goPanic* functions,
# runtime/panic.go, and boundsError's messages, runtime/error.go).
#
# Each entry point takes Go's register ABI (docs/ABI.md) as the compiler calls it: x in
# rax, y in rbx; the ...U forms take x unsigned. They panic with a runtime error whose
# Error() is boundsError's, "runtime error: " + its message (panic.s: runtime.panicplain).
# Never return. Where Go's x is signed and
# negative, its message is boundsNegErrorFmts', without y.

.text

runtime.goPanicIndex:
    lea rdi, [rip + runtime.str_bounds_index]
    lea rsi, [rip + runtime.str_boundsneg_index]
    jmp runtime.panicbounds_signed

runtime.goPanicIndexU:
    lea rdi, [rip + runtime.str_bounds_index]
    jmp runtime.panicbounds_unsigned

runtime.goPanicSliceAlen:
    lea rdi, [rip + runtime.str_bounds_slicealen]
    lea rsi, [rip + runtime.str_boundsneg_slicea]
    jmp runtime.panicbounds_signed

runtime.goPanicSliceAlenU:
    lea rdi, [rip + runtime.str_bounds_slicealen]
    jmp runtime.panicbounds_unsigned

runtime.goPanicSliceAcap:
    lea rdi, [rip + runtime.str_bounds_sliceacap]
    lea rsi, [rip + runtime.str_boundsneg_slicea]
    jmp runtime.panicbounds_signed

runtime.goPanicSliceAcapU:
    lea rdi, [rip + runtime.str_bounds_sliceacap]
    jmp runtime.panicbounds_unsigned

runtime.goPanicSliceB:
    lea rdi, [rip + runtime.str_bounds_sliceb]
    lea rsi, [rip + runtime.str_boundsneg_sliceb]
    jmp runtime.panicbounds_signed

runtime.goPanicSliceBU:
    lea rdi, [rip + runtime.str_bounds_sliceb]
    jmp runtime.panicbounds_unsigned

runtime.goPanicSlice3Alen:
    lea rdi, [rip + runtime.str_bounds_slice3alen]
    lea rsi, [rip + runtime.str_boundsneg_slice3a]
    jmp runtime.panicbounds_signed

runtime.goPanicSlice3AlenU:
    lea rdi, [rip + runtime.str_bounds_slice3alen]
    jmp runtime.panicbounds_unsigned

runtime.goPanicSlice3Acap:
    lea rdi, [rip + runtime.str_bounds_slice3acap]
    lea rsi, [rip + runtime.str_boundsneg_slice3a]
    jmp runtime.panicbounds_signed

runtime.goPanicSlice3AcapU:
    lea rdi, [rip + runtime.str_bounds_slice3acap]
    jmp runtime.panicbounds_unsigned

runtime.goPanicSlice3B:
    lea rdi, [rip + runtime.str_bounds_slice3b]
    lea rsi, [rip + runtime.str_boundsneg_slice3b]
    jmp runtime.panicbounds_signed

runtime.goPanicSlice3BU:
    lea rdi, [rip + runtime.str_bounds_slice3b]
    jmp runtime.panicbounds_unsigned

runtime.goPanicSlice3C:
    lea rdi, [rip + runtime.str_bounds_slice3c]
    lea rsi, [rip + runtime.str_boundsneg_slice3c]
    jmp runtime.panicbounds_signed

runtime.goPanicSlice3CU:
    lea rdi, [rip + runtime.str_bounds_slice3c]
    jmp runtime.panicbounds_unsigned

# runtime.goPanicSliceConvert(x rax, y rbx): Go's, for a slice converted to an array or
# a pointer to one: x is the array's length, y the slice's. x is never negative (Go has
# no negative form of this message).
runtime.goPanicSliceConvert:
    lea rdi, [rip + runtime.str_bounds_convert]
    mov rsi, rdi
    jmp runtime.panicbounds_signed

# runtime.panicbounds_signed(x rax, y rbx, fmt rdi, negfmt rsi) (internal): Go's
# boundsError with signed x: negfmt when x < 0. Never returns.
runtime.panicbounds_signed:
    test rax, rax
    cmovs rdi, rsi
    mov esi, 0x1
    jmp runtime.panicbounds

# runtime.panicbounds_unsigned(x rax, y rbx, fmt rdi) (internal): boundsError with
# unsigned x. Never returns.
runtime.panicbounds_unsigned:
    xor esi, esi
    jmp runtime.panicbounds

# runtime.panicbounds(x rax, y rbx, fmt rdi, signed esi) (internal): Go's
# panic(boundsError{…}): its Error(), "runtime error: " then fmt's bytes (a C string) with
# %x replaced by x (signed or unsigned decimal) and %y by y (signed), made a string by
# printing it into the M's empty print buffer (runtime.printtostring), then the panic of
# that runtime error (runtime.panicplain).
runtime.panicbounds:
    push rsi                             # [rsp]: signed
    mov r12, rdi
    mov r13, rax
    call runtime.printtostring_begin_rdi
    lea rdi, [rip + runtime.str_runtime_error]
    call runtime.prints
.Lbounds_loop:
    movzx eax, byte ptr [r12]
    test eax, eax
    jz .Lbounds_end
    add r12, 0x1
    cmp eax, 0x25                        # '%'
    je .Lbounds_verb
    lea rdi, [r12 - 0x1]
    mov esi, 0x1
    call runtime.gwrite_rdi
    jmp .Lbounds_loop
.Lbounds_verb:
    movzx eax, byte ptr [r12]
    add r12, 0x1
    mov rdi, rbx
    cmp eax, 0x79                        # 'y': appendIntStr(int64(y), true)
    je .Lbounds_signed
    mov rdi, r13
    cmp qword ptr [rsp], 0x0
    jne .Lbounds_signed
    call runtime.printu
    jmp .Lbounds_loop
.Lbounds_signed:
    call runtime.printi
    jmp .Lbounds_loop
.Lbounds_end:
    call runtime.printtostring_end
    jmp runtime.panicplain

.section .rodata
runtime.str_runtime_error:
    .ascii "runtime error: "
    .byte 0x0
runtime.str_bounds_index:
    .ascii "index out of range [%x] with length %y"
    .byte 0x0
runtime.str_bounds_slicealen:
    .ascii "slice bounds out of range [:%x] with length %y"
    .byte 0x0
runtime.str_bounds_sliceacap:
    .ascii "slice bounds out of range [:%x] with capacity %y"
    .byte 0x0
runtime.str_bounds_sliceb:
    .ascii "slice bounds out of range [%x:%y]"
    .byte 0x0
runtime.str_bounds_slice3alen:
    .ascii "slice bounds out of range [::%x] with length %y"
    .byte 0x0
runtime.str_bounds_slice3acap:
    .ascii "slice bounds out of range [::%x] with capacity %y"
    .byte 0x0
runtime.str_bounds_slice3b:
    .ascii "slice bounds out of range [:%x:%y]"
    .byte 0x0
runtime.str_bounds_slice3c:
    .ascii "slice bounds out of range [%x:%y:]"
    .byte 0x0
runtime.str_bounds_convert:
    .ascii "cannot convert slice with length %y to array or pointer to array with length %x"
    .byte 0x0
runtime.str_boundsneg_index:
    .ascii "index out of range [%x]"
    .byte 0x0
runtime.str_boundsneg_slicea:
    .ascii "slice bounds out of range [:%x]"
    .byte 0x0
runtime.str_boundsneg_sliceb:
    .ascii "slice bounds out of range [%x:]"
    .byte 0x0
runtime.str_boundsneg_slice3a:
    .ascii "slice bounds out of range [::%x]"
    .byte 0x0
runtime.str_boundsneg_slice3b:
    .ascii "slice bounds out of range [:%x:]"
    .byte 0x0
runtime.str_boundsneg_slice3c:
    .ascii "slice bounds out of range [%x::]"
    .byte 0x0
