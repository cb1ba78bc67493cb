package runtime

import "unsafe"

// proc.go: the scheduler (Go's runtime/proc.go), for one M.
//
// Go's model: Gs (goroutines) run on Ms (threads) that hold Ps (processors, each with a local
// run queue of up to 256 Gs plus a runnext slot); a global run queue in sched takes the
// overflow and the Gs that yield with Gosched. An M without work steals from other Ps or
// sleeps; newproc wakes an idle P's M (wakep).
//
// This runtime keeps the data structures and the decisions (runqput with runnext, runqputslow
// spilling half to the global queue, findRunnable's order, the schedtick%61 fairness check,
// execute, goexit0, gosched_m) but has exactly one M, m0, holding allp[0]. The other
// GOMAXPROCS-1 Ps exist (allp has their slots, a P struct is made on first use) and stay
// idle: with no second M, nothing runs them, so there is no stealing, no wakep, no sysmon and
// no preemption. Goroutines switch only when they return (goexit), call Gosched, or block on a
// channel (gopark; chan.go readies them with goready). With GOMAXPROCS=1, Go's own choices of
// what to run next are these same ones.
//
// What Go keeps in assembly stays in asm_amd64.s: rt0_go, mstart's entry, gogo, mcall and
// goexit.

var (
	m0    m
	g0    g
	sched schedt

	// allp is Go's allp []*p, as three words (rt0trace.go prints them): the array's address
	// (allp), its length and its capacity. A slot is nil until its P is first needed
	// (allpget).
	allp     unsafe.Pointer
	allp_len int
	allp_cap int

	// gomaxprocs is Go's (an int32 there; a word here).
	gomaxprocs int

	// allgs is Go's allgs slice as a list in creation order, linked through g.alllink
	// (panic.go's fatal walks it); allglen counts it (RT0TRACE prints it).
	allgs      *g
	allgs_tail *g
	allglen    int

	// fingStatus is Go's (mfinal.go): fingCreated once createfing started the finalizer
	// goroutine.
	fingStatus uint32

	// mainStarted is Go's: runtime.main has started (RT0TRACE traces the first schedule only).
	mainStarted bool

	// Go's maxstacksize and maxstackceiling: the largest stack newstack makes (stack.go).
	// runtime.main sets them for real, as Go's; 1 MiB until then (Go's "enough until
	// runtime.main sets it").
	maxstacksize    uintptr = 1 << 20
	maxstackceiling uintptr = 1 << 20

	// runtimeInitTime is Go's: nanotime at the start of runtime.main (inittrace's @ times).
	runtimeInitTime int64

	// main_init_done is Go's channel, closed when the package inits are done; here a flag
	// (traceback.go's goroutineheader prints ", locked to thread" until then).
	main_init_done bool
)

// Words the linker fills when it adds the program to the runtime (the runtime is laid down
// first, without knowing the program), as Go's linker fills main_main (a func linknamed to
// main.main) and runtime_inittasks (linknamed to go:main.inittasks): the address of
// main.main, of go..inittasks and the value of go..ninittasks (link.Linker.LINKER_FILLED,
// which also fills runtime.go's godebugDefault). api.RuntimeBuild puts them in .data, where
// the file has the bytes to fill.
var (
	main_main       uintptr   // main.main's code: runtime.main calls it through &main_main
	main_inittasks  *initTask // the program's init tasks, in Go's linker's order
	main_ninittasks int
)

// stackTopSlack is the room newproc1 leaves above a new goroutine's argument words, for the
// result words a function returns on the stack (stack.go has the stacks' constants).
const stackTopSlack = 0x200

// The schedticks Go's runtime.main spends on the runtime's own goroutines before the first
// package init (see main), measured against go1.26, and the goroutines Go's runtime starts
// before the GOMAXPROCS updater (forcegchelper, bgsweep, bgscavenge): they take goids 2-4,
// which this runtime skips.
const (
	goRuntimeInitTicks  = 4
	goRuntimeGoroutines = 3
)

// fingStatus values (Go's fingUninitialized, fingCreated).
const (
	fingUninitialized = 0
	fingCreated       = 1
)

// Go's waitReasonStrings of the runtime's own goroutines, NUL-terminated (chan.go has the
// channels' ones).
const (
	waitReasonUpdater       = "GOMAXPROCS updater (idle)\x00"
	waitReasonFinalizerWait = "finalizer wait\x00"
)

// The assembly this file calls, with Go's register ABI.

// gogo resumes gp at its saved context (asm_amd64.s; Go's gogo takes &gp.sched).
func gogo(gp *g)

// mcall switches to g0's stack and calls fn(gp) there, gp being the calling goroutine, whose
// context is saved so that a later gogo(gp) returns from mcall (asm_amd64.s). fn never returns.
func mcall(fn func(*g))

// goexit is the return address newproc1 gives every goroutine's function (asm_amd64.s).
func goexit()

// abort is Go's: INT $3, for good (asm_amd64.s).
func abort()

// funcPC is Go's abi.FuncPCABIInternal: the code address of f, the first word of its closure.
// As in gc, an intrinsic: one load (lower.Lower), no call.
func funcPC(f func()) uintptr

// getcallerargoff returns the argp of the function calling it (Go's getcallersp there: its
// frame pointer + 0x10, the address of its first stack argument) as its distance below
// g.stack.hi, which stays right when the stack moves (panic_amd64.s).
func getcallerargoff() uintptr

// schedinit is Go's schedinit, step by step: the bootstrap calls it after osinit (rt0_go).
func schedinit() {
	// Go: lockInit(...) for every runtime lock: one M never contends, no locks here.
	sched.maxmcount = 10000
	// Go: ticks.init, stackinit, randinit, mallocinit, cpuinit, alginit: the bump heap
	// (malloc.go) needs no set-up; no GC, no maps, no CPU feature checks here.
	// Go: mcommoninit(gp.m, -1): the M gets its id from sched.mnext (m0: 0).
	mp := getg().m
	mp.id = sched.mnext
	sched.mnext++
	goargs()
	goenvs()
	// Go: parseRuntimeDebugVars(GODEBUG) (parsed early in Go; here after goenvs).
	parsedebugvars()
	// Go: if n, err := strconv.ParseInt(gogetenv("GOMAXPROCS"), 10, 32); err == nil && n > 0
	// { procs = n } (read here, before the cgroup: it decides whether the cgroup matters).
	procs := 0
	if n, ok := parseInt32(gogetenv("GOMAXPROCS")); ok && n > 0 {
		procs = n
	}
	// Go: defaultGOMAXPROCSInit(): open the CPU cgroup's limit files, if any. Go always reads
	// them (it keeps them open for sysmon's GOMAXPROCS updater). rt0gen has no updater, so
	// the limit can change nothing when GOMAXPROCS is set, when GODEBUG has
	// containermaxprocs=0, or when ncpu <= 2 (Go never lowers GOMAXPROCS below 2 for a
	// limit): then the files are not read, which saves the three or four opens of /proc and
	// cgroupfs files (/proc/self/cgroup, /proc/self/mountinfo, the limit files) that dominate
	// start-up time. RT0TRACE=1 reads them always, to show the limit.
	if rt0trace || procs == 0 && debug.containermaxprocs > 0 && ncpu > 2 {
		defaultGOMAXPROCSInit()
	}
	if rt0trace {
		traceSchedinit(&sched)
	}
	// Go: else { procs = defaultGOMAXPROCS(numCPUStartup) }
	if procs != 0 {
		gomaxprocs_why = gomaxprocsWhyEnv
	} else {
		procs = defaultGOMAXPROCS(ncpu)
	}
	if rt0trace {
		traceGomaxprocs(procs, ncpu)
	}
	// Go: if procresize(procs) != nil { throw("unknown runnable goroutine during bootstrap") }
	procresize(procs)
}

// procresize is Go's procresize, cut down for one M. Go grows allp to nprocs, initializes
// every new P, keeps the current P if its id is < nprocs (else takes allp[0]), destroys Ps
// beyond nprocs (moving their Gs to the global queue) and puts the other Ps on the idle list.
// Here allp grows as an array from mallocgc, whose memory the kernel maps lazily: a slot stays
// nil until its P is first needed (allpget), so GOMAXPROCS=100000 costs 800 KB of untouched
// heap, not 100000 P structs. m0 always runs allp[0], which survives every resize
// (nprocs >= 1), so no P ever holds Gs that would need moving; the other nprocs-1 Ps count as
// idle (sched.npidle) without being linked into sched.pidle one by one.
func procresize(nprocs int) {
	if nprocs <= 0 {
		throw("procresize: invalid arg")
	}
	// Go: grow allp if necessary (a new array, the old entries copied over).
	if nprocs > allp_cap {
		nallp := mallocgc(uintptr(nprocs)*8, nil, true)
		memmove(nallp, allp, uintptr(allp_cap)*8)
		allp = nallp
		allp_cap = nprocs
	}
	allp_len = nprocs
	// Go: if gp.m.p != 0 && gp.m.p.ptr().id < nprocs { continue to use the current P }
	// else { acquirep(allp[0]) }. With one M the current P is always allp[0].
	mp := getg().m
	if mp.p == nil {
		pp := allpget(0)
		mp.p = pp // acquirep: m.p = pp, pp.m = m, Prunning
		pp.m = mp
		pp.status = _Prunning
	}
	// Go: every other P with an empty run queue goes to the idle list (pidleput).
	sched.npidle = int64(nprocs - 1)
	gomaxprocs = nprocs
	if rt0trace {
		traceProcresize(gomaxprocs, allp, allp_cap, &sched)
	}
}

// allpget returns allp[i], making the P on first use (Go's pp.init(i) at procresize time: id,
// status, an empty run queue).
func allpget(i int) *p {
	slot := (**p)(unsafe.Add(allp, i*8))
	pp := *slot
	if pp == nil {
		pp = (*p)(mallocgc(unsafe.Sizeof(p{}), nil, true))
		pp.id = int64(i)
		pp.status = _Pidle
		*slot = pp
	}
	return pp
}

// newproc is Go's newproc, what `go fn(args)` calls (docs/ABI.md): newg := newproc1(fn, ...)
// on the system stack, runqput(pp, newg, true), and if mainStarted, wakep() to get an idle P
// running. Here newproc1 runs on the caller's stack, and there is no other M to wake (wakep
// is a no-op). Its arguments are on the stack (ABI0: ir.Callees.ABI0), as Go's newproc took
// them before the register ABI (go1.16: siz, fn, then the argument words, found from &fn):
// fn, nargbytes, then the argument words, from the argp getcallerargoff gives.
func newproc() {
	argoff := getcallerargoff()
	argp := getg().stack.hi - argoff
	fn := *(*uintptr)(unsafe.Pointer(argp))
	narg := *(*uintptr)(unsafe.Pointer(argp + 8))
	newg := newproc1(fn, argoff-16, narg)
	runqput(getg().m.p, newg, true)
}

// newproc1 is Go's newproc1: a new G in Grunnable state that will run fn with a copy of the
// narg bytes at argoff below the current goroutine's stack.hi as its arguments (a distance, not
// an address: the current stack may move while newproc1 allocates).
func newproc1(fn uintptr, argoff uintptr, narg uintptr) *g {
	if fn == 0 {
		throw("go of nil func value")
	}
	newg := gfget()
	if newg == nil {
		newg = malg(stackMin)
		newg.status = _Gdead // Go: casgstatus(newg, _Gidle, _Gdead)
		allgadd(newg)
	}
	// Go throws "newproc: function arguments too large for new goroutine"; here the new
	// goroutine gets a stack that holds them.
	need := stackTopSlack + (narg+15)&^15 + stackGuard + stackSmall
	if newg.stack.hi-newg.stack.lo < need {
		size := uintptr(stackMin)
		for size < need {
			size *= 2
		}
		stackfree(newg.stack)
		newg.stack = stackalloc(size)
		newg.stackguard0 = newg.stack.lo + stackGuard
	}
	argp := unsafe.Pointer(getg().stack.hi - argoff)
	// Go: sp := newg.stack.hi - totalSize; the arguments are copied to the top of the new
	// stack and fn's return address is goexit+PCQuantum (gostartcallfn), so that fn's return
	// runs goexit. Here: stackTopSlack bytes left for result words, argument words 16-aligned
	// below, then the return address.
	sp := newg.stack.hi - stackTopSlack - (narg+15)&^15
	memmove(unsafe.Pointer(sp), argp, narg)
	sp -= 8
	*(*uintptr)(unsafe.Pointer(sp)) = funcPC(goexit) + 1
	newg.sched.sp = sp
	newg.sched.pc = fn
	newg.sched.bp = 0
	newg.startpc = fn
	newg.m = nil
	newg.schedlink = nil
	// Go: newg.goid = pp.goidcache++ (batches from sched.goidgen; with one P the ids are 1,
	// 2, 3, ... either way). casgstatus(newg, _Gdead, _Grunnable).
	sched.goidgen++
	newg.goid = sched.goidgen
	newg.status = _Grunnable
	return newg
}

// allgadd is Go's: allgs keeps every G in creation order (checkdead and fatal's goroutine
// headers walk it).
func allgadd(gp *g) {
	allglen++
	if allgs_tail == nil {
		allgs = gp
	} else {
		allgs_tail.alllink = gp
	}
	allgs_tail = gp
}

// malg is Go's malg: a new G (from the heap) with a stack of stacksize bytes (stackalloc).
func malg(stacksize uintptr) *g {
	newg := (*g)(mallocgc(unsafe.Sizeof(g{}), nil, true))
	newg.stack = stackalloc(stacksize)
	newg.stackguard0 = newg.stack.lo + stackGuard
	return newg
}

// gfget is Go's gfget: a dead G for reuse, or nil; one whose stack gfput freed gets a stackMin
// one. Go keeps a free list per P plus a global one (sched.gFree) and moves batches of 32
// between them; with one P a single LIFO list in sched.gfree behaves the same.
func gfget() *g {
	gp := sched.gfree
	if gp != nil {
		sched.gfree = gp.schedlink
		sched.ngfree--
		gp.schedlink = nil
		if gp.stack.lo == 0 {
			gp.stack = stackalloc(stackMin)
			gp.stackguard0 = gp.stack.lo + stackGuard
		}
	}
	return gp
}

// gfput is Go's gfput: put a dead G on the free list; a stack that grew is freed (Go: a stack
// of another size than the starting one), a stackMin one stays with the G.
func gfput(gp *g) {
	gp.preemptret = 0
	if gp.stack.hi-gp.stack.lo != stackMin {
		stackfree(gp.stack)
		gp.stack.lo = 0
		gp.stack.hi = 0
		gp.stackguard0 = 0
	}
	gp.schedlink = sched.gfree
	sched.gfree = gp
	sched.ngfree++
}

// runqput is Go's runqput (goready, chan.go, calls it too). next: gp goes to pp.runnext and
// the G that was there is kicked to the tail of the local queue. A full local queue spills
// half of itself and gp to the global queue.
func runqput(pp *p, gp *g, next bool) {
	if next {
		oldnext := pp.runnext
		pp.runnext = gp
		if oldnext == nil {
			return
		}
		gp = oldnext // Kick the old runnext out to the regular run queue.
	}
	h := pp.runqhead
	t := pp.runqtail
	if t-h < runqLen {
		*runqslot(pp, t) = gp
		pp.runqtail = t + 1
		return
	}
	runqputslow(pp, gp, h, t)
}

// runqslot is &pp.runq[i%len(pp.runq)], with no bounds check to fail.
func runqslot(pp *p, i uint32) **g {
	return (**g)(unsafe.Add(unsafe.Pointer(&pp.runq), uintptr(i&runqMask)*8))
}

// runqputslow is Go's runqputslow: move half of the full local queue (128 Gs, oldest first)
// and gp, linked through schedlink, to the tail of the global queue (globrunqputbatch).
func runqputslow(pp *p, gp *g, h, t uint32) {
	n := (t - h) / 2
	if n != runqHalf {
		throw("runqputslow: queue is not full")
	}
	first := *runqslot(pp, h)
	last := first
	for i := uint32(1); i < n; i++ {
		x := *runqslot(pp, h+i)
		last.schedlink = x
		last = x
	}
	last.schedlink = gp
	// Go: atomic.CasRel(&pp.runqhead, h, h+n) commits the consume
	pp.runqhead = h + n
	globrunqputbatch(first, gp, int64(n)+1)
}

// runqget is Go's runqget: runnext first (inheriting the time slice), then the head of the
// local queue; nil when both are empty.
func runqget(pp *p) (*g, bool) {
	next := pp.runnext
	if next != nil {
		pp.runnext = nil
		return next, true
	}
	h := pp.runqhead
	if h == pp.runqtail {
		return nil, false
	}
	gp := *runqslot(pp, h)
	pp.runqhead = h + 1
	return gp, false
}

// runqempty is Go's: pp has no runnable G.
func runqempty(pp *p) bool {
	return pp.runnext == nil && pp.runqhead == pp.runqtail
}

// globrunqput is Go's: sched.runq.pushBack(gp).
func globrunqput(gp *g) {
	globrunqputbatch(gp, gp, 1)
}

// globrunqputbatch is Go's: sched.runq.pushBackAll(q), q being the Gs head..tail linked
// through schedlink, n of them.
func globrunqputbatch(head, tail *g, n int64) {
	tail.schedlink = nil
	if sched.runqtail != nil {
		sched.runqtail.schedlink = head
	} else {
		sched.runqhead = head
	}
	sched.runqtail = tail
	sched.runqsize += n
}

// globrunqget is Go's: sched.runq.pop(), or nil when empty.
func globrunqget() *g {
	gp := sched.runqhead
	if gp == nil {
		return nil
	}
	sched.runqhead = gp.schedlink
	if sched.runqhead == nil {
		sched.runqtail = nil
	}
	sched.runqsize--
	gp.schedlink = nil
	return gp
}

// globrunqgetbatch is Go's globrunqgetbatch plus its caller's runqputbatch: n = min(n,
// sched.runqsize, sched.runqsize/gomaxprocs + 1); the first G is returned, the next n-1 go to
// pp's (empty) local queue in order.
func globrunqgetbatch(pp *p, n int64) *g {
	if sched.runqsize == 0 {
		return nil
	}
	n = min(n, sched.runqsize, sched.runqsize/int64(gomaxprocs)+1)
	gp := globrunqget()
	for n--; n > 0; n-- {
		runqput(pp, globrunqget(), false)
	}
	return gp
}

// mstart1 is Go's mstart1 after asm_amd64.s's mstart (Go's mstart and mstart0) has recorded
// g0's context, so that mcall switches to that point of the g0 stack: asminit, minit (the
// signal stack and mask); on m0 mstartm0 (initsig: the signal handlers, signal_unix.go); then
// schedule().
func mstart1() {
	mp := getg().m
	// Go: minit on every M; sysmon's thread here keeps every signal blocked (newosproc), so
	// that all of them go to m0, and needs no signal stack.
	if mp == &m0 {
		minit()
		mstartm0()
	}
	if rt0trace && mp == &m0 {
		traceMstart()
	}
	if fn := mp.mstartfn; fn != nil {
		fn()
	}
	schedule()
}

// newm is Go's newm(fn, nil, -1) → allocm, newm1 → newosproc: a new M, an OS thread that
// starts in mstart and runs fn there (here only sysmon: goroutines all run on m0).
func newm(fn func()) {
	mp := allocm(fn)
	if rt0trace {
		traceNewm(mp)
	}
	newosproc(mp)
}

// allocm is Go's allocm: the M (from the heap), its id (mcommoninit), and its g0 with a
// 16 KiB stack (Go's on Linux: malg(16384 * sys.StackGuardMultiplier)).
func allocm(fn func()) *m {
	mp := (*m)(mallocgc(unsafe.Sizeof(m{}), nil, true))
	mp.mstartfn = fn
	mp.id = sched.mnext
	sched.mnext++
	gp := malg(16384)
	gp.m = mp
	mp.g0 = gp
	return mp
}

// forcePreemptNS is Go's: the time slice after which sysmon preempts a goroutine.
const forcePreemptNS = 10 * 1000 * 1000

// sysmon is Go's system monitor, on its own M without a P: it sleeps 20 us, then twice as
// long each round once 1 ms has passed with nothing to do, up to 10 ms, and each time looks
// at the Ps (retake). Only what is safe from another thread runs here: no allocation, no
// scheduling; it reads the Ps and writes the preemption requests, as Go's does without locks.
// Go's sysmon also retakes Ps from system calls, polls the network, and wakes the scavenger
// and forced GCs: none of these exist here.
func sysmon() {
	idle := 0
	delay := uint32(0)
	for {
		if idle == 0 {
			delay = 20
		} else if idle > 50 {
			delay *= 2
		}
		if delay > 10*1000 {
			delay = 10 * 1000
		}
		usleep(delay)
		now := nanotime1()
		if retake(now) != 0 {
			idle = 0
		} else {
			idle++
		}
	}
}

// retake is Go's retake: a P whose schedtick has not moved for forcePreemptNS runs the same
// goroutine too long, which preemptone asks to stop. Returns how many Ps it took from system
// calls (Go's n): none here. Go looks at every P of allp; here only m0 runs goroutines, so
// only m0's P can be running (the others stay idle), and sysmon looks at that one.
//
// Go measures the time slice on the wall clock (nanotime); here it is m0's CPU time
// (threadcputime), so that a goroutine is preempted after running 10 ms, not after 10 ms of
// a loaded machine running something else: where Go's interleavings then vary from run to run,
// rt0gen's stay those of an idle machine (sysmon still looks every 20 us to 10 ms).
func retake(now int64) uint32 {
	pp := m0.p
	if pp == nil || pp.status != _Prunning {
		return 0
	}
	now = threadcputime(m0.procid)
	t := pp.schedtick
	if pp.sysmontick_schedtick != t {
		pp.sysmontick_schedtick = t
		pp.sysmontick_schedwhen = now
	} else if pp.sysmontick_schedwhen+forcePreemptNS <= now {
		preemptone(pp)
	}
	return 0
}

// preemptone is Go's preemptone: ask the goroutine running on pp's M to stop, at its next
// stack check (stackguard0 = stackPreempt) and, unless GODEBUG asyncpreemptoff=1, at once
// with a signal (preemptM).
func preemptone(pp *p) bool {
	mp := pp.m
	if mp == nil {
		return false
	}
	gp := mp.curg
	if gp == nil || gp == mp.g0 {
		return false
	}
	gp.preempt = true
	gp.stackguard0 = stackPreempt
	if debug.asyncpreemptoff == 0 {
		pp.preempt = true
		preemptM(mp)
	}
	return true
}

// schedule is Go's: one round of scheduler: find a runnable goroutine and execute it. Never
// returns. Runs on g0.
func schedule() {
	getg().m.p.preempt = false
	gp, inheritTime := findRunnable()
	if rt0trace && !mainStarted {
		traceSchedule(gp, b2u(inheritTime)) // RT0TRACE: the first schedule only (runtime.main)
	}
	execute(gp, inheritTime)
}

// findRunnable is Go's, minus what one M lacks:
//  1. every 61st schedtick, one G from the global queue (fairness: the global queue cannot be
//     starved by two goroutines handing runnext to each other);
//  2. the local queue: runnext, then the ring;
//  3. a batch from the global queue;
//  (4. netpoll, stealing from other Ps, and sleeping until woken: no other M or P here ever
//     has work, so nothing could wake us but a timer: with one pending, sleep until it is due
//     and look again (time.go); else Go's checkdead reports the deadlock.)
//
// Each round starts as Go's does, with checkTimers: the due timers run (a sleeper readied, a
// timer channel fed), so that a goroutine polling with Gosched sees them fire.
func findRunnable() (*g, bool) {
	pp := getg().m.p
	for {
		if runTimers != nil {
			runTimers(false)
		}
		if pp.schedtick%61 == 0 && sched.runqsize != 0 {
			return globrunqget(), false
		}
		if gp, inheritTime := runqget(pp); gp != nil {
			return gp, inheritTime
		}
		if gp := globrunqgetbatch(pp, runqHalf); gp != nil {
			return gp, false
		}
		if runTimers == nil || !runTimers(true) {
			break
		}
	}
	// Go: stopm; with every goroutine blocked, checkdead reports the deadlock.
	checkdead()
	return nil, false
}

// checkdead is Go's checkdead, when the only M finds nothing to run: no M runs goroutines any
// more. The user goroutines in Gwaiting are counted (system goroutines, the finalizer
// goroutine parked in its own wait, do not count); none: "no goroutines (main called
// runtime.Goexit) - deadlock!", else "all goroutines are asleep - deadlock!", through fatal.
// Never returns.
func checkdead() {
	grunning := 0
	for gp := allgs; gp != nil; gp = gp.alllink {
		if !systemGoroutine(gp) && gp.status == _Gwaiting {
			grunning++
		}
	}
	if grunning == 0 {
		fatal("no goroutines (main called runtime.Goexit) - deadlock!")
	}
	fatal("all goroutines are asleep - deadlock!")
}

// systemGoroutine is Go's isSystemGoroutine(gp, false): a G started at a runtime function
// other than runtime.main: here the GOMAXPROCS updater and the finalizer goroutine (which
// never runs a finalizer: no fingRunningFinalizer).
func systemGoroutine(gp *g) bool {
	return gp.startpc == funcPC(updateMaxProcsGoroutine) || gp.startpc == funcPC(runFinalizers)
}

// execute is Go's execute: gp runs on this M; the P's schedtick counts a new time slice
// unless gp inherits the current one. Never returns.
func execute(gp *g, inheritTime bool) {
	mp := getg().m
	mp.curg = gp
	gp.m = mp
	gp.status = _Grunning
	gp.preempt = false
	gp.stackguard0 = gp.stack.lo + stackGuard
	if !inheritTime {
		mp.p.schedtick++
	}
	gogo(gp)
}

// goexit1 is Go's: finish the current goroutine on g0 (asm_amd64.s's goexit calls it).
func goexit1() {
	mcall(goexit0)
}

// goexit0 is Go's, on g0 after gp's function returned: gdestroy(gp) (status Gdead, dropg:
// m.curg = nil, gp.m = nil; gfput(pp, gp)), then schedule().
func goexit0(gp *g) {
	gp.status = _Gdead
	gp.m.curg = nil
	gp.m = nil
	gp.startpc = 0
	gfput(gp)
	schedule()
}

// Goexit is Go's Goexit: the goroutine runs every deferred call it has, the latest first (a
// recover() in them returns nil: no panic is running), then ends as if its function had
// returned (goexit1). Go marks the run with a _panic of kind goexit, so that a panic and
// recover in a deferred call cannot stop it; here a recovered panic returns from the function
// that deferred the call as always. When the main goroutine calls it, the program goes on
// until no goroutine can run, and checkdead's "no goroutines (main called runtime.Goexit) -
// deadlock!" ends it, as in Go.
func Goexit() {
	deferreturn(nil) // every deferred call: the chain down to nil
	goexit1()
}

// LockOSThread is Go's: the goroutine keeps the M it runs on, and the M runs no other
// goroutine. Every goroutine runs on m0 here: it keeps its thread as Go promises; that m0 runs
// the others too cannot be seen without thread ids (package syscall). Nothing to record.
func LockOSThread() {
}

// UnlockOSThread is Go's: undoes LockOSThread (nothing to undo here).
func UnlockOSThread() {
}

// Gosched is Go's: checkTimeouts(); mcall(gosched_m). The goroutine goes to the global queue
// and the scheduler picks another; it later resumes here.
func Gosched() {
	mcall(gosched_m)
}

// gosched_m is Go's, on g0 for Gosched (goschedImpl): Grunning -> Grunnable, dropg,
// globrunqput(gp) (the GLOBAL queue, behind everything else), wakep (no other M here),
// schedule().
func gosched_m(gp *g) {
	goschedImpl(gp)
}

// gopreempt_m is Go's, on g0 for a goroutine that a preemption request stopped (newstack,
// asyncPreempt): goschedImpl, as Gosched.
func gopreempt_m(gp *g) {
	goschedImpl(gp)
}

// goschedImpl is Go's goschedImpl: gp back to the global run queue, then schedule().
func goschedImpl(gp *g) {
	gp.status = _Grunnable
	gp.m.curg = nil
	gp.m = nil
	globrunqput(gp)
	schedule()
}

// gopark is Go's gopark(unlockf, lock, reason, traceReason, traceskip) with only the reason,
// the address of a NUL-terminated string (a traceback header shows it): the current goroutine
// stops (Gwaiting) until some other goroutine readies it (goready, chan.go); mcall(park_m).
// Go's unlockf is the channel's unlock, which one M does not need.
func gopark(reason *byte) {
	getg().waitreason = uintptr(unsafe.Pointer(reason))
	mcall(park_m)
}

// park_m is Go's, on g0: Grunning -> Gwaiting, dropg, schedule().
func park_m(gp *g) {
	gp.status = _Gwaiting
	gp.m.curg = nil
	gp.m = nil
	schedule()
}

// updateMaxProcsGoroutine is Go's GOMAXPROCS updater goroutine: it parks at once
// (goparkunlock) and only sysmon would ever wake it.
func updateMaxProcsGoroutine() {
	gopark(unsafe.StringData(waitReasonUpdater))
	abort()
}

// createfing is Go's createfing (mfinal.go), called by SetFinalizer (os's init calls it,
// runtime.go): start the finalizer goroutine, once: go runFinalizers(). It is a system goroutine
// (not counted by NumGoroutine) that takes the next goid and the P's runnext (what was there
// moves to the tail of the local queue), runs at the next schedule and parks for good:
// finalizers run only after a GC, and there is none here.
func createfing() {
	// Go: if fingStatus.Load() == fingUninitialized && fingStatus.CompareAndSwap(
	// fingUninitialized, fingCreated) { go runFinalizers() }
	if fingStatus == fingUninitialized {
		fingStatus = fingCreated
		newsysproc(funcPC(runFinalizers))
	}
}

// newsysproc is `go fn()` for one of the runtime's own system goroutines (the GOMAXPROCS
// updater, the finalizer goroutine), taking no arguments. Go's newproc: newproc1 counts the G
// in sched.ngsys (isSystemGoroutine), so NumGoroutine leaves it out; runqput(pp, newg, true)
// puts it in the current P's runnext (what was there moves to the tail of the local queue);
// wakep() finds no other M here.
func newsysproc(fn uintptr) {
	newg := newproc1(fn, 0, 0)
	sched.ngsys++
	runqput(getg().m.p, newg, true)
}

// runFinalizers is Go's finalizer goroutine: with no finalizers queued (finq is nil: none is
// ever queued without a GC) it parks (gopark(finalizercommit, ...)), for good.
func runFinalizers() {
	gopark(unsafe.StringData(waitReasonFinalizerWait))
	abort()
}

// noinit is the init task of a standard package whose init work (in Go) nothing here depends
// on (errors, sync, syscall, time, ...): it runs, and inittrace prints it.
func noinit() {
}

// initTask is an entry of the generator's go..inittasks (Go's initTask has a state and
// function count; here one task is one package's init function): the package's path and
// the function's address.
type initTask struct {
	name    *byte
	namelen int
	fn      uintptr
}

// initFunc is the closure doInit1 and main call through: its word points at a word holding
// the code address (Go: f := *(*func())(unsafe.Pointer(&firstFunc)); f()).
var initFunc unsafe.Pointer

// main is Go's runtime.main: the main goroutine (goid 1), step by step.
func main() {
	mp := getg().m
	// Go: mp.g0.racectx = 0 (race detector: none here)
	// Go: maxstacksize = 1000000000 (64-bit); maxstackceiling = 2*maxstacksize (newstack's
	// limits).
	maxstacksize = 1000000000
	maxstackceiling = 2 * maxstacksize
	// Go: allow newproc to start new Ms.
	mainStarted = true
	// Go: systemstack(func() { newm(sysmon, nil, -1) }): sysmon gets an M (an OS thread)
	// of its own.
	newm(sysmon)
	// Go: lockOSThread() during initialization: one M, always locked.
	if mp != &m0 {
		throw("runtime.main not on m0")
	}
	runtimeInitTime = nanotime1()
	if runtimeInitTime == 0 {
		throw("nanotime returning zero")
	}
	// Go: if debug.inittrace != 0 { inittrace.id = getg().goid; inittrace.active = true }
	if debug.inittrace != 0 {
		inittrace_active = true
	}
	// Go: doInit(runtime_inittasks): the runtime package's own init functions
	// (forcegchelper, ...): none here.
	// Go: gcenable() (starts bgsweep, bgscavenge and waits for them): no GC here.
	// In Go, main blocks in gcenable until those runtime goroutines have run and parked;
	// every time the scheduler starts one of them on a fresh time slice, p.schedtick
	// advances. This runtime has no such goroutines, so it advances P0's schedtick by the
	// same count: the schedtick%61 check then looks at the global queue on the same
	// schedules as Go's.
	mp.p.schedtick += goRuntimeInitTicks
	// Those goroutines (forcegchelper, bgsweep, bgscavenge) took goids 2, 3 and 4 in Go, so
	// the program's first goroutine is 5, or 6 when the updater below takes 5
	// (updatemaxprocs=1, a go 1.25+ module), as a panic's "goroutine N [running]:" shows; one
	// more when os's init has started the finalizer goroutine (createfing) by then.
	sched.goidgen += goRuntimeGoroutines
	// Go: defaultGOMAXPROCSUpdateEnable(): go updateMaxProcsGoroutine(), unless
	// debug.updatemaxprocs == 0 (a module older than go 1.25 by default). That system
	// goroutine (not counted by NumGoroutine) waits in runnext until main first yields or
	// starts another goroutine, then parks for good (sysmon would wake it when the CPU limit
	// changes; there is no sysmon here). It is started here too, because where it sits in the
	// run queue shifts every later scheduling decision.
	if debug.updatemaxprocs != 0 {
		newsysproc(funcPC(updateMaxProcsGoroutine))
	}
	// Go: main_init_done = make(chan bool)
	if rt0trace {
		traceMain(main_ninittasks)
	}
	// Go: for each module, doInit(m.inittasks): every package's init task, in the linker's
	// order, on this goroutine.
	tasks, n := main_inittasks, main_ninittasks
	for i := 0; i < n; i++ {
		doInit1((*initTask)(unsafe.Add(unsafe.Pointer(tasks), i*int(unsafe.Sizeof(initTask{})))))
	}
	// Go: inittrace.active = false; close(main_init_done); unlockOSThread()
	inittrace_active = false
	main_init_done = true
	if rt0trace {
		traceMainmain()
	}
	// Go: fn := main_main; fn(): "make an indirect call, as the linker doesn't know the
	// address of the main package when laying down the runtime".
	initFunc = unsafe.Pointer(&main_main)
	fn := *(*func())(unsafe.Pointer(&initFunc))
	fn()
	// Go: (panicking/runningPanicDefers checks), then exit(0), even while other goroutines
	// are still runnable.
	if rt0trace {
		traceExit(allglen, &sched)
	}
	exit(0)
	// Go: for { var x *int32; *x = 0 }
	for {
		abort()
	}
}

// doInit1 is Go's doInit1 for one init task: run the package's init function; with
// GODEBUG=inittrace=1, print
//
//	init PKG @START ms, CLOCK ms clock, BYTES bytes, ALLOCS allocs
//
// with START since runtimeInitTime and CLOCK the time the init took (nanotime).
func doInit1(t *initTask) {
	if rt0trace {
		traceDoinit(unsafe.Pointer(t))
	}
	var start int64
	var before_bytes, before_allocs uint64
	if inittrace_active {
		start = nanotime1()
		before_bytes = inittrace_bytes
		before_allocs = inittrace_allocs
	}
	initFunc = unsafe.Pointer(&t.fn)
	f := *(*func())(unsafe.Pointer(&initFunc))
	f()
	if inittrace_active {
		end := nanotime1()
		printlock()
		printstring("init ")
		printbytes(unsafe.Pointer(t.name), uintptr(t.namelen))
		printstring(" @")
		printNSAsMS(uint64(start - runtimeInitTime))
		printstring(" ms, ")
		printNSAsMS(uint64(end - start))
		printstring(" ms clock, ")
		printuint(inittrace_bytes - before_bytes)
		printstring(" bytes, ")
		printuint(inittrace_allocs - before_allocs)
		printstring(" allocs\n")
		printunlock()
	}
}

// nsbuf is printNSAsMS's buffer (one M; nothing switches goroutines in a print).
var nsbuf [24]byte

// printNSAsMS prints Go's fmtNSAsMS (mgc.go): at least 10 ms as whole milliseconds; below,
// two significant digits with at most three decimals (0.014, 0.33, 2.5); 0 for less than a
// microsecond.
func printNSAsMS(ns uint64) {
	if ns >= 10000000 {
		itoaDiv(ns/1000000, 0)
		return
	}
	x := ns / 1000
	if x == 0 {
		printstring("0")
		return
	}
	dec := 3
	for x >= 100 {
		x /= 10
		dec--
	}
	itoaDiv(x, dec)
}

// itoaDiv prints Go's itoaDiv(buf, val, dec): val/10^dec with dec decimals, formatted from
// the end of nsbuf (through a pointer: no bounds checks).
func itoaDiv(val uint64, dec int) {
	buf := unsafe.Pointer(&nsbuf)
	i := len(nsbuf) - 1
	idec := i - dec
	for val >= 10 || i >= idec {
		*(*byte)(unsafe.Add(buf, i)) = byte(val%10 + '0')
		i--
		if i == idec {
			*(*byte)(unsafe.Add(buf, i)) = '.'
			i--
		}
		val /= 10
	}
	*(*byte)(unsafe.Add(buf, i)) = byte(val + '0')
	printbytes(unsafe.Add(buf, i), uintptr(len(nsbuf)-i))
}

// GOMAXPROCS is Go's: ret := gomaxprocs; if n <= 0 { return ret }; then under
// stop-the-world newprocs = int32(n) and startTheWorld runs procresize.
func GOMAXPROCS(n int) int {
	ret := gomaxprocs
	if n <= 0 {
		return ret
	}
	procresize(int(int32(n)))
	return ret
}

// NumCPU is Go's: int(numCPUStartup), the CPU count found by osinit.
func NumCPU() int {
	return ncpu
}

// NumGoroutine is Go's gcount(): all Gs minus free ones minus system goroutines (the
// GOMAXPROCS updater, the finalizer goroutine: sched.ngsys).
func NumGoroutine() int {
	return allglen - int(sched.ngfree) - int(sched.ngsys)
}

// b2u is a bool as 0 or 1 (for RT0TRACE's numbers).
func b2u(b bool) uintptr {
	if b {
		return 1
	}
	return 0
}
