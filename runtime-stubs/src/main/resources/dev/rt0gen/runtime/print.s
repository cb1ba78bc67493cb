# print.s: the assembly's way into print.go (Go's runtime/print.go, now in Go).
#
# The runtime's assembly prints with helpers of its internal convention (defs.s: arguments
# in rdi, rsi; rbx, r12-r15 preserved): prints (a NUL-terminated string), printu, printi,
# printx, and NAME_rdi for the print.go functions it calls by their Go names (gwrite_rdi,
# printnl_rdi, printtostring_begin_rdi; printlock, printunlock and printflush are called
# directly where nothing is kept across them, and startpanic (panic_amd64.s) has its own shim). Each is a shim that calls the Go function, which clobbers
# every register but rsp and rbp (docs/ABI.md), through runtime.printgocall. They go away
# with the assembly that calls them. Compiled code and the runtime's Go code call print.go's
# functions directly (runtime.printstring, printint, …: docs/ABI.md).

.text

# runtime.prints(p rdi): print a NUL-terminated string (internal): printbytes (gwrite) of its bytes.
runtime.prints:
    mov rsi, rdi
.Lprints_len:
    cmp byte ptr [rsi], 0x0
    je .Lprints_end
    add rsi, 0x1
    jmp .Lprints_len
.Lprints_end:
    sub rsi, rdi
    lea r11, [rip + runtime.printbytes]
    jmp runtime.printgocall

# runtime.gwrite_rdi(p rdi, n rsi): gwrite of the n bytes at p (internal): printbytes.
runtime.gwrite_rdi:
    lea r11, [rip + runtime.printbytes]
    jmp runtime.printgocall

# runtime.printu(v rdi): printuint (internal).
runtime.printu:
    lea r11, [rip + runtime.printuint]
    jmp runtime.printgocall

# runtime.printi(v rdi): printint (internal).
runtime.printi:
    lea r11, [rip + runtime.printint]
    jmp runtime.printgocall

# runtime.printx(v rdi): printhex, "0x…" (internal).
runtime.printx:
    lea r11, [rip + runtime.printhex]
    jmp runtime.printgocall

# runtime.printnl_rdi(): printnl (internal).
runtime.printnl_rdi:
    lea r11, [rip + runtime.printnl]
    jmp runtime.printgocall

# runtime.printtostring_begin_rdi(): printtostring_begin (internal; its end,
# printtostring_end, is called directly: its callers keep nothing and take its string).
runtime.printtostring_begin_rdi:
    lea r11, [rip + runtime.printtostring_begin]
    jmp runtime.printgocall

# runtime.printgocall(fn r11, a rdi, b rsi) (internal): the shims' call of the Go function fn
# with Go's register ABI (RAX a, RBX b), on a 16-byte aligned stack, keeping rbx, r12 and r13
# (Go code never uses r14 and r15).
runtime.printgocall:
    push rbp
    mov rbp, rsp
    and rsp, -0x10
    push rbx
    push r12
    push r13
    sub rsp, 0x8
    mov rax, rdi
    mov rbx, rsi
    call r11
    add rsp, 0x8
    pop r13
    pop r12
    pop rbx
    leave
    ret

.section .rodata
# " " for signal_linux.s's fatalsignal (gwrite_rdi of one byte).
runtime.str_space:
    .ascii " "
