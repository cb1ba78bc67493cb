# panic.s: fatal errors and run-time panics (Go's runtime/panic.go, traceback.go).
#
# rt0gen prints no stack frames, but every fatal error prints what Go's does up to them:
# the message, the "[signal …]" line when a signal caused it, and the goroutine header
# ("goroutine N [running]:" for a panic; "goroutine N gp=… m=… mp=… [running]:" for a
# throw, whose traceback Go prints at the "system" level). Then exit(2).

.text

# runtime.startpanic(): Go's startpanic_m, as far as printing goes: whatever an
# interrupted print statement has buffered goes out first (Go would have written it
# already), then everything until the exit collects under printlock.
runtime.startpanic:
    call runtime.printflush
    jmp runtime.printlock

# runtime.fatalexit(): write out what the fatal error printed, then exit(2).
runtime.fatalexit:
    call runtime.printflush
    mov edi, 0x2
    call runtime.exit
    jmp runtime.abort

# runtime.throw(msg rdi): msg is NUL-terminated (internal). Go: fatalthrow prints
# "fatal error: MSG" and a traceback, then exits with status 2. Never returns.
runtime.throw:
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rax, qword ptr [rcx + g_m]
    xor esi, esi
    cmp rcx, qword ptr [rax + m_g0]
    sete sil
    jmp runtime.fatalthrow

# runtime.fatalthrow(msg rdi, onsystemstack esi): "fatal error: MSG", the signal line if
# a signal caused it, then the traceback's headers: on the system stack (g0, or Go's
# newstack) "runtime stack:" and the M's current goroutine, else the current goroutine.
runtime.fatalthrow:
    push rbx
    push r12
    push r13
    mov rbx, rdi
    mov r12d, esi
    call runtime.startpanic
    lea rdi, [rip + runtime.str_fatal]
    call runtime.prints
    mov rdi, rbx
    call runtime.prints
    call runtime.printnl
    call runtime.printsigline
    call runtime.printnl
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    test r12d, r12d
    jz .Lfatalthrow_g
    lea rdi, [rip + runtime.str_runtime_stack]
    call runtime.prints
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rcx, qword ptr [rcx + g_m]
    mov r13, qword ptr [rcx + m_curg]
    test r13, r13
    jz .Lfatalthrow_exit
    call runtime.printnl
    mov rcx, r13
.Lfatalthrow_g:
    mov rdi, rcx
    call runtime.goroutineheader
.Lfatalthrow_exit:
    call runtime.fatalexit
    int3                            # not reached; ends the chunk (dead code: docs/ABI.md)

# runtime.goroutineheader(gp rdi): Go's goroutineheader at the "system" traceback level:
# "goroutine N gp=0x… m=ID mp=0x… [STATUS]:" ("m=nil" without an M).
runtime.goroutineheader:
    push rbx
    mov rbx, rdi
    lea rdi, [rip + runtime.str_goroutine]
    call runtime.prints
    mov rdi, qword ptr [rbx + g_goid]
    call runtime.printu
    lea rdi, [rip + runtime.str_gp]
    call runtime.prints
    mov rdi, rbx
    call runtime.printx
    lea rdi, [rip + runtime.str_m_eq]
    call runtime.prints
    mov rax, qword ptr [rbx + g_m]
    test rax, rax
    jnz .Lgheader_m
    lea rdi, [rip + runtime.str_nil]
    call runtime.prints
    jmp .Lgheader_status
.Lgheader_m:
    mov rdi, qword ptr [rax + m_id]
    call runtime.printu
    lea rdi, [rip + runtime.str_mp]
    call runtime.prints
    mov rdi, qword ptr [rbx + g_m]
    call runtime.printx
.Lgheader_status:
    lea rdi, [rip + runtime.str_lbracket]
    call runtime.prints
    mov rax, qword ptr [rbx + g_status]
    cmp rax, Gdead
    jbe .Lgheader_known
    mov eax, Gdead
.Lgheader_known:
    lea rcx, [rip + runtime.gstatusnames]
    mov rdi, qword ptr [rcx + rax*0x8]
    call runtime.prints
    lea rdi, [rip + runtime.str_rbracket]
    call runtime.prints
    pop rbx
    ret

# runtime.printsigline(): Go's dopanic_m: if gp.sig != 0, "[signal NAME code=0x… addr=0x…
# pc=0x…]" (runtime.sig_*, saved by the signal handler).
runtime.printsigline:
    mov eax, dword ptr [rip + runtime.sig_sig]
    test eax, eax
    jz .Lsigline_done
    push rbx
    mov ebx, eax
    lea rdi, [rip + runtime.str_signal_open]
    call runtime.prints
    lea rax, [rip + runtime.signames]
    mov rdi, qword ptr [rax + rbx*0x8]
    test rdi, rdi
    jz .Lsigline_hex
    call runtime.prints
    jmp .Lsigline_code
.Lsigline_hex:
    mov edi, ebx
    call runtime.printx
.Lsigline_code:
    lea rdi, [rip + runtime.str_code]
    call runtime.prints
    mov rdi, qword ptr [rip + runtime.sig_code]
    call runtime.printx
    lea rdi, [rip + runtime.str_addr]
    call runtime.prints
    mov rdi, qword ptr [rip + runtime.sig_addr]
    call runtime.printx
    lea rdi, [rip + runtime.str_pc_eq]
    call runtime.prints
    mov rdi, qword ptr [rip + runtime.sig_pc]
    call runtime.printx
    lea rdi, [rip + runtime.str_rbracket_nl]
    call runtime.prints
    pop rbx
.Lsigline_done:
    ret

# runtime.oom(n rdi): Go's "runtime: out of memory: cannot allocate N-byte block (M in
# use)" and throw("out of memory"); M here is every byte the runtime has mapped.
runtime.oom:
    push rbx
    mov rbx, rdi
    call runtime.startpanic
    lea rdi, [rip + runtime.str_oom_alloc]
    call runtime.prints
    mov rdi, rbx
    call runtime.printu
    lea rdi, [rip + runtime.str_oom_block]
    call runtime.prints
    mov rdi, qword ptr [rip + runtime.sysalloc_bytes]
    call runtime.printu
    lea rdi, [rip + runtime.str_oom_inuse]
    call runtime.prints
    lea rdi, [rip + runtime.str_oom]
    call runtime.throw
    int3                            # not reached; ends the chunk (dead code: docs/ABI.md)

# runtime.panicdivide(): Go: panic(divideError). With no recover, Go's printpanics
# writes "panic: runtime error: integer divide by zero", a blank line and the
# goroutine header before the traceback, then exits with status 2.
runtime.panicdivide:
    lea rdi, [rip + runtime.str_divide]
    jmp runtime.fatalpanic

# runtime.panicshift(): Go: panic(shiftError), for a negative shift amount; printed and
# ended like panicdivide.
runtime.panicshift:
    lea rdi, [rip + runtime.str_shift]
    jmp runtime.fatalpanic

# runtime.gopanic(kind rax, value words rbx, rcx): Go's gopanic(e any) without deferred
# calls to run (no defer, no recover yet), for a value of a predeclared type: the value
# comes as its type's kind (Go's abi.Kind numbers: 1 bool, 2-6 int…int64, 7-12
# uint…uintptr, 24 string; 0 for a nil panic value) and its words (a string: rbx ptr,
# rcx len; the others rbx). Go's printpanics writes "panic: " and printpanicval's form
# of the value: a string printed with a tab after each newline (printindented), an
# integer in decimal, a bool as true/false; a nil value is Go's PanicNilError,
# "panic called with nil argument", unless GODEBUG panicnil=1 ("nil"). Then the ending
# of runtime.fatalpanic (register ABI, docs/ABI.md; never returns).
# Go's printanycustomtype, for a value of a named type: kind | 0x100 (a basic kind), the
# value's words, then the type's name (ptr, len) as one more argument: "main.N(5)",
# "main.S(\"x\")"; kind 0x200: the data word, then the name: "(main.T) 0x…".
runtime.gopanic:
    push rax
    push rbx
    push rcx
    push rdi
    push rsi
    sub rsp, 0x8
    movsd qword ptr [rsp], xmm0     # a float's value
    call runtime.rundefers
    movsd xmm0, qword ptr [rsp]
    add rsp, 0x8
    pop rsi
    pop rdi
    pop rcx
    pop rbx
    pop rax
    push rbx
    push r12
    push r13
    mov r12, rax                    # kind, with the flags
    mov r13, rcx                    # a string's length
    sub rsp, 0x28                   # [rsp] name ptr, [rsp + 0x8] name len, [rsp + 0x10] flags,
                                    # [rsp + 0x18], [rsp + 0x20] a float's or complex's words (xmm0, xmm1)
    movsd qword ptr [rsp + 0x18], xmm0
    movsd qword ptr [rsp + 0x20], xmm1
    mov qword ptr [rsp], rcx        # after a one-word value
    mov qword ptr [rsp + 0x8], rdi
    cmp rax, 0x118                  # KIND_STRING | 0x100: after a string's two words
    jne .Lgopanic_named_float
    mov qword ptr [rsp], rdi
    mov qword ptr [rsp + 0x8], rsi
.Lgopanic_named_float:
    mov rdx, rax
    and rdx, 0xff
    cmp rdx, KIND_FLOAT32
    jb .Lgopanic_named
    cmp rdx, KIND_COMPLEX128
    ja .Lgopanic_named
    mov qword ptr [rsp], rbx        # after a float's or complex's (no integer words)
    mov qword ptr [rsp + 0x8], rcx
.Lgopanic_named:
    mov qword ptr [rsp + 0x10], rax
    and r12, 0xff
    call runtime.startpanic
    lea rdi, [rip + runtime.str_panic]
    call runtime.prints
    test qword ptr [rsp + 0x10], 0x300
    jz .Lgopanic_value
    test qword ptr [rsp + 0x10], 0x200
    jnz .Lgopanic_other
    mov rdi, qword ptr [rsp]        # main.N( or main.S("
    mov rsi, qword ptr [rsp + 0x8]
    call runtime.gwrite
    lea rdi, [rip + runtime.str_lparen]
    cmp r12, KIND_STRING
    jne .Lgopanic_open
    lea rdi, [rip + runtime.str_lparen_quote]
.Lgopanic_open:
    call runtime.prints
.Lgopanic_value:
    cmp r12, KIND_FLOAT32
    jb .Lgopanic_notfloat
    cmp r12, KIND_COMPLEX128
    ja .Lgopanic_notfloat
    movsd xmm0, qword ptr [rsp + 0x18]   # printpanicval: print(v)
    movsd xmm1, qword ptr [rsp + 0x20]
    cmp r12, KIND_FLOAT32
    jne .Lgopanic_float64
    call runtime.printfloat32
    jmp .Lgopanic_end
.Lgopanic_float64:
    cmp r12, KIND_FLOAT64
    jne .Lgopanic_complex64
    call runtime.printfloat
    jmp .Lgopanic_end
.Lgopanic_complex64:
    cmp r12, KIND_COMPLEX64
    jne .Lgopanic_complex128
    call runtime.printcomplex64
    jmp .Lgopanic_end
.Lgopanic_complex128:
    call runtime.printcomplex
    jmp .Lgopanic_end
.Lgopanic_notfloat:
    mov rdi, rbx
    cmp r12, KIND_STRING
    je .Lgopanic_string
    cmp r12, KIND_BOOL
    je .Lgopanic_bool
    cmp r12, KIND_INT64
    jbe .Lgopanic_signed
    cmp r12, KIND_UINTPTR
    jbe .Lgopanic_unsigned
    lea rdi, [rip + runtime.str_gopanic_kind]
    call runtime.throw
.Lgopanic_signed:                   # an intN's word, sign-extended from N bits
    cmp r12, KIND_INT8
    jne .Lgopanic_int16
    movsx rdi, dil
.Lgopanic_int16:
    cmp r12, KIND_INT16
    jne .Lgopanic_int32
    movsx rdi, di
.Lgopanic_int32:
    cmp r12, KIND_INT32
    jne .Lgopanic_printi
    movsxd rdi, edi
.Lgopanic_printi:
    cmp r12, KIND_INVALID
    je .Lgopanic_nil
    call runtime.printi
    jmp .Lgopanic_end
.Lgopanic_unsigned:                 # a uintN's word, zero-extended from N bits
    cmp r12, KIND_UINT8
    jne .Lgopanic_uint16
    movzx edi, dil
.Lgopanic_uint16:
    cmp r12, KIND_UINT16
    jne .Lgopanic_uint32
    movzx edi, di
.Lgopanic_uint32:
    cmp r12, KIND_UINT32
    jne .Lgopanic_printu
    mov edi, edi
.Lgopanic_printu:
    call runtime.printu
    jmp .Lgopanic_end
.Lgopanic_bool:
    mov rax, rbx
    call runtime.printbool
    jmp .Lgopanic_end
.Lgopanic_nil:
    lea rdi, [rip + runtime.str_panicnil_error]
    cmp qword ptr [rip + runtime.debug + 0x18], 0x1   # debug.panicnil
    jne .Lgopanic_nilmsg
    lea rdi, [rip + runtime.str_nil]
.Lgopanic_nilmsg:
    call runtime.prints
    jmp .Lgopanic_end
.Lgopanic_string:                   # Go's printindented: a tab after every newline
    test r13, r13
    jz .Lgopanic_end
    mov rdi, rbx
    mov al, 0xa
    mov rcx, r13
    repne scasb                     # rdi: past the first newline, or the end
    jne .Lgopanic_rest
    mov rsi, rdi
    sub rsi, rbx                    # the bytes up to and including the newline
    sub r13, rsi
    mov r12, rdi
    mov rdi, rbx
    call runtime.gwrite
    lea rdi, [rip + runtime.str_tab]
    call runtime.prints
    mov rbx, r12
    jmp .Lgopanic_string
.Lgopanic_rest:
    mov rdi, rbx
    mov rsi, r13
    call runtime.gwrite
.Lgopanic_end:
    test qword ptr [rsp + 0x10], 0x100
    jz .Lgopanic_nl
    lea rdi, [rip + runtime.str_rparen]
    cmp r12, KIND_STRING
    jne .Lgopanic_close
    lea rdi, [rip + runtime.str_quote_rparen]
.Lgopanic_close:
    call runtime.prints
.Lgopanic_nl:
    call runtime.printnl
    jmp runtime.dopanic
.Lgopanic_other:                    # (main.T) 0x…: the type's name and the data word
    lea rdi, [rip + runtime.str_lparen]
    call runtime.prints
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rsp + 0x8]
    call runtime.gwrite
    lea rdi, [rip + runtime.str_rparen_sp]
    call runtime.prints
    mov rdi, rbx
    call runtime.printx
    jmp .Lgopanic_nl

# runtime.fatalpanic(rdi = "panic: …\n" as a C string): Go's printpanics, the signal
# line if a signal caused the panic (dopanic_m), and the header of the traceback for the
# current goroutine, then exit(2) (Go's fatalpanic). rt0gen prints no traceback.
runtime.fatalpanic:
    push rdi
    call runtime.rundefers
    pop rdi
# runtime.fatalpanic_signal(rdi): fatalpanic from the signal handler (sigpanic): the
# deferred calls do not run there (on the signal stack).
runtime.fatalpanic_signal:
    push rbx
    mov rbx, rdi
    call runtime.startpanic
    mov rdi, rbx
    call runtime.prints
    jmp runtime.dopanic

# runtime.dopanic(): what Go's fatalpanic prints after printpanics (dopanic_m): the
# signal line, "\ngoroutine N [running]:\n" for the current goroutine, then exit(2).
runtime.dopanic:
    call runtime.printsigline
    lea rdi, [rip + runtime.str_nl_goroutine]
    call runtime.prints
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rdi, qword ptr [rcx + g_goid]
    call runtime.printi
    lea rdi, [rip + runtime.str_running]
    call runtime.prints
    call runtime.fatalexit

# ---- defer ----------------------------------------------------------------------------
# A deferred call is a node {link, closure} (compiled code allocates it): the closure
# is a func value of no arguments and no results (the compiler's PKG.FUNC.deferwrapN,
# holding the function and arguments evaluated at the defer statement). g._defer is the
# chain of them, the latest first (Go's _defer records, without recover).

# runtime.deferproc(d rax): pushes the node d on the current goroutine's chain.
runtime.deferproc:
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rdx, qword ptr [rcx + g__defer]
    mov qword ptr [rax], rdx
    mov qword ptr [rcx + g__defer], rax
    ret

# runtime.deferhead() → rax: the current goroutine's chain (a function with defer
# statements notes it at entry, and gives it to deferreturn at every return).
runtime.deferhead:
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rax, qword ptr [rcx + g__defer]
    ret

# runtime.deferreturn(stop rax): runs the deferred calls pushed since the chain was
# stop, the latest first, each unlinked before it runs (a deferred call may defer and
# return itself). Compiled code clobbers every register but rsp and rbp.
runtime.deferreturn:
    push rbp
    mov rbp, rsp
    push rax                        # [rbp - 0x8]: stop
    sub rsp, 0x8
.Ldeferreturn_loop:
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rax, qword ptr [rcx + g__defer]
    cmp rax, qword ptr [rbp - 0x8]
    je .Ldeferreturn_done
    mov rdx, qword ptr [rax]
    mov qword ptr [rcx + g__defer], rdx
    mov rdx, qword ptr [rax + 0x8]  # the closure, in the context register
    call qword ptr [rdx]
    jmp .Ldeferreturn_loop
.Ldeferreturn_done:
    leave
    ret

# runtime.rundefers() (internal): a panic runs every deferred call of the goroutine,
# the latest first, before it prints its message (Go's gopanic; no recover yet). Keeps
# no register but rsp and rbp; aligns the stack itself (entered from any depth).
runtime.rundefers:
    push rbp
    mov rbp, rsp
    and rsp, 0xfffffffffffffff0
.Lrundefers_loop:
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rax, qword ptr [rcx + g__defer]
    test rax, rax
    jz .Lrundefers_done
    mov rdx, qword ptr [rax]
    mov qword ptr [rcx + g__defer], rdx
    mov rdx, qword ptr [rax + 0x8]
    call qword ptr [rdx]
    jmp .Lrundefers_loop
.Lrundefers_done:
    leave
    ret

.section .rodata
runtime.str_fatal:
    .ascii "fatal error: "
    .byte 0x0
runtime.str_divide:
    .ascii "panic: runtime error: integer divide by zero"
    .byte 0xa, 0x0
runtime.str_shift:
    .ascii "panic: runtime error: negative shift amount"
    .byte 0xa, 0x0
runtime.str_panic:
    .ascii "panic: "
    .byte 0x0
runtime.str_panicnil_error:
    .ascii "panic called with nil argument"
    .byte 0x0
runtime.str_tab:
    .byte 0x9, 0x0
runtime.str_lparen:
    .ascii "("
    .byte 0x0
runtime.str_lparen_quote:
    .byte 0x28, 0x22, 0x0           # ("
runtime.str_rparen:
    .ascii ")"
    .byte 0x0
runtime.str_quote_rparen:
    .byte 0x22, 0x29, 0x0           # ")
runtime.str_rparen_sp:
    .ascii ") "
    .byte 0x0
runtime.str_gopanic_kind:
    .ascii "gopanic: a kind of value rt0gen does not print yet"
    .byte 0x0
runtime.str_nl_goroutine:
    .byte 0xa
    .ascii "goroutine "
    .byte 0x0
runtime.str_running:
    .ascii " [running]:"
    .byte 0xa, 0x0
runtime.str_runtime_stack:
    .ascii "runtime stack:"
    .byte 0xa, 0x0
runtime.str_goroutine:
    .ascii "goroutine "
    .byte 0x0
runtime.str_gp:
    .ascii " gp="
    .byte 0x0
runtime.str_m_eq:
    .ascii " m="
    .byte 0x0
runtime.str_nil:
    .ascii "nil"
    .byte 0x0
runtime.str_mp:
    .ascii " mp="
    .byte 0x0
runtime.str_lbracket:
    .ascii " ["
    .byte 0x0
runtime.str_rbracket:
    .ascii "]:"
    .byte 0xa, 0x0
runtime.str_signal_open:
    .ascii "[signal "
    .byte 0x0
runtime.str_code:
    .ascii " code="
    .byte 0x0
runtime.str_pc_eq:
    .ascii " pc="
    .byte 0x0
runtime.str_rbracket_nl:
    .ascii "]"
    .byte 0xa, 0x0
runtime.str_oom_alloc:
    .ascii "runtime: out of memory: cannot allocate "
    .byte 0x0
runtime.str_oom_block:
    .ascii "-byte block ("
    .byte 0x0
runtime.str_oom_inuse:
    .ascii " in use)"
    .byte 0xa, 0x0
runtime.str_gs_idle:
    .ascii "idle"
    .byte 0x0
runtime.str_gs_runnable:
    .ascii "runnable"
    .byte 0x0
runtime.str_gs_running:
    .ascii "running"
    .byte 0x0
runtime.str_gs_syscall:
    .ascii "syscall"
    .byte 0x0
runtime.str_gs_waiting:
    .ascii "waiting"
    .byte 0x0
runtime.str_gs_moribund:
    .ascii "moribund_unused"
    .byte 0x0
runtime.str_gs_dead:
    .ascii "dead"
    .byte 0x0
.p2align 0x3
# Go's gStatusStrings, indexed by g.status (Gidle .. Gdead).
runtime.gstatusnames:
    .quad runtime.str_gs_idle, runtime.str_gs_runnable, runtime.str_gs_running, runtime.str_gs_syscall
    .quad runtime.str_gs_waiting, runtime.str_gs_moribund, runtime.str_gs_dead
