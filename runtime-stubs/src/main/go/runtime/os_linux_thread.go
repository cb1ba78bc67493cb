package runtime

// os_linux_thread.go: Go's os_linux.go, the part that makes threads (newosproc, clone), apart
// from os_linux.go's start-up part, which RuntimeGoUnitTest compiles on its own.

// cloneFlags is Go's: the new thread shares the address space, the file system information,
// the file descriptors and the signal handlers, and is in this thread group; its fs is the
// M's TLS (CLONE_SETTLS, as go1.26's clone).
const cloneFlags = _CLONE_VM | _CLONE_FS | _CLONE_FILES | _CLONE_SIGHAND | _CLONE_SYSVSEM | _CLONE_THREAD | _CLONE_SETTLS

const (
	_CLONE_VM      = 0x100
	_CLONE_FS      = 0x200
	_CLONE_FILES   = 0x400
	_CLONE_SIGHAND = 0x800
	_CLONE_SYSVSEM = 0x40000
	_CLONE_THREAD  = 0x10000
	_CLONE_SETTLS  = 0x80000
	_EAGAIN        = 0xb
)

// newosproc is Go's newosproc: the thread of mp, on mp.g0's stack, starting in mstart (with
// fs at mp.tls, g at fs:[-8] = mp.g0: sys_linux_amd64.s's clone). Go blocks every signal
// around the clone, so that the new thread starts with all of them blocked and unblocks them
// in its minit; here only m0 runs minit, and sysmon's thread keeps them blocked.
func newosproc(mp *m) {
	rtsigprocmask(_SIG_SETMASK, &sigset_all, &newosprocMask, 8)
	ret := clone(cloneFlags, mp.g0.stack.hi&^15, mp, mp.g0, funcPC(mstart))
	rtsigprocmask(_SIG_SETMASK, &newosprocMask, nil, 8)
	if ret < 0 {
		// Go: print("runtime: failed to create new OS thread (have ", mcount(), " already;
		// errno=", -ret, ")\n"); EAGAIN: "runtime: may need to increase max user processes
		// (ulimit -u)"; throw("newosproc")
		printtostring_begin()
		printstring("runtime: failed to create new OS thread (have ")
		printint(sched.mnext - 1)
		printstring(" already; errno=")
		printint(int64(-ret))
		printstring(")\n")
		if ret == -_EAGAIN {
			printstring("runtime: may need to increase max user processes (ulimit -u)\n")
		}
		throw("newosproc")
	}
}

// sigset_all is Go's: every signal; newosprocMask is newosproc's saved mask.
var (
	sigset_all    sigset = ^sigset(0)
	newosprocMask sigset
)

// clone is Go's clone(flags, stk, mp, gp, fn) (sys_linux_amd64.s): in the parent the new
// thread's id or a negative errno; the child, on stk, sets its fs to mp.tls, g to gp, and
// calls fn, exiting the thread if fn returns.
func clone(flags int, stk uintptr, mp *m, gp *g, fn uintptr) int

// mstart is asm_amd64.s's: Go's mstart, where every M begins.
func mstart()
