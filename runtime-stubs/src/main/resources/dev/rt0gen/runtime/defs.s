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

# ---- signals (signal_linux.s; Go's signal_unix.go, sigtab_linux_generic.go) ----
.set NSIG, 0x41                  # signals 1..64, as Go's _NSIG
.set SIGHUP, 0x1
.set SIGINT, 0x2
.set SIGILL, 0x4
.set SIGBUS, 0x7
.set SIGFPE, 0x8
.set SIGSEGV, 0xb
.set SIGPIPE, 0xd
.set SIG_DFL, 0x0
.set SIG_IGN, 0x1
.set SIG_UNBLOCK, 0x1
.set SIGSET_SIZE, 0x8            # the kernel's sigset_t: 64 bits
.set SA_GO, 0x1c000004           # SA_SIGINFO | SA_ONSTACK | SA_RESTORER | SA_RESTART (Go's setsig)
# Go's sigtable flags, one byte per signal in runtime.sigtable.
.set SIGF_NOTIFY, 0x1            # _SigNotify: with no os/signal user, the signal is ignored
.set SIGF_KILL, 0x2              # _SigKill: dieFromSignal (killed by the signal, as without a handler)
.set SIGF_THROW, 0x4             # _SigThrow: fatal signal, traceback header, exit 2
.set SIGF_PANIC, 0x8             # _SigPanic: a fault in a goroutine becomes a run-time panic (sigpanic)
.set SIGF_SKIP, 0x10             # no handler (flags 0, _SigDefault, _SigSetStack)
.set SIGF_THROWPANIC, 0xc        # SIGF_THROW | SIGF_PANIC
# Go's minitSignalMask unblocks every signal that is not blockableSig: _SigUnblock,
# _SigKill and _SigThrow signals, and sigPreempt (SIGURG). Bit sig-1 for each of
# 1-8, 11, 15-17, 23, 27, 31-34.
.set SIG_UNBLOCK_MASK, 0x3c441c4ff
# struct sigaction as the kernel takes it (rt_sigaction), stack_t, siginfo, ucontext.
.set sa_handler, 0x0
.set sa_flags, 0x8
.set sa_restorer, 0x10
.set sa_mask, 0x18
.set sigaction_size, 0x20
.set ss_sp, 0x0
.set ss_flags, 0x8
.set ss_size, 0x10
.set stackt_size, 0x18
.set si_code, 0x8                # int32: > 0 from the kernel; SI_USER 0, SI_TKILL -6 from kill/tgkill
.set si_addr, 0x10               # the fault address (SIGSEGV, SIGBUS, SIGFPE, SIGILL)
.set SI_USER, 0x0
.set SI_TKILL, 0xfffffffa        # -6 as an int32
.set SEGV_ACCERR, 0x2
.set BUS_ADRERR, 0x2
.set FPE_INTDIV, 0x1
.set FPE_INTOVF, 0x2
.set uc_r8, 0x28                 # ucontext.uc_mcontext.gregs: r8..r15, rdi, rsi, rbp, rbx, rdx, rax, rcx, rsp, rip, eflags, csgsfs
.set uc_rdi, 0x68
.set uc_rsi, 0x70
.set uc_rbp, 0x78
.set uc_rbx, 0x80
.set uc_rdx, 0x88
.set uc_rax, 0x90
.set uc_rcx, 0x98
.set uc_rsp, 0xa0
.set uc_rip, 0xa8
.set uc_eflags, 0xb0
.set uc_csgsfs, 0xb8             # cs, gs, fs: three 16-bit selectors
# The alternate signal stack: 32 KiB as Go's gsignal stack, and like it with no guard page
# (runtime.gsignal0stack, memory.s).
.set SIGSTACK_SIZE, 0x8000

