package runtime

// defs_linux_amd64.go: the kernel's signal structures and constants on linux/amd64 (Go's
// runtime/defs_linux_amd64.go and defs_linux.go), the ones signal_unix.go uses.

const (
	_SIGHUP  = 0x1
	_SIGINT  = 0x2
	_SIGILL  = 0x4
	_SIGBUS  = 0x7
	_SIGFPE  = 0x8
	_SIGSEGV = 0xb

	_SIG_DFL = 0x0
	_SIG_IGN = 0x1

	_SIG_UNBLOCK = 0x1
	_SIG_SETMASK = 0x2

	_SA_RESTART  = 0x10000000
	_SA_ONSTACK  = 0x8000000
	_SA_RESTORER = 0x4000000
	_SA_SIGINFO  = 0x4

	_SI_USER  = 0x0
	_SI_TKILL = -0x6

	_FPE_INTDIV  = 0x1
	_FPE_INTOVF  = 0x2
	_BUS_ADRERR  = 0x2
	_SEGV_ACCERR = 0x2

	_NSIG = 0x41 // signals 1..64, and 0
)

// sigset is the kernel's sigset_t: one bit per signal, bit sig-1 (Go: [2]uint32).
type sigset uint64

// sigactiont is struct sigaction as rt_sigaction takes it.
type sigactiont struct {
	sa_handler  uintptr
	sa_flags    uint64
	sa_restorer uintptr
	sa_mask     uint64
}

// stackt is stack_t (sigaltstack).
type stackt struct {
	ss_sp    *byte
	ss_flags int32
	_        [4]byte
	ss_size  uintptr
}

// siginfo is the start of siginfo_t: what a fault's handler reads (Go: siginfoFields).
type siginfo struct {
	si_signo int32
	si_errno int32
	si_code  int32  // > 0 from the kernel; SI_USER, SI_TKILL from kill and tgkill
	si_addr  uint64 // the fault address (SIGSEGV, SIGBUS, SIGFPE, SIGILL)
}

// sigcontext is the interrupted context's registers (ucontext.uc_mcontext), as Go names them.
type sigcontext struct {
	r8     uint64
	r9     uint64
	r10    uint64
	r11    uint64
	r12    uint64
	r13    uint64
	r14    uint64
	r15    uint64
	rdi    uint64
	rsi    uint64
	rbp    uint64
	rbx    uint64
	rdx    uint64
	rax    uint64
	rcx    uint64
	rsp    uint64
	rip    uint64
	eflags uint64
	cs     uint16
	gs     uint16
	fs     uint16
	__pad0 uint16
}

// ucontext is the third argument of a SA_SIGINFO handler: the interrupted context, which
// rt_sigreturn restores.
type ucontext struct {
	uc_flags    uint64
	uc_link     *ucontext
	uc_stack    stackt
	uc_mcontext sigcontext
}
