# defs.s: the constants the runtime's assembly uses that no Go file declares: two system
# call flags and g0's stack size. The Go types' layouts and constants (g, m, p,
# schedt, gobuf, _panic, ucontext; _Grunning, runqLen, …) come from go_asm.s, which
# api.RuntimeBuild generates from the Go files as gc generates go_asm.h: g_sched_sp, m_curg,
# p__size, const__Gdead.
#
# The linker assembles the runtime and the program as ONE Keystone unit with all `.set`
# lines hoisted to the top, so these names are visible in every file. Every number is
# hexadecimal, and every derived value is its own constant (Keystone reads a memory operand
# made of several named constants wrongly: docs/ABI.md "Assembly dialect").
#
# The assembly follows Go's register ABI both ways (docs/ABI.md): arguments and results in
# rax, rbx, rcx, rdi, rsi, r8-r11; a Go function clobbers every register but rsp and rbp.
# runtime.newproc stays ABI0 (arguments on the stack), as Go's; throwc and fatalpanic
# (panic_amd64.s) take a C string in rdi, for the assembly's own messages and sigpanic0.

# ---- Linux (the system call numbers are sys_linux_amd64.go's: const__SYS_*) ----
.set ARCH_SET_FS, 0x1002
.set CLOCK_MONOTONIC, 0x1


# ---- stacks (goroutine stacks: proc.go's stackSize and stackGuard) ----
.set G0_STACK_SIZE, 0x10000    # g0's bounds on the OS stack, as rt0_go: 64 KiB

