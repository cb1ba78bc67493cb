package runtime

// sigtab_linux_generic.go: what the runtime does with each signal (Go's
// runtime/sigtab_linux_generic.go). Go's sigtable holds {flags, name} per signal; here the
// flags alone, one byte each (the names of the signals that reach the fatal path are in
// signame), and only the flags this runtime acts on.

// sigtable flags (Go's runtime2.go values).
const (
	_SigNotify  = 1 << 0 // let signal.Notify have signal, even if from kernel: with no os/signal user, ignored
	_SigKill    = 1 << 1 // if signal.Notify doesn't take it, exit quietly (dieFromSignal)
	_SigThrow   = 1 << 2 // if signal.Notify doesn't take it, exit loudly (fatal signal)
	_SigPanic   = 1 << 3 // if the signal is from the kernel, panic
	_SigDefault = 1 << 4 // if the signal isn't explicitly requested, don't monitor it: no handler
)

// sigtable is Go's sigtable's flags for signals 0..64. Go's _SigUnblock is left out
// (minitSignalMask's mask has it), and signals Go gives only _SigSetStack or 0 have
// _SigDefault: initsig installs no handler for them.
var sigtable = [_NSIG]uint8{
	/* 0 */ _SigDefault,
	/* 1 */ _SigNotify + _SigKill, // SIGHUP: terminal line hangup
	/* 2 */ _SigNotify + _SigKill, // SIGINT: interrupt
	/* 3 */ _SigNotify + _SigThrow, // SIGQUIT: quit
	/* 4 */ _SigThrow, // SIGILL: illegal instruction
	/* 5 */ _SigThrow, // SIGTRAP: trace trap
	/* 6 */ _SigNotify + _SigThrow, // SIGABRT: abort
	/* 7 */ _SigPanic, // SIGBUS: bus error
	/* 8 */ _SigPanic, // SIGFPE: floating-point exception
	/* 9 */ _SigDefault, // SIGKILL: kill (0 in Go)
	/* 10 */ _SigNotify, // SIGUSR1: user-defined signal 1
	/* 11 */ _SigPanic, // SIGSEGV: segmentation violation
	/* 12 */ _SigNotify, // SIGUSR2: user-defined signal 2
	/* 13 */ _SigNotify, // SIGPIPE: write to broken pipe
	/* 14 */ _SigNotify, // SIGALRM: alarm clock
	/* 15 */ _SigNotify + _SigKill, // SIGTERM: termination
	/* 16 */ _SigThrow, // SIGSTKFLT: stack fault
	/* 17 */ _SigNotify, // SIGCHLD: child status has changed
	/* 18 */ _SigDefault, // SIGCONT: continue
	/* 19 */ _SigDefault, // SIGSTOP: stop, unblockable (0 in Go)
	/* 20 */ _SigDefault, // SIGTSTP: keyboard stop
	/* 21 */ _SigDefault, // SIGTTIN: background read from tty
	/* 22 */ _SigDefault, // SIGTTOU: background write to tty
	/* 23 */ _SigNotify, // SIGURG: urgent condition on socket
	/* 24 */ _SigNotify, // SIGXCPU: cpu limit exceeded
	/* 25 */ _SigNotify, // SIGXFSZ: file size limit exceeded
	/* 26 */ _SigNotify, // SIGVTALRM: virtual alarm clock
	/* 27 */ _SigNotify, // SIGPROF: profiling alarm clock
	/* 28 */ _SigNotify, // SIGWINCH: window size change
	/* 29 */ _SigNotify, // SIGIO: i/o now possible
	/* 30 */ _SigNotify, // SIGPWR: power failure restart
	/* 31 */ _SigThrow, // SIGSYS: bad system call
	/* 32 */ _SigDefault, // SIGCANCEL; see issue 6997 (_SigSetStack in Go)
	/* 33 */ _SigNotify, // SIGSETXID; see issues 3871, 9400, 12498 (sigPerThreadSyscall)
	/* 34 */ _SigDefault, // (_SigSetStack in Go)
	/* 35 */ _SigNotify, _SigNotify, _SigNotify, _SigNotify, _SigNotify, // 35..39
	/* 40 */ _SigNotify, _SigNotify, _SigNotify, _SigNotify, _SigNotify, _SigNotify, _SigNotify, _SigNotify,
	/* 48 */ _SigNotify, _SigNotify, _SigNotify, _SigNotify, _SigNotify, _SigNotify, _SigNotify, _SigNotify,
	/* 56 */ _SigNotify, _SigNotify, _SigNotify, _SigNotify, _SigNotify, _SigNotify, _SigNotify, _SigNotify,
	/* 64 */ _SigNotify, // signal 64
}

// signame is sigtable[sig].name for the signals whose flags can make them fatal
// (_SigThrow, _SigPanic), "" for the others.
func signame(sig uint32) string {
	switch sig {
	case 3:
		return "SIGQUIT: quit"
	case 4:
		return "SIGILL: illegal instruction"
	case 5:
		return "SIGTRAP: trace trap"
	case 6:
		return "SIGABRT: abort"
	case 7:
		return "SIGBUS: bus error"
	case 8:
		return "SIGFPE: floating-point exception"
	case 11:
		return "SIGSEGV: segmentation violation"
	case 16:
		return "SIGSTKFLT: stack fault"
	case 31:
		return "SIGSYS: bad system call"
	}
	return ""
}
