# defs.s: the structure layouts and constants of rt0gen's runtime that its Go files do not
# declare yet. The Go types' layouts and constants (g, m, p, schedt, gobuf, stack; _Grunning,
# runqLen, …: runtime-stubs/src/main/go/runtime/runtime2.go) come from go_asm.s, which
# api.RuntimeBuild generates as gc generates go_asm.h: g_sched_sp, m_curg, p__size, const__Gdead.
#
# The linker assembles the runtime and the program as ONE Keystone unit with all
# `.set` lines hoisted to the top, so these names are visible in every file.
# Offsets are in bytes; every number is hexadecimal (see docs/ABI.md).
#
# The G/M/P model (Go's proc.go explains it at length):
#   G  a goroutine: its stack, its saved registers (gobuf) when not running.
#   M  an OS thread. This runtime has exactly one, m0: every goroutine runs on it.
#   P  a processor: the resource an M needs to run Go code, with a local run queue.
#      GOMAXPROCS Ps exist (allp); m0 owns allp[0], the others stay idle because
#      there is no second M to run them (Go would start Ms in wakep/startm).
#
# Keystone (0.9.2) reads a memory operand or an immediate made of several named
# constants wrongly (`[r12 + A + B]` loses B; `[rax + A + 0x8]` takes a longer
# encoding; `[rip + sym + A]` loses sym); so does `[rip + .Llocal]`. Hence every
# derived value below is its own constant, written out, with its formula beside it,
# global variables with fields are addressed through a register, and data has
# global (runtime.*) names.
#
# Calling conventions inside the runtime:
#   - Entry points listed in docs/ABI.md take Go's register ABI: arguments and then
#     results from rax, rbx, rcx, rdi, rsi, r8-r11; they may clobber every register but
#     rsp, rbp, r14 and r15. runtime.newproc stays ABI0: arguments on the stack,
#     [rbp + 0x10 + 8*i] after `push rbp, mov rbp, rsp`.
#   - Internal helpers (not called by generated code) take arguments in
#     rdi, rsi, rdx, rcx and return in rax (rdx for a second word); each says so.
#     Only rsp, rbp, rbx, r12-r15 survive them unless the helper documents more.

# ---- Linux syscall numbers (arch/x86/entry/syscalls/syscall_64.tbl) ----
.set SYS_read, 0x0
.set SYS_write, 0x1
.set SYS_open, 0x2
.set SYS_close, 0x3
.set SYS_mmap, 0x9
.set SYS_mprotect, 0xa
.set SYS_munmap, 0xb
.set SYS_rt_sigaction, 0xd
.set SYS_rt_sigprocmask, 0xe
.set SYS_rt_sigreturn, 0xf
.set SYS_sched_yield, 0x18
.set SYS_getpid, 0x27
.set SYS_exit, 0x3c
.set SYS_sigaltstack, 0x83
.set SYS_arch_prctl, 0x9e
.set SYS_gettid, 0xba
.set SYS_sched_getaffinity, 0xcc
.set SYS_clock_gettime, 0xe4
.set SYS_exit_group, 0xe7
.set SYS_tgkill, 0xea
.set SYS_openat, 0x101

.set ARCH_SET_FS, 0x1002
.set AT_FDCWD, 0xffffffffffffff9c
.set O_RDONLY, 0x0
.set O_CLOEXEC, 0x80000
.set PROT_NONE, 0x0
.set CLOCK_MONOTONIC, 0x1

# Auxiliary vector tags (Go's runtime/os_linux.go sysauxv).
.set AT_NULL, 0x0
.set AT_PAGESZ, 0x6
.set AT_RANDOM, 0x19

.set FD_STDERR, 0x2

# ---- stacks ----
# Goroutine stacks do not grow here (no morestack): each G gets a fixed stack, mapped
# lazily by the kernel (MAP_NORESERVE), with one PROT_NONE guard page below stack.lo,
# so an overflow faults instead of corrupting memory.
.set STACK_SIZE, 0x100000      # 1 MiB usable per goroutine
.set STACK_GUARD, 0x1000       # the guard page
.set STACK_MAPPING, 0x101000   # STACK_GUARD + STACK_SIZE
.set G0_STACK_SIZE, 0x10000    # g0's bounds on the OS stack, as rt0_go: 64 KiB


# (size classes and maxAlloc: malloc.go, msize.go, sizeclasses.go; go_asm.s has them as const_NAME)

# ---- kinds of types (Go's internal/abi Kind) ----
.set KIND_INVALID, 0x0           # runtime.gopanic: a nil panic value
.set KIND_BOOL, 0x1
.set KIND_INT, 0x2
.set KIND_INT8, 0x3
.set KIND_INT16, 0x4
.set KIND_INT32, 0x5
.set KIND_INT64, 0x6
.set KIND_UINT, 0x7
.set KIND_UINT8, 0x8
.set KIND_UINT16, 0x9
.set KIND_UINT32, 0xa
.set KIND_UINT64, 0xb
.set KIND_UINTPTR, 0xc
.set KIND_FLOAT32, 0xd
.set KIND_FLOAT64, 0xe
.set KIND_COMPLEX64, 0xf
.set KIND_COMPLEX128, 0x10
.set KIND_STRING, 0x18
.set KIND_FUNC, 0x13
.set KIND_MAP, 0x15

# ---- GOMAXPROCS ----
.set MAXINT32, 0x7fffffff

# ---- signals (Go: signal_unix.go, sigtab_linux_generic.go and defs_linux_amd64.go hold
# the rest; the assembly uses go_asm.s's ucontext_* offsets) ----
# The alternate signal stack: 32 KiB as Go's gsignal stack, and like it with no guard page
# (runtime.gsignal0stack, memory.s).
.set SIGSTACK_SIZE, 0x8000

