package runtime

import "unsafe"

// runtime2.go: the runtime's central types, G, M and P (proc.go explains the model), with
// the fields this runtime has so far. Their layouts reach the assembly through go_asm.s
// (docs/ABI.md "The runtime in Go"): g_sched_sp, m_curg, p_runq, schedt_runqhead, g__size.
// A field the assembly reads as a word is declared as one (int64, uintptr or a pointer).

// gobuf is the saved context of a G that is not running: gogo resumes it (asm_amd64.s).
type gobuf struct {
	sp uintptr
	pc uintptr
	bp uintptr
}

// stack is a G's stack bounds, [lo, hi).
type stack struct {
	lo uintptr // lowest address
	hi uintptr // one past the highest address
}

// A goroutine.
type g struct {
	stack stack
	// stackguard0 is Go's: every checked function's prologue compares sp (less its frame
	// beyond stackSmall) with it, at offset 16 as gc's prologues read it (the back end's stack
	// check; stack.go). stack.lo+stackGuard, or stackPreempt to make the next check fail.
	stackguard0 uintptr
	sched       gobuf
	m           *m      // the M running this G (nil when not running)
	goid        uint64  // from sched.goidgen
	status      uint64  // _Gidle, _Grunnable, _Grunning, _Gwaiting, _Gdead
	schedlink   *g      // next G in the global run queue or the free list
	startpc     uintptr // the function newproc started the G with
	_defer      *_defer // the deferred calls' chain, innermost first (panic.go: deferproc)
	waiting     *sudog  // the sudogs this G waits on (Go's g.waiting), through sudog.waitlink
	param       *sudog  // the sudog that woke this G (Go's g.param)
	waitreason  uintptr // a _Gwaiting G's wait reason: a NUL-terminated string (Go's waitReason), or 0
	selectDone  uint64  // 1 once a case of this G's select has won (Go's g.selectDone)
	alllink     *g      // next G in allgs, in creation order (Go's allgs slice)
	scratch     unsafe.Pointer // chanscratch's memory (Go: the caller's stack frame)
	scratchlen  uintptr
	_panic      *_panic // the panics running, the latest first (gopanic's _panic records)
	preempt     bool    // a preemption request (Go's): stackguard0 is stackPreempt too
	preemptret  uintptr // where the runtime function whose return preemptret took returns to (preempt.go)
	lockedm     *m      // the M this G is locked to (LockOSThread), or nil
}

// Goroutine status (Go's runtime2.go).
const (
	_Gidle     = 0
	_Grunnable = 1
	_Grunning  = 2
	_Gwaiting  = 4
	_Gdead     = 6
)

// P status.
const (
	_Pidle    = 0
	_Prunning = 1
	_Pgcstop  = 3 // stopped for a stop-the-world (runtime.GOMAXPROCS)
	_Pdead    = 4 // beyond GOMAXPROCS
)

// tlsSlots is Go's count of thread-local words on amd64: the FS base is &m.tls[1], so g
// is at fs:[-8], m.tls[0].
const tlsSlots = 6

// printBufSize is the size of an M's buffer for one print statement.
const printBufSize = 0x200

// An OS thread. m0 runs every goroutine; sysmon has an M of its own (proc.go's newm).
type m struct {
	g0        *g // the scheduling goroutine, on the OS stack
	curg      *g // the user G running now
	p         *p // the attached P
	id        int64
	printlock int64 // nesting depth of printlock
	tls       [tlsSlots]uintptr
	printlen  int64 // bytes waiting in printbuf
	printbuf  [printBufSize]byte
	gsignal   *g     // the G whose stack is the alternate signal stack (minit)
	procid    uint64 // the thread's id (Go's; preemptM's tgkill)
	mstartfn  func() // what the M runs after mstart instead of schedule (sysmon)
	locks     int64  // Go's m.locks: > 0, the M's goroutine is not preempted (procPin, lock)
	park      note   // an idle M sleeps on it (stopm) until startm hands it a P
	nextp     *p     // the P startm hands it, acquired when it wakes (or starts)
	spinning  bool   // looking for work without having found any (sched.nmspinning counts it)
	schedlink *m     // next M on the idle list sched.midle
	alllink   *m     // next M on allm
	futexts   [2]int64 // futexsleep's timespec
	lockedg   *g       // the G locked to this M (LockOSThread), or nil
	lockedExt int64    // LockOSThread's nesting depth (Go's lockedExt)
}

// Go's run queue of a P: 256 Gs.
const (
	runqLen  = 256
	runqMask = runqLen - 1
	runqHalf = runqLen / 2
)

// A processor: what an M needs to run Go code, with a local run queue.
type p struct {
	id        int64
	status    int64 // _Pidle, _Prunning
	link      *p    // next P in the idle list sched.pidle
	m         *m    // the M this P is attached to
	schedtick int64 // incremented on every scheduler call (not on inherited time)
	runqhead  uint32
	runqtail  uint32
	runnext   *g // a G to run next, ahead of runq, inheriting the time slice
	runq      [runqLen]*g
	// Go's p.sysmontick (sysmon's last look at schedtick and when it changed) and p.preempt.
	sysmontick_schedtick int64
	sysmontick_schedwhen int64
	sysmontick_m         *m // the M the slice is measured on (its thread CPU clock)
	preempt              bool

	// Go's p.mcache: the span of each span class this P allocates from without a lock
	// (malloc.go, mheap.go).
	mcache [numSpanClasses]*mspan
	// Go's mcache.tiny, tinyoffset and tinyAllocs: the block tiny objects are cut from, the
	// end of what it holds, and how many were cut (malloc.go).
	tiny       uintptr
	tinyoffset uintptr
	tinyAllocs uint64

	// Go's p.gFree: dead Gs for reuse, this P's own (gfput, gfget), linked through
	// g.schedlink; batches move to and from sched.gfree under sched.lock.
	gfree  *g
	ngfree int64
	// Go's p.goidcache and p.goidcacheend: goids [goidcache, goidcacheend) taken from
	// sched.goidgen in batches of _GoidCacheBatch.
	goidcache    uint64
	goidcacheend uint64
}

// The scheduler's global state, the single variable sched (Go's schedt).
type schedt struct {
	goidgen   uint64 // last goid handed out
	runqhead  *g     // the global run queue, linked through g.schedlink
	runqtail  *g
	runqsize  int64
	pidle     *p // idle Ps, linked through p.link
	npidle    int64
	pidlenext int // allp[pidlenext:gomaxprocs] are idle Ps not made yet (procresize, pidleget)
	maxmcount int64
	gfree     *g // free Gs (_Gdead, stack kept) beyond the Ps' own lists (Go's sched.gFree)
	ngfree    int64
	gflock    mutex // guards gfree and ngfree (Go's sched.gFree.lock)
	mnext     int64 // next M id
	ngsys     int64 // system goroutines (not counted by NumGoroutine)

	lock       mutex // the runtime's one lock (lock_futex.go): the scheduler, channels, semaphores, timers, stacks
	midle      *m    // idle Ms, waiting on their m.park, linked through m.schedlink
	nmidle     int64
	mcount     int64 // Ms alive (Go's mcount(): here with sysmon's)
	nmspinning int64 // Ms looking for work (Go's nmspinning)
	// needspinning is Go's: 1 when wakep found work but no idle P to start for it; an M
	// about to give its P up spins instead (findRunnable), so that the work is not lost.
	needspinning int64
	timerwait  uint32 // Ms holding a P that sleep until a timer is due sleep on this word; wakep bumps it
	ntimerwait int64  // how many sleep there
	gcwaiting  bool  // stop the world: every P is to stop (Go's sched.gcwaiting)
	stopwait   int64 // Ps still to stop
	stopnote   note  // the M stopping the world sleeps on it
}
