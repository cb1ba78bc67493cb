# panic.s: fatal errors and run-time panics (Go's runtime/panic.go).

.text

# runtime.throw(msg rdi): msg is NUL-terminated (internal). Go: fatalthrow prints
# "fatal error: MSG" and a traceback, then exits with status 2. Here the first line
# only, then exit(2). Never returns.
runtime.throw:
    push rdi
    call runtime.printlock
    lea rdi, [rip + runtime.str_fatal]
    call runtime.prints
    pop rdi
    call runtime.prints
    call runtime.printnl
    call runtime.printunlock
    mov edi, 0x2
    call runtime.exit
    jmp runtime.abort

# runtime.panicdivide(): Go: panic(divideError). With no recover, Go's printpanics
# writes "panic: runtime error: integer divide by zero", a blank line and the
# goroutine header before the traceback, then exits with status 2. Here that
# header with the current goroutine's id, then exit(2).
runtime.panicdivide:
    lea rdi, [rip + runtime.str_divide]
    jmp runtime.fatalpanic

# runtime.panicshift(): Go: panic(shiftError), for a negative shift amount; printed and
# ended like panicdivide.
runtime.panicshift:
    lea rdi, [rip + runtime.str_shift]
    jmp runtime.fatalpanic

# runtime.fatalpanic(rdi = "panic: …\n\ngoroutine " as a C string): Go's printpanics and
# the header of the traceback for the current goroutine, then exit(2) (Go's fatalpanic).
# rt0gen prints no traceback.
runtime.fatalpanic:
    push rdi
    call runtime.printlock
    pop rdi
    call runtime.prints
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rdi, qword ptr [rcx + g_goid]
    call runtime.printi
    lea rdi, [rip + runtime.str_running]
    call runtime.prints
    call runtime.printunlock
    mov edi, 0x2
    call runtime.exit
    jmp runtime.abort

.section .rodata
runtime.str_fatal:
    .ascii "fatal error: "
    .byte 0x0
runtime.str_divide:
    .ascii "panic: runtime error: integer divide by zero"
    .byte 0xa, 0xa
    .ascii "goroutine "
    .byte 0x0
runtime.str_shift:
    .ascii "panic: runtime error: negative shift amount"
    .byte 0xa, 0xa
    .ascii "goroutine "
    .byte 0x0
runtime.str_running:
    .ascii " [running]:"
    .byte 0xa, 0x0
