package runtime

import "unsafe"

// signal_unix.go: signals (Go's runtime/signal_unix.go), for one M.
//
// As in Go, m0 gets an alternate signal stack in minit (minitSignalStack) and, in mstartm0,
// initsig installs one handler for every signal Go handles, with SA_ONSTACK so that a fault
// on an exhausted goroutine stack still runs the handler. The kernel enters sigtramp
// (sys_linux_amd64.s), which calls sighandler on the signal stack. sighandler decides as Go's
// does, from the sigtable flags:
//   - notify-only signals (SIGPIPE, SIGUSR1, SIGURG, SIGWINCH, ...): ignored, as in a Go
//     program that does not use os/signal. A write to a closed pipe on fd 2 then just fails
//     with EPIPE (println ignores it, as Go's does).
//   - SIGHUP, SIGINT, SIGTERM: dieFromSignal, the process is killed by the signal.
//   - a fault (SIGSEGV, SIGBUS, SIGFPE) raised by the kernel on a user goroutine: sigpanic.
//   - anything else fatal (SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGSYS, a fault on g0, a
//     signal sent with kill): fatalsignal, then exit 2.
// rt0gen prints no stack frames (no traceback tables).
//
// Go runs the handler on gsignal (sigtrampgo switches g); here g stays the interrupted
// goroutine, only the stack is the signal stack: sigtramp sets g.stackguard0 to 0 while the
// handler runs, so that its stack checks (stack.go) pass on the signal stack, and puts it
// back when the handler returns. The fatal paths are panic.go's
// (fatalthrow, fatalpanicSignal) and traceback.go's (goroutineheader).

// sigUnblockMask is what minitSignalMask unblocks: Go's minitSignalMask deletes from the
// inherited mask every signal that is not blockableSig: the _SigUnblock, _SigKill and
// _SigThrow signals, and sigPreempt (SIGURG). Bit sig-1 for each of 1-8, 11, 15-17, 23, 27,
// 31-34.
const sigUnblockMask = 0x3c441c4ff

// The faulting context's signal, for the "[signal …]" line of the panic or throw that
// follows: Go's gp.sig, gp.sigcode0, gp.sigcode1, gp.sigpc (one M: package variables, which
// panic.go's printsigline reads; the recovery's jump clears sig_sig when no panic is left).
var (
	sig_sig  uint32
	sig_code int64
	sig_addr uint64
	sig_pc   uint64
)

// The structures the system calls read, as package variables (one M; Go has them on the
// stack).
var (
	sigact    sigactiont // setsig's
	sigactOld sigactiont // getsig's
	sigstk    stackt     // signalstack's
	sigmask   sigset     // minitSignalMask's and unblocksig's
)

// sigtrampPCs returns the addresses of sigtramp and sigreturn__sigaction
// (sys_linux_amd64.s), for setsig (Go: abi.FuncPCABI0).
func sigtrampPCs() (tramp, restorer uintptr)

// preparePanic makes the interrupted goroutine of ctxt call sigpanic0(msg) at the faulting pc
// when the handler returns (Go's sigctxt.preparePanic, which injects a call to sigpanic):
// sys_linux_amd64.s.
func preparePanic(ctxt unsafe.Pointer, msg *byte)

// initsig is Go's initsig(false): for every signal whose sigtable entry is not _SigDefault,
// install the handler (Go: setsig(i, sighandler)). Go reads every signal's old action
// (fwdSig[i] = getsig(i)); here only SIGHUP's and SIGINT's, which keep an inherited SIG_IGN
// (sigInstallGoHandler). The sigaction is the same for every signal: it is made once, and
// the loop makes the system calls of sysSigaction itself (a handful of instructions per
// signal, as start-up's cost is measured).
func initsig(preinit bool) {
	tramp, _ := sigtrampPCs()
	setsigact(tramp)
	// SIGHUP and SIGINT first (both handled: _SigNotify + _SigKill), then the loop for the
	// others tests only the flags.
	for i := uint32(_SIGHUP); i <= _SIGINT; i++ {
		if getsig(i) != _SIG_IGN {
			sysSigaction(i, &sigact, nil)
		}
	}
	for i := uintptr(_SIGINT + 1); i < _NSIG; i++ {
		if *(*uint8)(unsafe.Add(unsafe.Pointer(&sigtable), i))&_SigDefault != 0 {
			continue
		}
		// sysSigaction(i, &sigact, nil) written out, rt_sigaction in place: the loop runs 62
		// times and makes no call, so i stays in a register the system call keeps
		if rawsyscall4(_SYS_rt_sigaction, i, uintptr(unsafe.Pointer(&sigact)), 0, 8) != 0 && i != 32 && i != 33 && i != 64 {
			throw("sigaction failed")
		}
	}
}

// setsig is Go's setsig: fn (sigtramp, or _SIG_DFL) for signal i.
func setsig(i uint32, fn uintptr) {
	setsigact(fn)
	sysSigaction(i, &sigact, nil)
}

// setsigact makes setsig's sigaction: fn with SA_ONSTACK | SA_SIGINFO | SA_RESTORER |
// SA_RESTART, every signal blocked while it runs, returning through sigreturn__sigaction.
func setsigact(fn uintptr) {
	_, restorer := sigtrampPCs()
	sigact.sa_handler = fn
	sigact.sa_flags = _SA_SIGINFO | _SA_ONSTACK | _SA_RESTORER | _SA_RESTART
	sigact.sa_restorer = restorer
	sigact.sa_mask = ^uint64(0)
}

// getsig is Go's getsig: the signal's current handler. (It reads into sigactOld: sigact
// stays as it was.)
func getsig(i uint32) uintptr {
	sysSigaction(i, nil, &sigactOld)
	return sigactOld.sa_handler
}

// sysSigaction is Go's (os_linux.go): rt_sigaction, and a failure throws "sigaction failed",
// except for signals 32, 33 and 64, whose failure Go ignores. Go's comment: "Workaround for
// bugs in QEMU user mode emulation. QEMU turns calls to the sigaction system call into calls
// to the C library sigaction call; the C library call rejects attempts to call sigaction for
// SIGCANCEL (32) or SIGSETXID (33). QEMU rejects calling sigaction on SIGRTMAX (64). Just
// ignore the error in these case. There isn't anything we can do about it anyhow." Valgrind
// rejects SIGRTMAX too (EINVAL: it keeps the signal for itself), so a Go binary, and this
// runtime, run under valgrind.
func sysSigaction(sig uint32, new, old *sigactiont) {
	if rt_sigaction(uintptr(sig), new, old, 8) != 0 {
		sigactionFailed(sig)
	}
}

// sigactionFailed is sysSigaction's failure: throw, but for signals 32, 33 and 64.
func sigactionFailed(sig uint32) {
	if sig != 32 && sig != 33 && sig != 64 {
		throw("sigaction failed")
	}
}

// sigPreempt is Go's: the signal of asynchronous preemption, SIGURG.
const sigPreempt = 0x17

// preemptM is Go's preemptM: send sigPreempt to mp's thread (sysmon's preemptone calls it).
// Go sends it only if none is pending (mp.signalPending).
func preemptM(mp *m) {
	if processID == 0 {
		processID = rawsyscall0(_SYS_getpid)
	}
	tgkill(processID, uintptr(mp.procid), sigPreempt)
}

// processID is the process's id (Go's processID, set by osinit; here by sysmon's first
// preemptM).
var processID uintptr

// doSigPreempt is Go's: when gp was asked to stop (wantAsyncPreempt) and stopped where it can
// (isAsyncSafePoint), the handler's return goes into a call of asyncPreempt made at the
// interrupted instruction (Go's ctxt.pushCall), which saves every register and yields.
func doSigPreempt(gp *g, ctxt unsafe.Pointer) {
	c := &(*ucontext)(ctxt).uc_mcontext
	if wantAsyncPreempt(gp) && isAsyncSafePoint(gp, uintptr(c.rip), uintptr(c.rsp)) {
		sp := uintptr(c.rsp) - 8
		*(*uint64)(unsafe.Pointer(sp)) = c.rip
		c.rsp = uint64(sp)
		c.rip = uint64(funcPC(asyncPreempt))
	}
}

// minitSignalStack is Go's: m.gsignal's stack becomes the alternate signal stack. Go's
// mpreinit makes gsignal (malg(32 KiB), a heap stack with no guard page); here it is made
// here, its stack gsignal0stack in bss on m0, a stackalloc'd one on the other Ms.
func minitSignalStack() {
	mp := getg().m
	gs := new(g)
	if mp == &m0 {
		lo := uintptr(unsafe.Pointer(&gsignal0stack))
		gs.stack.lo = lo
		gs.stack.hi = lo + sigStackSize
	} else {
		gs.stack = stackalloc(sigStackSize) // Go: malg(32 * 1024) in mpreinit
	}
	lo := gs.stack.lo
	gs.stackguard0 = lo + stackGuard
	gs.m = mp
	mp.gsignal = gs
	signalstack(&gs.stack)
}

// sigStackSize is the alternate signal stack's size: 32 KiB as Go's gsignal stack.
const sigStackSize = 0x8000

// gsignal0stack is m0's signal stack (minitSignalStack). A large region: api.RuntimeBuild
// puts it after every other variable in bss.
var gsignal0stack [sigStackSize]byte

// signalstack is Go's: sigaltstack(&{sp: s.lo, size: s.hi - s.lo}, nil); a failure throws.
func signalstack(s *stack) {
	sigstk.ss_sp = (*byte)(unsafe.Pointer(s.lo))
	sigstk.ss_flags = 0
	sigstk.ss_size = s.hi - s.lo
	if sigaltstack(&sigstk, nil) != 0 {
		throw("sigaltstack failed")
	}
}

// minitSignalMask is Go's: sigprocmask(_SIG_SETMASK, &nmask, nil) with every non-blockable
// signal deleted from the inherited mask; here the same as one SIG_UNBLOCK.
func minitSignalMask() {
	sigmask = sigUnblockMask
	rtsigprocmask(_SIG_UNBLOCK, &sigmask, nil, 8)
}

// sighandler is Go's sighandler, called by sigtramp on the signal stack (ctxt is the
// ucontext). It returns for a signal that is ignored, and for a fault that becomes a panic
// with deferred calls (the goroutine resumes in sigpanic0).
func sighandler(sig uint32, info *siginfo, ctxt unsafe.Pointer) {
	var flags uint8
	if sig < _NSIG {
		flags = *(*uint8)(unsafe.Add(unsafe.Pointer(&sigtable), sig))
	}
	// Go: if sig == sigPreempt && debug.asyncpreemptoff == 0 && !delayedSignal {
	// doSigPreempt(gp, c) } (then, SIGURG being notify-only, nothing more).
	if sig == sigPreempt && debug.asyncpreemptoff == 0 {
		doSigPreempt(getg(), ctxt)
	}
	// Go: if !c.sigFromUser() && flags&_SigPanic != 0 && (gp.throwsplit || gp != mp.curg):
	// a fault on the current user goroutine becomes a panic; elsewhere (g0: runtime code)
	// it is fatal.
	if flags&_SigPanic != 0 && info.si_code != _SI_USER && info.si_code != _SI_TKILL {
		gp := getg()
		if gp != nil && gp.m != nil && gp == gp.m.curg {
			sigpanic(sig, info, ctxt)
			return
		}
		fatalsignal(sig, info, ctxt)
	}
	if flags&_SigKill != 0 {
		dieFromSignal(sig)
	}
	// Go: if flags&(_SigThrow|_SigPanic) == 0 { return }: notify-only signals are ignored.
	if flags&(_SigThrow|_SigPanic) == 0 {
		return
	}
	fatalsignal(sig, info, ctxt)
}

// The panics of sigpanic, "panic: MSG\n" as NUL-terminated strings (panic_amd64.s's
// fatalpanic, where sigpanic0 goes, reads them so).
const (
	sigpanicMem      = "panic: runtime error: invalid memory address or nil pointer dereference\n\x00"
	sigpanicDivide   = "panic: runtime error: integer divide by zero\n\x00"
	sigpanicOverflow = "panic: runtime error: integer overflow\n\x00"
	sigpanicFloat    = "panic: runtime error: floating point error\n\x00"
)

// sigpanic turns a fault of the running goroutine into Go's sigpanic outcome. Go's handler
// saves the signal (preparePanic) and makes the goroutine call sigpanic, which decides; here
// the decision is made in the handler, which prints and exits at once when no deferred call
// can run:
//   - a fault below 0x1000 is the nil dereference panic (panicmem);
//   - another address is "unexpected fault address" and "fatal error: fault";
//   - an integer divide fault is the divide (or overflow) panic.
func sigpanic(sig uint32, info *siginfo, ctxt unsafe.Pointer) {
	c := &(*ucontext)(ctxt).uc_mcontext
	sig_sig = sig
	sig_code = int64(info.si_code)
	sig_addr = info.si_addr
	sig_pc = c.rip
	gp := getg()
	addr := uintptr(info.si_addr)
	var msg string
	if sig == _SIGFPE {
		// Go: _FPE_INTDIV: panicdivide(); _FPE_INTOVF: panicoverflow(); else panicfloat()
		switch info.si_code {
		case _FPE_INTDIV:
			msg = sigpanicDivide
		case _FPE_INTOVF:
			msg = sigpanicOverflow
		default:
			msg = sigpanicFloat
		}
	} else {
		// Go: if !canpanic() { throw("unexpected signal during runtime execution") }: a
		// goroutine inside printlock (Go: mp.locks != 0) cannot panic.
		if gp.m.printlock != 0 {
			throw("unexpected signal during runtime execution")
		}
		// Go: SIGBUS: if sigcode0 == _BUS_ADRERR && sigcode1 < 0x1000 { panicmem() }
		// SIGSEGV: if (sigcode0 == 0 || _SEGV_MAPERR || _SEGV_ACCERR) && sigcode1 < 0x1000 { panicmem() }
		if addr < 0x1000 && (sig == _SIGBUS && info.si_code == _BUS_ADRERR ||
			sig != _SIGBUS && uint32(info.si_code) <= _SEGV_ACCERR) {
			msg = sigpanicMem
		} else {
			// Go: print("unexpected fault address ", hex(gp.sigcode1), "\n"); throw("fault")
			printtostring_begin()
			printstring("unexpected fault address ")
			printhex(uint64(addr))
			printnl()
			fatalthrow("fault", false)
		}
	}
	// The panic. Without deferred calls it ends here; with some, Go's way
	// (sigctxt.preparePanic): the goroutine is made to call sigpanic0 at the faulting pc, and
	// the handler returns, so that the deferred calls run on the goroutine's stack with the
	// signal unblocked, before the message is printed.
	if gp._defer == nil {
		fatalpanicSignal(msg)
	}
	preparePanic(ctxt, unsafe.StringData(msg))
}

// fatalsignal is Go's fatal signal path in sighandler: the signal's name and "PC=… m=…
// sigcode=…" (with " addr=…" for SIGSEGV and SIGBUS, and the instruction bytes for SIGILL
// and SIGFPE), then the goroutine header and dumpregs; exit(2). Never returns.
func fatalsignal(sig uint32, info *siginfo, ctxt unsafe.Pointer) {
	c := &(*ucontext)(ctxt).uc_mcontext
	printtostring_begin() // Go: startpanic_m
	name := signame(sig)
	if len(name) != 0 {
		printstring(name)
	} else {
		printstring("Signal ")
		printuint(uint64(sig))
	}
	printnl()
	printstring("PC=")
	printhex(c.rip)
	printstring(" m=")
	printuint(uint64(getg().m.id))
	printstring(" sigcode=")
	printint(int64(info.si_code))
	if sig == _SIGSEGV || sig == _SIGBUS {
		printstring(" addr=")
		printhex(info.si_addr)
	}
	printnl()
	if sig == _SIGILL || sig == _SIGFPE {
		// Go: 16 bytes at PC, but not past the end of PC's page.
		printstring("instruction bytes:")
		pc := uintptr(c.rip)
		n := physPageSize - pc&(physPageSize-1)
		if n > 16 {
			n = 16
		}
		for ; n > 0; n-- {
			printstring(" ")
			printhex(uint64(*(*byte)(unsafe.Pointer(pc))))
			pc++
		}
		printnl()
	}
	// Go: goroutineheader(gp); tracebacktrap(...); tracebackothers(gp); print("\n"); dumpregs(c)
	printnl()
	goroutineheader(getg(), true)
	printnl()
	dumpregs(c)
	printflush()
	exit(2)
	abort()
}

// dieFromSignal is Go's dieFromSignal: the default action back, the signal unblocked and
// raised on this thread, so that the process ends killed by it; exit(2) if still alive.
// (Go raises it first through its handler, which forwards it; here the default action is
// restored first.)
func dieFromSignal(sig uint32) {
	setsig(sig, _SIG_DFL)
	unblocksig(sig)
	raise(sig)
	exit(2)
	abort()
}

// unblocksig is Go's: removes sig from the thread's signal mask.
func unblocksig(sig uint32) {
	sigmask = sigset(1) << (sig - 1)
	rtsigprocmask(_SIG_UNBLOCK, &sigmask, nil, 8)
}
