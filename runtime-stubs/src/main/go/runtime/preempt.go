package runtime

import "unsafe"

// preempt.go: preemption (Go's runtime/preempt.go), for the goroutines of m0.
//
// sysmon (proc.go) asks the goroutine that has run for 10 ms to stop in two ways, as Go:
// cooperatively, with g.stackguard0 = stackPreempt, so that the next stack check calls
// morestack and newstack yields (gopreempt_m); and asynchronously, with SIGURG to the M's
// thread: the handler makes the goroutine call asyncPreempt (preempt_amd64.s) where it was
// interrupted, which saves every register and yields. Only the program's own code is stopped:
// the runtime's Go code keeps no locks, so where Go's would hold one (m.locks), it cannot be
// preempted here at all.

// asyncPreempt saves all user registers and calls mcall(gopreempt_m); when the goroutine runs
// again it restores them and returns to the interrupted instruction (preempt_amd64.s).
func asyncPreempt()

// asyncPreemptStack is how much stack the asynchronous preemption needs below the
// interrupted sp: asyncPreempt's frame (flags, rbp, 15 general registers, 16 XMM registers,
// alignment) and mcall's return address; it calls no Go code on the goroutine's stack.
const asyncPreemptStack = 0x200

// Where the program's own code is (Linker.LINKER_FILLED: the program part's .text).
var (
	progtext  uintptr
	progetext uintptr
)

// wantAsyncPreempt is Go's: gp or its P was asked to stop, and gp is running.
func wantAsyncPreempt(gp *g) bool {
	return (gp.preempt || gp.m.p != nil && gp.m.p.preempt) && gp.status == _Grunning
}

// isAsyncSafePoint is Go's, for rt0gen: gp is the M's user goroutine (not g0, not the signal
// handler's), its M can be preempted (canPreemptM), stopped in the program's own
// code (Go: a PC with an unsafe-point mark is not safe; here the runtime's code is not), with
// room on its stack for asyncPreempt.
func isAsyncSafePoint(gp *g, pc, sp uintptr) bool {
	mp := gp.m
	if mp == nil || gp != mp.curg || !canPreemptM(mp) {
		return false
	}
	if !userPC(pc) {
		return false
	}
	return sp >= gp.stack.lo+asyncPreemptStack && sp < gp.stack.hi
}

// canPreemptM is Go's canPreemptM, for rt0gen: the M holds no lock (Go's m.locks: here only
// procPin takes one) and is not inside a print statement (Go's printlock takes m.locks too).
func canPreemptM(mp *m) bool {
	return mp.locks == 0 && mp.printlock == 0
}

// userPC reports whether pc is in the program's own code.
func userPC(pc uintptr) bool {
	return pc >= progtext && pc < progetext
}

// canPreemptAtMorestack is newstack's test (Go's: the M holds no locks, is not allocating,
// and its P is running; here: outside a print statement, newstack's test): the function that
// called morestack is the program's, or a runtime function the program's code has just
// called (its return address, above the npushed words its stub pushed, is in the program).
func canPreemptAtMorestack(gp *g, npushed uintptr) bool {
	if userPC(gp.sched.pc) {
		return true
	}
	return userPC(*(*uintptr)(unsafe.Pointer(gp.sched.sp + npushed*8)))
}

// preemptAtReturn: the goroutine was asked to stop inside the runtime's code, where it cannot
// (Go's runtime would run there on the system stack or under a lock, and yield at its next
// check on the goroutine's stack). Along the saved frame pointers from gp.sched.bp, the first
// runtime frame that returns into the program gets preemptret as its return address (the
// address kept in gp.preemptret): the goroutine yields on its way back to the program's code.
// One at a time; recovery and gfput forget one whose frame is gone.
func preemptAtReturn(gp *g) {
	if gp.preemptret != 0 {
		return
	}
	bp := gp.sched.bp
	for bp >= gp.stack.lo && bp < gp.stack.hi {
		pc := *(*uintptr)(unsafe.Pointer(bp + 8))
		if userPC(pc) {
			gp.preemptret = pc
			*(*uintptr)(unsafe.Pointer(bp + 8)) = funcPC(preemptret)
			return
		}
		bp = *(*uintptr)(unsafe.Pointer(bp))
	}
}

// preemptret is where a runtime function whose return preemptAtReturn took returns: it puts
// back the address gp.preemptret kept and, outside a print statement, yields as asyncPreempt
// does (preempt_amd64.s).
func preemptret()
