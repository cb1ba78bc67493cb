# panic_amd64.s: what panics, recover and fatal errors keep in assembly (panic.go,
# traceback.go): the functions that read or set the machine's stack and frame pointers (Go
# keeps their kind in asm_amd64.s or leaves them to the compiler), the two entries that take
# a NUL-terminated string in rdi (throwc for the assembly's messages, fatalpanic for
# sigpanic0), and runtime.plainError's type descriptor (gc would generate it).

.text

# ---- entries for the assembly (asm_amd64.s, sys_linux_amd64.s) ----------------------------

# runtime.throwc(msg rdi): throw of a NUL-terminated message (internal). Never returns.
runtime.throwc:
    push rdi
    mov rax, rdi
    call runtime.findnull
    mov rbx, rax
    pop rax
    jmp runtime.throw

# runtime.fatalpanic(rdi = "panic: MSG\n" as a C string): the panic of a fault that
# signal_unix.go resumed on the goroutine's stack (sigpanic0): panicplain(MSG), a panic the
# deferred calls may recover. Never returns.
runtime.fatalpanic:
    add rdi, 0x7                    # past "panic: "
    push rdi
    mov rax, rdi
    call runtime.findnull
    lea rbx, [rax - 0x1]            # without the newline
    pop rax
    jmp runtime.panicplain

# ---- readers of the assembly's data, for panic.go ----------------------------------------

# runtime.plainErrorType() → (type rax, print rbx): plainError's descriptor and
# printpanicstring, the print function of its values (panic.go's plainError_).
runtime.plainErrorType:
    lea rax, [rip + type$3aruntime.plainError]
    lea rbx, [rip + runtime.printpanicstring]
    ret

# ---- panic and recover -------------------------------------------------------------------

# The stack positions the panic machinery keeps (p.argp, p.sp, a frame block's sp and bp)
# are distances below g.stack.hi: they stay right when copystack moves the stack (stack.go).

# runtime.deferCallPanic(p rax, fn rbx): gopanic's call of a deferred call fn (a closure, in
# the context register), noting in p.argp and p.sp the stack pointer at the call: the
# deferred function's argp (its frame pointer + 0x10), which gorecover compares.
runtime.deferCallPanic:
    push rbp
    mov rbp, rsp
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rcx, qword ptr [rcx + g_stack_hi]
    sub rcx, rsp
    mov qword ptr [rax + _panic_argp], rcx
    mov qword ptr [rax + _panic_sp], rcx
    mov rdx, rbx
    call qword ptr [rdx]
    leave
    ret

# runtime.recoverjump(df rax, nopanic bl): Go's recovery's gogo: the function whose frame
# block is df continues where its deferframe call returned, with rax = df (deferframe
# "returns" again); with no panic left, the saved signal is forgotten (Go: gp.sig = 0).
runtime.recoverjump:
    test bl, bl
    jz .Lrecoverjump_go
    mov dword ptr [rip + runtime.sig_sig], 0x0
.Lrecoverjump_go:
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rcx, qword ptr [rcx + g_stack_hi]
    mov rdx, rcx
    sub rcx, qword ptr [rax + deferFrame_sp]
    sub rdx, qword ptr [rax + deferFrame_bp]
    mov rsp, rcx
    mov rbp, rdx
    jmp qword ptr [rax + deferFrame_pc]

# runtime.gorecover() → (type rax, data rbx): recover(), Go's gorecover(argp) with the
# argp of the function calling it (its frame pointer + 0x10: it has a frame, it calls):
# panic.go's gorecoverargp.
runtime.gorecover:
    call runtime.getcallerargoff
    jmp runtime.gorecoverargp

# runtime.getcallerargoff() → rax: the argp of the function calling it (its frame pointer +
# 0x10, Go's getcallersp() there), as its distance below g.stack.hi.
runtime.getcallerargoff:
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rax, qword ptr [rcx + g_stack_hi]
    lea rcx, [rbp + 0x10]
    sub rax, rcx
    ret

# runtime.wrapperenter(): what gc puts at the start of a WRAPPER function (obj/x86's
# "if g._panic != nil && g._panic.argp == FP { g._panic.argp = bottom of this frame }"):
# a deferred call through PKG.FUNC.deferwrapN, or a method value's wrapper, calls the
# function the program named, and recover() there must see the argp of a direct call.
# Called first by such a wrapper (its frame set up: its rsp is that of all its calls).
runtime.wrapperenter:
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rdx, qword ptr [rcx + g__panic]
    test rdx, rdx
    jz .Lwrapperenter_done
    mov rsi, qword ptr [rcx + g_stack_hi]
    mov rdi, rsi
    lea rax, [rbp + 0x10]
    sub rdi, rax
    cmp rdi, qword ptr [rdx + _panic_argp]
    jne .Lwrapperenter_done
    lea rax, [rsp + 0x8]
    sub rsi, rax
    mov qword ptr [rdx + _panic_argp], rsi
.Lwrapperenter_done:
    ret

# runtime.deferframe(f rax) → rax: notes in the frame block f where its caller is (its
# stack and frame pointers, and the address this call returns to) and returns 0. A
# function with defer statements calls it at entry; a recovery in one of its deferred
# calls returns from this call a second time, with rax = f (Go's recovery sets the
# goroutine's pc to the deferreturn call of the frame; the caller branches there).
runtime.deferframe:
    mov rdx, qword ptr fs:[0xfffffffffffffff8]
    mov rdx, qword ptr [rdx + g_stack_hi]
    mov rsi, rdx
    lea rcx, [rsp + 0x8]
    sub rdx, rcx
    mov qword ptr [rax + deferFrame_sp], rdx
    sub rsi, rbp
    mov qword ptr [rax + deferFrame_bp], rsi
    mov rcx, qword ptr [rsp]
    mov qword ptr [rax + deferFrame_pc], rcx
    xor eax, eax
    ret

# type:.eq.runtime.plainError(p rax, q rbx) → rax: the descriptor's equal: the strings'.
type$3a.eq.runtime.plainError:
    mov rcx, qword ptr [rax + 0x8]
    cmp rcx, qword ptr [rbx + 0x8]
    jne .Lplaineq_no
    mov rax, qword ptr [rax]
    mov rbx, qword ptr [rbx]
    jmp runtime.memequal
.Lplaineq_no:
    xor eax, eax
    ret

.section .rodata
runtime.str_plainerror_name:
    .ascii "runtime.plainError"
.p2align 0x3
# The descriptor of runtime.plainError (docs/ABI.md "Type descriptors"), the type of the
# runtime's error values: a string type with an Error method (go:itab.runtime.plainError,error
# is compiled code's, with runtime.(*plainError).Error; its hash is TypeDescs.hash's).
type$3aruntime.plainError:
    .quad 0x10, 0x8, 0xfe8db54d, 0x18
    .quad type$3a.eq.runtime.plainError, runtime.plainError..gcdata
    .quad runtime.str_plainerror_name, 0x12
    .quad 0x0, runtime.plainError..key
# its key description (a string's): a map key of this dynamic type hashes its string
runtime.plainError..key:
    .quad 0x10, 0x0, const_mapKeyString, 0x0, 0x0, 0x0
runtime.plainError..gcdata:
    .byte 0x1, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0
