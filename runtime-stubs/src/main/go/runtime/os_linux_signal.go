package runtime

// os_linux_signal.go: the signal parts of Go's runtime/os_linux.go and proc.go that m0 runs
// in mstart1 (kept apart from os_linux.go while that file is being moved to Go).

// minit is Go's minit on m0 (called on the new thread; here on m0 in mstart1):
// minitSignals, the alternate signal stack and the signal mask. (Go also records the
// thread's id in m.procid; one M needs none.)
func minit() {
	minitSignalStack()
	minitSignalMask()
	// Go: m.procid = uint64(gettid()), for preemptM's tgkill.
	getg().m.procid = uint64(rawsyscall0(_SYS_gettid))
}

// mstartm0 is Go's mstartm0 on m0: initsig(false). (Go also makes the extra M of cgo
// callbacks, which rt0gen has no use for.)
func mstartm0() {
	initsig(false)
}
