# panic.s: fatal errors and run-time panics (Go's runtime/panic.go, traceback.go).
#
# rt0gen prints no stack frames, but every fatal error prints what Go's does up to them:
# the message, the "[signal …]" line when a signal caused it, and the goroutine header
# ("goroutine N [running]:" for a panic; "goroutine N gp=… m=… mp=… [running]:" for a
# throw, whose traceback Go prints at the "system" level). Then exit(2).

.text

# runtime.startpanic(): Go's startpanic_m, as far as printing goes: whatever an
# interrupted print statement has buffered goes out first (Go would have written it
# already), then everything until the exit collects under printlock: print.go's
# printtostring_begin does both (printflush, printlock). Keeps rbx, r12-r15 (internal).
runtime.startpanic:
    lea r11, [rip + runtime.printtostring_begin]
    jmp runtime.printgocall

# runtime.fatalexit(): write out what the fatal error printed, then exit(2).
runtime.fatalexit:
    call runtime.printflush
    mov eax, 0x2
    call runtime.exit
    jmp runtime.abort

# runtime.throw(s string): Go's throw, for the runtime's Go code (RAX ptr, RBX len):
# fatalthrow prints "fatal error: S" and a traceback, then exits with status 2. Never returns.
runtime.throw:
    mov rdi, rax
    mov rdx, rbx
    jmp .Lthrow_where

# runtime.throwc(msg rdi): the same for the assembly: msg is NUL-terminated (internal).
runtime.throwc:
    push rdi
    call runtime.findnull_rdi
    pop rdi
    mov rdx, rax
.Lthrow_where:
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rax, qword ptr [rcx + g_m]
    xor esi, esi
    cmp rcx, qword ptr [rax + m_g0]
    sete sil
    jmp runtime.fatalthrow

# runtime.fatalthrowc(msg rdi, onsystemstack esi): fatalthrow of a NUL-terminated message.
runtime.fatalthrowc:
    push rdi
    push rsi
    call runtime.findnull_rdi
    pop rsi
    pop rdi
    mov rdx, rax
    # fall through

# runtime.fatalthrow(msg rdi, onsystemstack esi, len rdx): "fatal error: MSG", the signal
# line if a signal caused it, then the traceback's headers: on the system stack (g0, or Go's
# newstack) "runtime stack:" and the M's current goroutine, else the current goroutine.
runtime.fatalthrow:
    push rbx
    push r12
    push r13
    mov rbx, rdi
    mov r12d, esi
    mov r13, rdx
    call runtime.startpanic
    lea rdi, [rip + runtime.str_fatal]
    call runtime.prints
    mov rdi, rbx
    mov rsi, r13
    call runtime.gwrite_rdi
    call runtime.printnl_rdi
    call runtime.printsigline
    call runtime.printnl_rdi
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
    call runtime.printnl_rdi
    mov rcx, r13
.Lfatalthrow_g:
    mov rdi, rcx
    call runtime.goroutineheader
.Lfatalthrow_exit:
    call runtime.fatalexit
    int3                            # not reached; ends the chunk (dead code: docs/ABI.md)

# runtime.fatal(msg rdi): Go's fatal (a throw of the user kind) on g0, where checkdead
# runs: "fatal error: MSG", then dopanic_m's traceback at the default level: from g0,
# every other goroutine (tracebackothers): for each G of allgs that is neither dead nor a
# system goroutine, a blank line and its header, "goroutine N [WAIT REASON]:" (", locked
# to thread" for the main goroutine while package initialization runs, which Go's
# runtime.main locks to m0). rt0gen prints no frames. Then exit(2).
runtime.fatal:
    push rbx
    mov rbx, rdi
    call runtime.startpanic
    lea rdi, [rip + runtime.str_fatal]
    call runtime.prints
    mov rdi, rbx
    call runtime.prints
    call runtime.printnl_rdi
    mov rbx, qword ptr [rip + runtime.allgs]
.Lfatal_next:
    test rbx, rbx
    jz .Lfatal_exit
    cmp qword ptr [rbx + g_status], const__Gdead
    je .Lfatal_skip
    mov rdi, rbx
    call runtime.isSystemGoroutine
    test eax, eax
    jnz .Lfatal_skip
    call runtime.printnl_rdi
    mov rdi, rbx
    call runtime.goroutineheader1
.Lfatal_skip:
    mov rbx, qword ptr [rbx + g_alllink]
    jmp .Lfatal_next
.Lfatal_exit:
    call runtime.fatalexit
    int3                            # not reached; ends the chunk (dead code: docs/ABI.md)

# runtime.goroutineheader1(gp rdi): Go's goroutineheader at the default traceback level:
# "goroutine N [STATUS]:", the status being the wait reason of a waiting G.
runtime.goroutineheader1:
    push rbx
    mov rbx, rdi
    lea rdi, [rip + runtime.str_goroutine]
    call runtime.prints
    mov rdi, qword ptr [rbx + g_goid]
    call runtime.printu
    lea rdi, [rip + runtime.str_lbracket]
    call runtime.prints
    mov rax, qword ptr [rbx + g_status]
    cmp rax, const__Gwaiting
    jne .Lgheader1_status
    mov rdi, qword ptr [rbx + g_waitreason]
    test rdi, rdi
    jnz .Lgheader1_print
.Lgheader1_status:
    cmp rax, const__Gdead
    jbe .Lgheader1_known
    mov eax, const__Gdead
.Lgheader1_known:
    lea rcx, [rip + runtime.gstatusnames]
    mov rdi, qword ptr [rcx + rax*0x8]
.Lgheader1_print:
    call runtime.prints
    # Go: if gp.lockedm != 0 { print(", locked to thread") }
    cmp qword ptr [rbx + g_goid], 0x1
    jne .Lgheader1_end
    cmp byte ptr [rip + runtime.main_init_done], 0x0
    jne .Lgheader1_end
    lea rdi, [rip + runtime.str_locked]
    call runtime.prints
.Lgheader1_end:
    lea rdi, [rip + runtime.str_rbracket]
    call runtime.prints
    pop rbx
    ret

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
    cmp rax, const__Gdead
    jbe .Lgheader_known
    mov eax, const__Gdead
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

# runtime.oom(n uintptr): Go's "runtime: out of memory: cannot allocate N-byte block (M in
# use)" and throw("out of memory"); M here is every byte the runtime has mapped (register
# ABI: RAX n; malloc.go's sysAlloc calls it).
runtime.oom:
    push rbx
    mov rbx, rax
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
    call runtime.throwc
    int3                            # not reached; ends the chunk (dead code: docs/ABI.md)

# ---- panic and recover ---------------------------------------------------------------
# A panic is Go's _panic record (panic_* in defs.s), on runtime.gopanic's stack, linked from
# g._panic, the latest first. Its value is an interface{} (a type descriptor and a data
# word, docs/ABI.md), kept with the function that prints it: compiled code's
# go:printpanicval (Go's printpanicval, preprintpanics' Error() and String() calls, for
# whatever type it is), or runtime.printpanicstring for a string and for the runtime's
# own errors (runtime.plainError, whose Error() is the string itself).

# runtime.gopanic(type rax, data rbx, print rcx): Go's gopanic(e any). Runs the deferred
# calls of the goroutine, the latest first, each unlinked before it runs. recover() in
# one of them marks the panic recovered; when that call returns, the function that
# deferred it returns normally (Go's recovery): the stack is cut back to its frame
# (d_frame: the frame block its runtime.deferframe filled) and it continues where
# deferframe returned, with the frame block in rax. With no deferred call left, Go's
# fatalpanic: preprintpanics, printpanics, the signal line and the goroutine header
# (runtime.dopanic), exit(2). A nil value is Go's *PanicNilError ("panic called with nil
# argument", a runtime error) unless GODEBUG panicnil=1. Never returns.
runtime.gopanic:
    push rbp
    mov rbp, rsp
    sub rsp, panic_size                 # the record, at the stack pointer of the deferred calls
    test rax, rax
    jnz .Lgopanic_value
    cmp qword ptr [rip + runtime.debug + 0x18], 0x1   # debug.panicnil
    je .Lgopanic_value
    lea rax, [rip + runtime.str_panicnil_error]
    mov ebx, 0x1e                   # len("panic called with nil argument")
    call runtime.plainerror
.Lgopanic_value:
    mov qword ptr [rsp + panic_argtype], rax
    mov qword ptr [rsp + panic_argdata], rbx
    mov qword ptr [rsp + panic_print], rcx
    xor eax, eax
    mov qword ptr [rsp + panic_recovered], rax
    mov qword ptr [rsp + panic_repanicked], rax
    mov qword ptr [rsp + panic_defer], rax
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rdx, qword ptr [rcx + g__panic]
    mov qword ptr [rsp + panic_link], rdx
    mov qword ptr [rcx + g__panic], rsp
.Lgopanic_loop:
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rax, qword ptr [rcx + g__defer]
    test rax, rax
    jz .Lgopanic_fatal
    mov rdx, qword ptr [rax + d_link]
    mov qword ptr [rcx + g__defer], rdx
    mov qword ptr [rsp + panic_defer], rax
    mov qword ptr [rsp + panic_argp], rsp   # the call's frame pointer will be argp - 0x10 (gorecover)
    mov rdx, qword ptr [rax + d_fn]     # the closure, in the context register
    call qword ptr [rdx]
    cmp qword ptr [rsp + panic_recovered], 0x0
    je .Lgopanic_loop
    # Go's recovery: the panics whose gopanic frames the jump cuts off are done too
    mov rax, qword ptr [rsp + panic_defer]
    mov rdi, qword ptr [rax + d_frame]
    test rdi, rdi
    jz .Lgopanic_noframe
    mov rdx, qword ptr [rsp + panic_link]
.Lgopanic_drop:
    test rdx, rdx
    jz .Lgopanic_resume
    cmp rdx, qword ptr [rdi + df_sp]
    jae .Lgopanic_resume
    mov rdx, qword ptr [rdx + panic_link]
    jmp .Lgopanic_drop
.Lgopanic_resume:
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov qword ptr [rcx + g__panic], rdx
    test rdx, rdx
    jnz .Lgopanic_jump
    mov dword ptr [rip + runtime.sig_sig], 0x0   # Go: gp.sig = 0, no panic left
.Lgopanic_jump:
    mov rsp, qword ptr [rdi + df_sp]
    mov rbp, qword ptr [rdi + df_bp]
    mov rax, rdi
    jmp qword ptr [rdi + df_pc]
.Lgopanic_noframe:
    lea rdi, [rip + runtime.str_recover_noframe]
    call runtime.throwc
.Lgopanic_fatal:
    call runtime.startpanic
    mov rdi, rsp
    call runtime.preprintpanics
    mov rdi, rsp
    call runtime.printpanics
    jmp runtime.dopanic

# runtime.gorecover() → (type rax, data rbx): recover(), Go's gorecover(argp) with the
# argp of the function calling it (its frame pointer + 0x10: it has a frame, it calls).
runtime.gorecover:
    lea rax, [rbp + 0x10]
# runtime.gorecoverargp(argp rax) → (type rax, data rbx): Go's gorecover(argp): the
# current panic's value, marked recovered, when argp is the panic's: the function whose
# argp it is was called by gopanic itself as a deferred call (a wrapper between them moved
# argp down to its own calls: runtime.wrapperenter); else nil. `defer recover()` calls it
# with the argp of the function with the defer statement (gc evaluates recover's hidden
# argument there).
runtime.gorecoverargp:
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rdx, qword ptr [rcx + g__panic]
    test rdx, rdx
    jz .Lgorecover_nil
    cmp qword ptr [rdx + panic_recovered], 0x0
    jne .Lgorecover_nil
    cmp rax, qword ptr [rdx + panic_argp]
    jne .Lgorecover_nil
    mov qword ptr [rdx + panic_recovered], 0x1
    mov rax, qword ptr [rdx + panic_argtype]
    mov rbx, qword ptr [rdx + panic_argdata]
    ret
.Lgorecover_nil:
    xor eax, eax
    xor ebx, ebx
    ret

# runtime.getcallersp() → rax: the argp of the function calling it (its frame pointer +
# 0x10), Go's getcallersp() there.
runtime.getcallersp:
    lea rax, [rbp + 0x10]
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
    lea rax, [rbp + 0x10]
    cmp rax, qword ptr [rdx + panic_argp]
    jne .Lwrapperenter_done
    lea rax, [rsp + 0x8]
    mov qword ptr [rdx + panic_argp], rax
.Lwrapperenter_done:
    ret

# runtime.preprintpanics(p rdi): Go's preprintpanics, the part that shows: a panic whose
# value is the one of the panic before it (a recovered value panicked again) marks that
# one repanicked, so printpanics prints the value once. (The Error() and String() calls
# are in the print functions.)
runtime.preprintpanics:
    test rdi, rdi
    jz .Lpreprint_done
    mov rax, qword ptr [rdi + panic_link]
    test rax, rax
    jz .Lpreprint_done
    mov rcx, qword ptr [rdi + panic_argtype]
    cmp rcx, qword ptr [rax + panic_argtype]
    jne .Lpreprint_next
    mov rcx, qword ptr [rdi + panic_argdata]
    cmp rcx, qword ptr [rax + panic_argdata]
    jne .Lpreprint_next
    mov qword ptr [rax + panic_repanicked], 0x1
.Lpreprint_next:
    mov rdi, rax
    jmp runtime.preprintpanics
.Lpreprint_done:
    ret

# runtime.printpanics(p rdi): Go's printpanics: the chain, the oldest first, each as
# "panic: " + its value + " [recovered]" (" [recovered, repanicked]") + "\n", a tab before
# each one after the first; a repanicked value's next panic is not printed again.
runtime.printpanics:
    push rbx
    push rbp
    mov rbp, rsp
    sub rsp, 0x8
    mov rbx, rdi
    mov rdi, qword ptr [rbx + panic_link]
    test rdi, rdi
    jz .Lprintpanics_self
    call runtime.printpanics
    mov rax, qword ptr [rbx + panic_link]
    cmp qword ptr [rax + panic_repanicked], 0x0
    jne .Lprintpanics_done
    lea rdi, [rip + runtime.str_tab]
    call runtime.prints
.Lprintpanics_self:
    lea rdi, [rip + runtime.str_panic]
    call runtime.prints
    mov rax, qword ptr [rbx + panic_argtype]
    test rax, rax
    jnz .Lprintpanics_value
    lea rdi, [rip + runtime.str_nil]    # GODEBUG panicnil=1's nil value
    call runtime.prints
    jmp .Lprintpanics_marks
.Lprintpanics_value:
    mov qword ptr [rsp], rbx        # compiled code keeps no register
    mov rcx, qword ptr [rbx + panic_print]
    mov rbx, qword ptr [rbx + panic_argdata]
    call rcx
    mov rbx, qword ptr [rsp]
.Lprintpanics_marks:
    cmp qword ptr [rbx + panic_recovered], 0x0
    je .Lprintpanics_nl
    lea rdi, [rip + runtime.str_recovered]
    cmp qword ptr [rbx + panic_repanicked], 0x0
    je .Lprintpanics_mark
    lea rdi, [rip + runtime.str_recovered_repanicked]
.Lprintpanics_mark:
    call runtime.prints
.Lprintpanics_nl:
    call runtime.printnl_rdi
.Lprintpanics_done:
    leave
    pop rbx
    ret

# runtime.printpanicstring(type rax, data rbx): prints a panic value that is a string, or
# a runtime.plainError (its Error() is the string): data points at the string's words.
# Go's printpanicval prints it with printindented.
runtime.printpanicstring:
    mov rax, qword ptr [rbx]
    mov rbx, qword ptr [rbx + 0x8]
    jmp runtime.printindented

# runtime.printindented(p rax, n rbx) (register ABI): Go's printindented: the string,
# with a tab after every newline.
runtime.printindented:
    push rbx
    push r12
    push r13
    mov r13, rbx
    mov rbx, rax
.Lprintindented_loop:
    test r13, r13
    jz .Lprintindented_done
    mov rdi, rbx
    mov al, 0xa
    mov rcx, r13
    repne scasb                     # rdi: past the first newline, or the end
    jne .Lprintindented_rest
    mov rsi, rdi
    sub rsi, rbx                    # the bytes up to and including the newline
    sub r13, rsi
    mov r12, rdi
    mov rdi, rbx
    call runtime.gwrite_rdi
    lea rdi, [rip + runtime.str_tab]
    call runtime.prints
    mov rbx, r12
    jmp .Lprintindented_loop
.Lprintindented_rest:
    mov rdi, rbx
    mov rsi, r13
    call runtime.gwrite_rdi
.Lprintindented_done:
    pop r13
    pop r12
    pop rbx
    ret

# runtime.plainerror(p rax, n rbx) → (type rax, data rbx, print rcx) (internal): a
# runtime error as a panic value: Go's plainError(s), a string type whose Error() is s, in
# a new box. The runtime's messages are whole ("runtime error: index out of range …"), so
# one type serves Go's errorString, boundsError and the rest (only %T would tell).
runtime.plainerror:
    push rax
    push rbx
    mov edi, 0x10
    call runtime.mallocgc_rdi
    pop rbx
    pop rcx
    mov qword ptr [rax], rcx
    mov qword ptr [rax + 0x8], rbx
    mov rbx, rax
    lea rax, [rip + type$3aruntime.plainError]
    lea rcx, [rip + runtime.printpanicstring]
    ret

# runtime.panicplain(p rax, n rbx): Go's panic(plainError(s)) for the run-time errors that
# compiled code finds (type assertions, comparisons of uncomparable types). Never returns.
runtime.panicplain:
    call runtime.plainerror
    jmp runtime.gopanic

# runtime.(*plainError).Error(e rax) → (rax, rbx): the string (the itab's method for error).
runtime.$28$2aplainError$29.Error:
    mov rbx, qword ptr [rax + 0x8]
    mov rax, qword ptr [rax]
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

# runtime.fatalpanic(rdi = "panic: MSG\n" as a C string): the runtime's panics, Go's
# panic(plainError(MSG)) (or the error value Go has, whose Error() is MSG): a panic the
# deferred calls may recover, printed as Go prints it when none does. Never returns.
runtime.fatalpanic:
    lea rdx, [rdi + 0x7]            # past "panic: "
    mov rdi, rdx
    xor eax, eax
    mov rcx, -0x1
    repne scasb                     # rdi: past the NUL
    sub rdi, rdx
    lea rbx, [rdi - 0x2]            # without the newline and the NUL
    mov rax, rdx
    jmp runtime.panicplain

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
# A deferred call is a node {link, fn, frame} (d_* in defs.s; compiled code allocates
# it): fn is a func value of no arguments and no results (the compiler's
# PKG.FUNC.deferwrapN, holding the function and arguments evaluated at the defer
# statement), frame the frame block of the function that deferred it (df_* in defs.s:
# where a recovery makes it return). g._defer is the chain of them, the latest first
# (Go's _defer records).

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

# runtime.deferframe(f rax) → rax: notes in the frame block f where its caller is (its
# stack and frame pointers, and the address this call returns to) and returns 0. A
# function with defer statements calls it at entry; a recovery in one of its deferred
# calls returns from this call a second time, with rax = f (Go's recovery sets the
# goroutine's pc to the deferreturn call of the frame; the caller branches there).
runtime.deferframe:
    lea rcx, [rsp + 0x8]
    mov qword ptr [rax + df_sp], rcx
    mov qword ptr [rax + df_bp], rbp
    mov rcx, qword ptr [rsp]
    mov qword ptr [rax + df_pc], rcx
    xor eax, eax
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

.section .rodata
runtime.str_locked:
    .ascii ", locked to thread"
    .byte 0x0
runtime.str_fatal:
    .ascii "fatal error: "
    .byte 0x0
# signal_linux.s's sigpanic (fatalpanic's C string)
runtime.str_divide:
    .ascii "panic: runtime error: integer divide by zero"
    .byte 0xa, 0x0
runtime.str_panic:
    .ascii "panic: "
    .byte 0x0
runtime.str_recovered:
    .ascii " [recovered]"
    .byte 0x0
runtime.str_recovered_repanicked:
    .ascii " [recovered, repanicked]"
    .byte 0x0
runtime.str_recover_noframe:
    .ascii "recovery: a deferred call without the frame of the function that deferred it"
    .byte 0x0
runtime.str_plainerror_name:
    .ascii "runtime.plainError"
runtime.str_panicnil_error:
    .ascii "panic called with nil argument"
    .byte 0x0
runtime.str_tab:
    .byte 0x9, 0x0
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
    .quad 0x10, 0x0, const_mapKeyString, 0x0, 0x0
runtime.plainError..gcdata:
    .byte 0x1
.p2align 0x3
# Go's gStatusStrings, indexed by g.status (Gidle .. Gdead).
runtime.gstatusnames:
    .quad runtime.str_gs_idle, runtime.str_gs_runnable, runtime.str_gs_running, runtime.str_gs_syscall
    .quad runtime.str_gs_waiting, runtime.str_gs_moribund, runtime.str_gs_dead
