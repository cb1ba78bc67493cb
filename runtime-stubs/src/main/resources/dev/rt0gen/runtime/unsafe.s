# unsafe.s: the run-time panics of unsafe.Slice and unsafe.String (Go's runtime/unsafe.go),
# and package runtime's GC and Breakpoint (runtime/mgc.go, runtime/proc.go).
#
# gc open-codes unsafe.Slice's and unsafe.String's checks (walk/builtin.go) and calls these
# when one fails; so does rt0gen (lower.Lower unsafeBuiltin). Each prints Go's
# panic(errorString(…)), "panic: runtime error: " and the message, and ends as
# runtime.panicdivide does (panic.s: the goroutine header, exit 2). Never return.

.text

runtime.panicunsafeslicelen:
    lea rdi, [rip + runtime.str_unsafeslicelen]
    jmp runtime.fatalpanic

runtime.panicunsafeslicenilptr:
    lea rdi, [rip + runtime.str_unsafeslicenilptr]
    jmp runtime.fatalpanic

runtime.panicunsafestringlen:
    lea rdi, [rip + runtime.str_unsafestringlen]
    jmp runtime.fatalpanic

runtime.panicunsafestringnilptr:
    lea rdi, [rip + runtime.str_unsafestringnilptr]
    jmp runtime.fatalpanic

# runtime.GC(): Go runs a garbage collection and waits for it. rt0gen's runtime has no
# collector yet (malloc.s: a bump allocator, nothing is freed), so there is nothing to
# collect: the call returns at once. Unlike Go's, it never lets another goroutine run
# while it waits.
runtime.GC:
    ret

# runtime.Breakpoint(): Go's breakpoint (asm_amd64.s): int3. Without a debugger the
# SIGTRAP is fatal (signal_linux.s: "SIGTRAP: trace trap", exit 2), as in Go.
runtime.Breakpoint:
    int3
    ret

.section .rodata
runtime.str_unsafeslicelen:
    .ascii "panic: runtime error: unsafe.Slice: len out of range"
    .byte 0xa, 0x0
runtime.str_unsafeslicenilptr:
    .ascii "panic: runtime error: unsafe.Slice: ptr is nil and len is not zero"
    .byte 0xa, 0x0
runtime.str_unsafestringlen:
    .ascii "panic: runtime error: unsafe.String: len out of range"
    .byte 0xa, 0x0
runtime.str_unsafestringnilptr:
    .ascii "panic: runtime error: unsafe.String: ptr is nil and len is not zero"
    .byte 0xa, 0x0
