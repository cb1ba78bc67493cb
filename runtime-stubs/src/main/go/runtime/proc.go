package runtime

import "unsafe"

// proc.go: the scheduler (Go's runtime/proc.go).
//
// Go's model: Gs (goroutines) run on Ms (threads) that hold Ps (processors, each with a local
// run queue of up to 256 Gs plus a runnext slot); a global run queue in sched takes the
// overflow and the Gs that yield with Gosched. An M without work steals half of another P's
// queue, or gives its P back and sleeps (stopm); newproc and goready wake an idle P's M
// (wakep, startm), starting a new thread (newm) when no M is idle.
//
// This runtime keeps Go's data structures and decisions (runqput with runnext, runqputslow
// spilling half to the global queue, findRunnable's order, the schedtick%61 fairness check,
// runqsteal, spinning Ms, execute, goexit0, gosched_m, checkdead). What is a P's own is
// lock-free, as Go's: its local run queue (a ring other Ms steal from with atomics), its dead
// Gs (gfree), its goids (goidcache); so newproc, goexit0 and schedule's common case take no
// lock. Everything shared (the global queue, idle Ms and Ps, spinning, timers, stopping the
// world) is under one lock, sched.lock (lock_futex.go), where Go has several. With
// GOMAXPROCS=1 one M runs goroutines, and its choices of what to run next are Go's.
//
// What Go keeps in assembly stays in asm_amd64.s: rt0_go, mstart's entry, gogo, mcall and
// goexit.

var (
	m0    m
	g0    g
	sched schedt

	// allm is Go's: every M, linked through m.alllink (sysmon's retake reads their Ps).
	allm *m

	// allp is Go's allp []*p, as three words (rt0trace.go prints them): the array's address
	// (allp), its length and its capacity. A slot is nil until its P is first needed
	// (allpget).
	allp     unsafe.Pointer
	allp_len int
	allp_cap int
	// allp_made is one more than the highest index of a P ever made: the collector's roots
	// include allp[0:allp_made] (mgc.go).
	allp_made int
	// allp0 is the first allp of up to 16 Ps (procresize).
	allp0 [16]unsafe.Pointer

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
	// Go: lockInit(...) for every runtime lock: a zero mutex is unlocked.
	sched.maxmcount = 10000
	// Go: ticks.init, stackinit, randinit, mallocinit, cpuinit, alginit: the bump heap
	// (malloc.go) needs only its descriptors; no GC, no maps, no CPU feature checks here.
	mallocinit()
	// Go: mcommoninit(gp.m, -1): the M gets its id from sched.mnext (m0: 0).
	mp := getg().m
	mp.id = sched.mnext
	sched.mnext++
	sched.mcount++
	allm = mp
	goargs()
	goenvs()
	// Go: parseRuntimeDebugVars(GODEBUG) (parsed early in Go; here after goenvs).
	parsedebugvars()
	// Go: gcinit(): GOGC and the first heap goal.
	gcinit()
	// Go: if disableMemoryProfiling { MemProfileRate = 0 }: nothing consumes a memory profile.
	if disableMemoryProfiling {
		MemProfileRate = 0
	}
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
	lock(&sched.lock)
	if procresize(procs) != nil {
		throw("unknown runnable goroutine during bootstrap")
	}
	unlock(&sched.lock)
}

// procresize is Go's procresize, under sched.lock with the world stopped (schedinit, or
// GOMAXPROCS): allp grows to nprocs as an array in a mapping of its own (sysAlloc), whose
// memory the kernel maps lazily, and a slot stays nil until its P is first needed (allpget), so
// GOMAXPROCS=100000 costs 800 KB of untouched address space, not 100000 P structs. (Not from
// the heap: a large object's pages each get an entry in the heap's page table, 16 MiB of it
// for GOMAXPROCS=2^31-1; the collector scans the slots of the Ps made, allp_made, as roots.) The Ps beyond nprocs are destroyed,
// their goroutines moved to the global queue (Go's pp.destroy). The current M keeps its P if
// its id is below nprocs, else takes allp[0]; the other Ps with an empty run queue go idle, and
// the list of those with work is returned for startTheWorld to start Ms on (linked through
// p.link). The idle Ps that were never made are counted in sched.npidle without being made:
// pidleget makes the next one when it is needed (sched.pidlenext).
func procresize(nprocs int) *p {
	if nprocs <= 0 {
		throw("procresize: invalid arg")
	}
	old := gomaxprocs
	// Go: grow allp if necessary (a new array, the old entries copied over).
	if nprocs > allp_cap {
		// (the old array stays mapped: sysmon may still be reading it, without the world)
		var nallp unsafe.Pointer
		ncap := nprocs
		if allp_cap == 0 && nprocs <= len(allp0) {
			nallp, ncap = unsafe.Pointer(&allp0), len(allp0) // the first, in bss: no mapping
		} else {
			nallp = sysAlloc(uintptr(nprocs) * 8)
		}
		memmove(nallp, allp, uintptr(allp_cap)*8)
		allp = nallp
		allp_cap = ncap
	}
	// Go: release resources from unused Ps: their Gs to the global queue.
	for i := nprocs; i < old; i++ {
		if pp := allpslot(i); pp != nil {
			pdestroy(pp)
		}
	}
	allp_len = nprocs
	gomaxprocs = nprocs
	mp := getg().m
	if mp.p != nil && int(mp.p.id) < nprocs {
		// continue to use the current P
		mp.p.status = _Prunning
	} else {
		// release the current P and acquire allp[0]
		if mp.p != nil {
			mp.p.m = nil
			mp.p = nil
		}
		pp := allpget(0)
		pp.m = nil
		pp.status = _Pidle
		acquirep(pp)
	}
	// Go: every other P goes to the idle list if its run queue is empty, else to the list of
	// runnable Ps returned. The Ps never made yet (beyond sched.pidlenext) are idle too.
	sched.pidle = nil
	sched.npidle = 0
	var runnablePs *p
	made := 0
	for i := 0; i < nprocs; i++ {
		pp := allpslot(i)
		if pp == nil {
			break
		}
		made = i + 1
		if pp == mp.p {
			continue
		}
		pp.status = _Pidle
		if runqempty(pp) {
			pp.link = sched.pidle
			sched.pidle = pp
			sched.npidle++
		} else {
			pp.m = nil
			pp.link = runnablePs
			runnablePs = pp
		}
	}
	sched.pidlenext = made
	sched.npidle += int64(nprocs - made)
	if rt0trace {
		traceProcresize(gomaxprocs, allp, allp_cap, &sched)
	}
	return runnablePs
}

// pdestroy is Go's (*p).destroy for a P beyond GOMAXPROCS: its runnable goroutines go to the
// global queue, runnext first (Go: to the head of the queue, in order), and it is dead.
func pdestroy(pp *p) {
	for pp.runqhead != pp.runqtail {
		pp.runqtail--
		globrunqputhead(*runqslot(pp, pp.runqtail))
	}
	if pp.runnext != nil {
		globrunqputhead(pp.runnext)
		pp.runnext = nil
	}
	gfpurge(pp, 0) // Go: gfpurge(pp): its dead Gs to the global list
	releaseAll(&pp.mcache) // Go: freemcache(pp.mcache): its spans back (the next sweep lists them)
	releaseTiny(pp)
	pp.status = _Pdead
	pp.m = nil
}

// allpslot returns allp[i] as it is: nil for a P not made yet.
func allpslot(i int) *p {
	return *(**p)(unsafe.Add(allp, i*8))
}

// allpget returns allp[i], making the P on first use (Go's pp.init(i) at procresize time: id,
// status, an empty run queue).
func allpget(i int) *p {
	slot := (**p)(unsafe.Add(allp, i*8))
	pp := *slot
	if pp == nil {
		pp = new(p)
		pp.id = int64(i)
		pp.status = _Pidle
		*slot = pp
		if i >= allp_made {
			allp_made = i + 1
		}
	}
	return pp
}

// newproc is Go's newproc, what `go fn(args)` calls (docs/ABI.md): newg := newproc1(fn, ...)
// on the system stack, runqput(pp, newg, true), and if mainStarted, wakep() to get an idle P
// running. Here newproc1 runs on the caller's stack, the M held (acquirem). Its arguments are on the stack (ABI0: ir.Callees.ABI0), as Go's newproc took
// them before the register ABI (go1.16: siz, fn, then the argument words, found from &fn):
// fn, nargbytes, then the argument words, from the argp getcallerargoff gives.
func newproc() {
	argoff := getcallerargoff()
	argp := getg().stack.hi - argoff
	fn := *(*uintptr)(unsafe.Pointer(argp))
	narg := *(*uintptr)(unsafe.Pointer(argp + 8))
	// Go runs this on the system stack, where nothing preempts it; here the M's lock count
	// keeps the goroutine on this M and P while newproc1 and runqput work on the P's own
	// lists without sched.lock.
	mp := acquirem()
	pp := mp.p
	newg := newproc1(pp, fn, argoff-16, narg)
	runqput(pp, newg, true)
	if mainStarted {
		wakep()
	}
	releasem(mp)
}

// newproc1 is Go's newproc1, on P pp (the M's, which it keeps: m.locks or sched.lock): a new
// G in Grunnable state that will run fn with a copy of the narg bytes at argoff below the
// current goroutine's stack.hi as its arguments (a distance, not an address: the current stack
// may move while newproc1 allocates). A dead G of the P's is reused (gfget); a new one
// (malg) joins allgs under sched.lock.
func newproc1(pp *p, fn uintptr, argoff uintptr, narg uintptr) *g {
	if fn == 0 {
		throw("go of nil func value")
	}
	newg := gfget(pp)
	if newg == nil {
		newg = malg(stackMin)
		newg.status = _Gdead // Go: casgstatus(newg, _Gidle, _Gdead)
		lock(&sched.lock)
		allgadd(newg)
		unlock(&sched.lock)
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
	newg.goid = newgoid(pp)
	newg.status = _Grunnable // Go: casgstatus(newg, _Gdead, _Grunnable)
	return newg
}

// _GoidCacheBatch is Go's: how many goids a P takes from sched.goidgen at once.
const _GoidCacheBatch = 16

// newgoid is Go's goid step of newproc1: the next of the P's cached goids, a new batch of
// _GoidCacheBatch from sched.goidgen (atomically, no lock) when they are used up
// (sched.goidgen is the last one handed out; with one P the goids are 1, 2, 3, ...).
func newgoid(pp *p) uint64 {
	if pp.goidcache == pp.goidcacheend {
		pp.goidcache = atomicXadd64(&sched.goidgen, _GoidCacheBatch) - (_GoidCacheBatch - 1)
		pp.goidcacheend = pp.goidcache + _GoidCacheBatch
	}
	goid := pp.goidcache
	pp.goidcache++
	return goid
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
	newg := new(g)
	newg.stack = stackalloc(stacksize)
	newg.stackguard0 = newg.stack.lo + stackGuard
	return newg
}

// gfget is Go's gfget: a dead G of pp's for reuse, or nil; one whose stack gfput freed gets a
// stackMin one. When pp has none, up to 32 move from the global list (sched.gfree) to it,
// under the list's own lock (Go's sched.gFree.lock). Runs on pp's M (which keeps pp: m.locks
// or sched.lock).
func gfget(pp *p) *g {
	if pp.gfree == nil && sched.gfree != nil {
		lock(&sched.gflock)
		for pp.ngfree < 32 && sched.gfree != nil {
			gp := sched.gfree
			sched.gfree = gp.schedlink
			sched.ngfree--
			gp.schedlink = pp.gfree
			pp.gfree = gp
			pp.ngfree++
		}
		unlock(&sched.gflock)
	}
	gp := pp.gfree
	if gp != nil {
		pp.gfree = gp.schedlink
		pp.ngfree--
		gp.schedlink = nil
		if gp.stack.lo == 0 {
			gp.stack = stackalloc(stackMin)
			gp.stackguard0 = gp.stack.lo + stackGuard
		}
	}
	return gp
}

// gfput is Go's gfput: put a dead G on pp's free list; a stack that grew is freed (Go: a stack
// of another size than the starting one), a stackMin one stays with the G. With 64 on pp's
// list, all but 31 move to the global list.
func gfput(pp *p, gp *g) {
	gp.preemptret = 0
	if gp.stack.hi-gp.stack.lo != stackMin {
		stackfree(gp.stack)
		gp.stack.lo = 0
		gp.stack.hi = 0
		gp.stackguard0 = 0
	}
	gp.schedlink = pp.gfree
	pp.gfree = gp
	pp.ngfree++
	if pp.ngfree >= 64 {
		gfpurge(pp, 32)
	}
}

// gfpurge moves pp's dead Gs to the global list, under its lock (sched.gflock, which is
// taken after sched.lock, never before), until fewer than keep are left (Go's gfput step;
// and Go's gfpurge for a destroyed P: keep 0).
func gfpurge(pp *p, keep int64) {
	lock(&sched.gflock)
	for pp.ngfree >= keep && pp.gfree != nil {
		gp := pp.gfree
		pp.gfree = gp.schedlink
		pp.ngfree--
		gp.schedlink = sched.gfree
		sched.gfree = gp
		sched.ngfree++
	}
	unlock(&sched.gflock)
}

// The local run queue is Go's lock-free ring: only pp's own M puts (runqput, at the tail) and
// takes (runqget, at the head); other Ms steal from the head (runqsteal, a CAS of runqhead)
// and take runnext (a CAS), holding sched.lock among themselves but never against the owner.

// runnextp is &pp.runnext as a word, for the CAS.
func runnextp(pp *p) *uintptr {
	return (*uintptr)(unsafe.Pointer(&pp.runnext))
}

// runqput is Go's runqput, by pp's M (goready, chan.go, calls it too). next: gp goes to
// pp.runnext and the G that was there is kicked to the tail of the local queue. A full local
// queue spills half of itself and gp to the global queue.
func runqput(pp *p, gp *g, next bool) {
	if next {
		for {
			oldnext := pp.runnext
			if !atomicCasuintptr(runnextp(pp), uintptr(unsafe.Pointer(oldnext)), uintptr(unsafe.Pointer(gp))) {
				continue
			}
			if oldnext == nil {
				return
			}
			gp = oldnext // Kick the old runnext out to the regular run queue.
			break
		}
	}
	for {
		h := atomicLoad(&pp.runqhead) // Go: load-acquire, synchronize with consumers
		t := pp.runqtail
		if t-h < runqLen {
			*runqslot(pp, t) = gp
			atomicStoreRel(&pp.runqtail, t+1) // Go: store-release, makes it available
			return
		}
		if runqputslow(pp, gp, h, t) {
			return
		}
		// the queue is not full now, the put above must succeed
	}
}

// runqslot is &pp.runq[i%len(pp.runq)], with no bounds check to fail.
func runqslot(pp *p, i uint32) **g {
	return (**g)(unsafe.Add(unsafe.Pointer(&pp.runq), uintptr(i&runqMask)*8))
}

// runqputslow is Go's runqputslow: move half of the full local queue (128 Gs, oldest first)
// and gp, linked through schedlink, to the tail of the global queue (globrunqputbatch, under
// sched.lock). False if a thief took from the queue meanwhile (it is not full any more).
func runqputslow(pp *p, gp *g, h, t uint32) bool {
	n := (t - h) / 2
	if n != runqHalf {
		throw("runqputslow: queue is not full")
	}
	// Go copies the Gs to a batch first; here they are linked once the CAS has made them
	// this M's (a thief may take them meanwhile; only this M writes the slots, so they still
	// hold the same Gs after the CAS).
	if !atomicCas(&pp.runqhead, h, h+n) { // Go: cas-release, commits consume
		return false
	}
	first := *runqslot(pp, h)
	last := first
	for i := uint32(1); i < n; i++ {
		x := *runqslot(pp, h+i)
		last.schedlink = x
		last = x
	}
	last.schedlink = gp
	lock(&sched.lock)
	globrunqputbatch(first, gp, int64(n)+1)
	unlock(&sched.lock)
	return true
}

// runqget is Go's runqget, by pp's M: runnext first (inheriting the time slice), then the
// head of the local queue; nil when both are empty.
func runqget(pp *p) (*g, bool) {
	// Go: if there's a runnext, it's the next G to run; it can only be taken by a CAS, as
	// another M may steal it.
	next := pp.runnext
	if next != nil && atomicCasuintptr(runnextp(pp), uintptr(unsafe.Pointer(next)), 0) {
		return next, true
	}
	for {
		h := atomicLoad(&pp.runqhead) // Go: load-acquire, synchronize with other consumers
		t := pp.runqtail
		if t == h {
			return nil, false
		}
		gp := *runqslot(pp, h)
		if atomicCas(&pp.runqhead, h, h+1) { // Go: cas-release, commits consume
			return gp, false
		}
	}
}

// runqempty is Go's: pp has no runnable G (Go's loop for a consistent look at a queue that
// changes meanwhile: tail, head, runnext, and tail again unchanged).
func runqempty(pp *p) bool {
	for {
		head := atomicLoad(&pp.runqhead)
		tail := atomicLoad(&pp.runqtail)
		runnext := atomicLoaduintptr(runnextp(pp))
		if tail == atomicLoad(&pp.runqtail) {
			return head == tail && runnext == 0
		}
	}
}

// globrunqputhead is Go's sched.runq.push(gp): gp at the head of the global queue.
func globrunqputhead(gp *g) {
	gp.schedlink = sched.runqhead
	sched.runqhead = gp
	if sched.runqtail == nil {
		sched.runqtail = gp
	}
	sched.runqsize++
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
// g0's context, so that mcall switches to that point of the g0 stack: minit (the signal stack
// and mask, the thread id) on every M that runs goroutines; on m0 mstartm0 (initsig: the
// signal handlers, signal_unix.go); then the M's start function (sysmon's), or schedule().
func mstart1() {
	mp := getg().m
	if mp == &m0 {
		minit()
		mstartm0()
	} else if mp.mstartfn == nil {
		// Go: minit on every M; sysmon's thread here keeps every signal blocked
		// (newosproc), so that none is delivered to it, and needs no signal stack.
		lock(&sched.lock) // signalstack's sigstk is shared
		minit()
		unlock(&sched.lock)
	}
	if rt0trace && mp == &m0 {
		traceMstart()
	}
	if fn := mp.mstartfn; fn != nil {
		fn()
	}
	schedule()
}

// newm is Go's newm(fn, pp, -1) → allocm, newm1 → newosproc: a new M, an OS thread that
// starts in mstart and runs fn there (sysmon), or, with fn nil, schedules goroutines on pp.
func newm(fn func(), pp *p, spinning bool) {
	mp := allocm(fn)
	mp.nextp = pp
	mp.spinning = spinning
	if rt0trace {
		traceNewm(mp)
	}
	newosproc(mp)
}

// allocm is Go's allocm: the M (from the heap), its id (mcommoninit: also on allm), and its
// g0 with a 16 KiB stack (Go's on Linux: malg(16384 * sys.StackGuardMultiplier)).
func allocm(fn func()) *m {
	mp := new(m)
	mp.mstartfn = fn
	gp := malg(16384)
	gp.m = mp
	mp.g0 = gp
	lock(&sched.lock)
	mp.id = sched.mnext
	sched.mnext++
	sched.mcount++
	mp.alllink = allm
	allm = mp
	unlock(&sched.lock)
	return mp
}

// forcePreemptNS is Go's: the time slice after which sysmon preempts a goroutine.
const forcePreemptNS = 10 * 1000 * 1000

// sysmon is Go's system monitor, on its own M without a P: it sleeps 20 us, then twice as
// long each round once 1 ms has passed with nothing to do, up to 10 ms, and each time looks
// at the Ps (retake). Go's sysmon also retakes Ps from system calls, polls the network, and
// wakes the scavenger and forced GCs: none of these exist here (the runtime's own system
// calls do not block, and programs make none of their own).
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
		if debug.schedtrace > 0 && lasttrace+int64(debug.schedtrace)*1000000 <= now {
			lasttrace = now
			schedtrace()
		}
	}
}

// lasttrace and starttime are Go's: when sysmon last printed a SCHED line, and the first.
var lasttrace, starttime int64

// schedtrace is Go's schedtrace(false), for GODEBUG=schedtrace=X: one line in Go's format,
//
//	SCHED 0ms: gomaxprocs=2 idleprocs=1 threads=3 spinningthreads=0 needspinning=0 idlethreads=0 runqueue=0 [ 0 0 ] schedticks=[ 5 0 ]
//
// (the time since the first line; the idle Ps; the Ms made, sysmon's included; the spinning
// and idle Ms; the global queue's length; each P's local queue's length and schedtick).
// Go's detailed form (scheddetail=1) is not here.
func schedtrace() {
	now := nanotime1()
	if starttime == 0 {
		starttime = now
	}
	// debuglock before sched.lock, the order of a print statement that allocates (mallocgc
	// takes sched.lock for a new piece of the heap).
	printlock()
	lock(&sched.lock)
	printstring("SCHED ")
	printint((now - starttime) / 1000000)
	printstring("ms: gomaxprocs=")
	printint(int64(gomaxprocs))
	printstring(" idleprocs=")
	printint(sched.npidle)
	printstring(" threads=")
	printint(sched.mcount)
	printstring(" spinningthreads=")
	printint(sched.nmspinning)
	printstring(" needspinning=")
	printint(sched.needspinning)
	printstring(" idlethreads=")
	printint(sched.nmidle)
	printstring(" runqueue=")
	printint(sched.runqsize)
	for i := 0; i < allp_len; i++ {
		printstring(" ")
		if i == 0 {
			printstring("[ ")
		}
		var n uint32
		if pp := allpslot(i); pp != nil {
			n = pp.runqtail - pp.runqhead
		}
		printuint(uint64(n))
		if i == allp_len-1 {
			printstring(" ]")
		}
	}
	printstring(" schedticks=[ ")
	for i := 0; i < allp_len; i++ {
		var t int64
		if pp := allpslot(i); pp != nil {
			t = pp.schedtick
		}
		printint(t)
		printstring(" ")
	}
	printstring("]\n")
	unlock(&sched.lock)
	printunlock()
}

// retake is Go's retake, under sched.lock (Go's allpLock): a running P whose schedtick has not
// moved for forcePreemptNS runs the same goroutine too long, which preemptone asks to stop.
// Returns how many Ps it took from system calls (Go's n): none here.
//
// Go measures the time slice on the wall clock (nanotime); here it is the CPU time of the M
// running the P (threadcputime), so that a goroutine is preempted after running 10 ms, not
// after 10 ms of a loaded machine running something else: where Go's interleavings then vary
// from run to run, rt0gen's stay those of an idle machine.
func retake(now int64) uint32 {
	lock(&sched.lock)
	for i := 0; i < allp_len; i++ {
		pp := allpslot(i)
		if pp == nil {
			break
		}
		mp := pp.m
		if pp.status != _Prunning || mp == nil || mp.procid == 0 {
			continue
		}
		now = threadcputime(mp.procid)
		t := pp.schedtick
		if pp.sysmontick_schedtick != t || pp.sysmontick_m != mp {
			pp.sysmontick_schedtick = t
			pp.sysmontick_m = mp
			pp.sysmontick_schedwhen = now
		} else if pp.sysmontick_schedwhen+forcePreemptNS <= now {
			preemptone(pp)
		}
	}
	unlock(&sched.lock)
	return 0
}

// preemptone is Go's preemptone: ask the goroutine running on pp's M to stop, at its next
// stack check (stackguard0 = stackPreempt) and, unless GODEBUG asyncpreemptoff=1, at once
// with a signal (preemptM).
func preemptone(pp *p) bool {
	mp := pp.m
	if mp == nil || mp == getg().m {
		return false
	}
	gp := mp.curg
	if gp == nil || gp == mp.g0 {
		return false
	}
	gp.preempt = true
	// Go: gp.stackguard0 = stackPreempt. Here with a CAS, and not over a 0: while a signal
	// handler runs on gp's M, sigtramp keeps gp's stackguard0 at 0 (and puts the old value
	// back after), so that the handler's stack checks, on the signal stack, pass; a
	// stackPreempt written meanwhile would send the handler's next call into morestack with
	// the signal stack's sp ("split stack overflow").
	if old := gp.stackguard0; old != 0 {
		atomicCasuintptr(&gp.stackguard0, old, stackPreempt)
	}
	if debug.asyncpreemptoff == 0 {
		pp.preempt = true
		preemptM(mp)
	}
	return true
}

// preemptall is Go's: preemptone every running P (but the caller's).
func preemptall() {
	for i := 0; i < gomaxprocs; i++ {
		pp := allpslot(i)
		if pp == nil {
			break
		}
		if pp.status == _Prunning {
			preemptone(pp)
		}
	}
}

// schedule is Go's: one round of scheduler: find a runnable goroutine and execute it. Never
// returns. Runs on g0. A new M first takes the P startm gave it (Go: mstart1's
// acquirep(mp.nextp)).
//
// The common case takes no lock, as Go's: the M has its P and is not spinning, the world is
// not stopping, no timer is pending and it is not the schedtick%61 turn of a non-empty global
// queue; then the local queue's next G (runqget) runs. Anything else is findRunnable's, under
// sched.lock (schedulelocked).
func schedule() {
	mp := getg().m
	if mp.locks != 0 {
		throw("schedule: holding locks")
	}
	pp := mp.p
	if mainStarted && pp != nil && mp.lockedg == nil && !mp.spinning && !sched.gcwaiting &&
		timers == nil && (pp.schedtick%61 != 0 || sched.runqsize == 0) {
		if gp, inheritTime := runqget(pp); gp != nil {
			if gp.lockedm == nil {
				execute(gp, inheritTime) // Never returns.
			}
			lock(&sched.lock)
			runlocked(gp, inheritTime)
		}
	}
	lock(&sched.lock)
	schedulelocked()
}

// schedulelocked is schedule's slow path, under sched.lock (held once, and no other lock):
// findRunnable. Never returns.
func schedulelocked() {
	mp := getg().m
	if mp.locks != 1 || sched.lock.depth != 1 || sched.lock.owner != mp {
		throw("schedule: holding locks")
	}
	if mp.lockedg != nil {
		// Go: an M with a locked G runs no other: it waits for that one (stoplockedm).
		stoplockedm()
		unlock(&sched.lock)
		execute(mp.lockedg, false) // Never returns.
	}
	if mp.p == nil {
		acquirep(mp.nextp)
		mp.nextp = nil
	}
	gp, inheritTime := findRunnable()
	runlocked(gp, inheritTime)
}

// runlocked is the end of schedule, under sched.lock, for the G findRunnable (or schedule's
// runqget) found: it runs on this M (execute), or if it is locked to another M, that M gets
// this one's P and this M looks again once it has one. Never returns.
func runlocked(gp *g, inheritTime bool) {
	mp := getg().m
	for {
		// Go: this thread is going to run a goroutine and is not spinning anymore, so if it
		// was marked as spinning we need to reset it now and potentially start a new
		// spinning M.
		if mp.spinning {
			resetspinning()
		}
		if gp.lockedm == nil {
			break
		}
		// Go: hands off own p to the locked m, then blocks waiting for a new p.
		startlockedm(gp)
		gp, inheritTime = findRunnable()
	}
	if rt0trace && !mainStarted {
		traceSchedule(gp, b2u(inheritTime)) // RT0TRACE: the first schedule only (runtime.main)
	}
	unlock(&sched.lock)
	execute(gp, inheritTime)
}

// findRunnable is Go's, under sched.lock (which it may drop while it sleeps):
//  1. stop here if the world is stopping (gcstopm);
//  2. the due timers run (checkTimers), which may ready goroutines;
//  3. every 61st schedtick, one G from the global queue (fairness: the global queue cannot be
//     starved by two goroutines handing runnext to each other);
//  4. the local queue: runnext, then the ring;
//  5. a batch from the global queue;
//  6. as a spinning M (if fewer than half the busy Ps have one), steal from the other Ps
//     (stealWork);
//  7. with a timer pending, sleep until it is due, keeping the P (Go's M sleeps in netpoll
//     without it), and look again;
//  8. else give the P back (pidleput) and sleep until startm hands this M a P (stopm); when
//     every P is idle and no timer is pending, nothing can ever wake a goroutine: Go's
//     checkdead reports the deadlock.
func findRunnable() (*g, bool) {
	mp := getg().m
top:
	pp := mp.p
	if sched.gcwaiting {
		gcstopm()
		goto top
	}
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
	// Go: limit the number of spinning Ms to half the number of busy Ps.
	if mp.spinning || 2*sched.nmspinning < int64(gomaxprocs)-sched.npidle {
		if !mp.spinning {
			mp.spinning = true
			sched.nmspinning++
		}
		if gp := stealWork(pp); gp != nil {
			return gp, false
		}
		if sched.gcwaiting || mp.p != pp {
			goto top
		}
	}
	if mp.spinning {
		mp.spinning = false
		sched.nmspinning--
	}
	if runTimers != nil && runTimers(true) {
		goto top
	}
	// Go: the "delicate dance": a wakep that found no idle P (needspinning) may have made
	// work this M would otherwise never look at again; it spins once more instead of
	// giving its P up (becomeSpinning).
	if !mp.spinning && sched.needspinning == 1 {
		mp.spinning = true
		sched.nmspinning++
		sched.needspinning = 0
		goto top
	}
	releasep()
	pidleput(pp)
	if sched.npidle == int64(gomaxprocs) {
		checkdead()
	}
	stopm()
	goto top
}

// stealWork is Go's: look at every other P once, from a random one on, for half of its run
// queue (runqsteal). Then, as Go's last try does, take a P's runnext: after a few
// microseconds without the lock, in which its own M would run the goroutine it readied if it
// is about to block.
func stealWork(pp *p) *g {
	n := gomaxprocs
	start := int(rand() % uint64(n))
	for i := 0; i < n; i++ {
		p2 := allpslot((start + i) % n)
		if p2 == nil || p2 == pp || p2.status != _Prunning {
			continue
		}
		if gp := runqsteal(pp, p2); gp != nil {
			return gp
		}
	}
	for i := 0; i < n; i++ {
		p2 := allpslot((start + i) % n)
		if p2 == nil || p2 == pp || p2.status != _Prunning || p2.runnext == nil {
			continue
		}
		// Go: usleep(3) (osyield on some systems) before stealing a running P's runnext.
		unlock(&sched.lock)
		usleep(3)
		lock(&sched.lock)
		if sched.gcwaiting || getg().m.p != pp {
			return nil
		}
		// Go: runqgrab's CAS of runnext: its own M may take it meanwhile.
		if gp := p2.runnext; gp != nil && p2.status == _Prunning &&
			atomicCasuintptr(runnextp(p2), uintptr(unsafe.Pointer(gp)), 0) {
			return gp
		}
	}
	return nil
}

// runqsteal is Go's runqsteal and runqgrab: half of p2's local queue (rounded up, oldest
// first) moves to pp's (which is empty); the last of them is returned to run, the others stay
// in pp's queue. The Gs are copied first, then taken by a CAS of p2.runqhead: if p2's M or
// another thief took from the queue meanwhile, the copy is made again.
func runqsteal(pp, p2 *p) *g {
	pt := pp.runqtail
	var n uint32
	for {
		h := atomicLoad(&p2.runqhead) // Go: load-acquire, synchronize with other consumers
		t := atomicLoad(&p2.runqtail) // Go: load-acquire, synchronize with the producer
		n = t - h
		n = n - n/2
		if n == 0 {
			return nil
		}
		if n > runqHalf { // read inconsistent h and t
			continue
		}
		for i := uint32(0); i < n; i++ {
			*runqslot(pp, pt+i) = *runqslot(p2, h+i)
		}
		if atomicCas(&p2.runqhead, h, h+n) { // Go: cas-release, commits consume
			break
		}
	}
	n--
	gp := *runqslot(pp, pt+n)
	if n == 0 {
		return gp
	}
	h := atomicLoad(&pp.runqhead)
	if pt-h+n >= runqLen {
		throw("runqsteal: runq overflow")
	}
	atomicStoreRel(&pp.runqtail, pt+n) // Go: store-release, makes the Gs available
	return gp
}

// resetspinning is Go's: an M that was spinning found work; if it was the last spinning M
// and Ps are idle, another M starts spinning (wakep), so that work that appears meanwhile
// gets a thread.
func resetspinning() {
	mp := getg().m
	mp.spinning = false
	sched.nmspinning--
	if sched.nmspinning < 0 {
		throw("findRunnable: negative nmspinning")
	}
	wakep()
}

// wakep is Go's: if a P is idle and no M is spinning, start a spinning M on it (startm). With
// no idle P, an M sleeping until a timer (holding its P) is woken instead, to look for the new
// work. It looks first without sched.lock, as Go's (which reads nmspinning atomically): when
// an M is spinning already, that M will find the work. Otherwise it takes the lock to look
// for an idle P, as Go's does (with two busy Ps, every newproc takes the lock: the
// goroutine-making M then waits its turn with the Ms running the goroutines it makes, which
// keeps them from falling behind by hundreds of thousands on bench/programs/scale).
func wakep() {
	if sched.nmspinning != 0 {
		return
	}
	lock(&sched.lock)
	wakeplocked()
	unlock(&sched.lock)
}

// wakeplocked is wakep's work, under sched.lock.
func wakeplocked() {
	if sched.nmspinning != 0 {
		return
	}
	if sched.npidle == 0 {
		// Go's pidlegetSpinning: work that no idle P can take; an M about to give up its P
		// looks again (findRunnable).
		sched.needspinning = 1
		if sched.ntimerwait != 0 {
			timerwake()
		}
		return
	}
	pp := pidleget()
	sched.nmspinning++
	startm(pp, true)
}

// timerwake wakes the Ms that sleep until a timer is due (findRunnable), to look again.
func timerwake() {
	atomicXadd(&sched.timerwait, 1)
	futexwakeup(&sched.timerwait, 1<<30)
}

// startm is Go's, under sched.lock: an idle M (mget), or a new one (newm), runs pp.
func startm(pp *p, spinning bool) {
	nmp := mget()
	if nmp == nil {
		newm(nil, pp, spinning)
		return
	}
	nmp.spinning = spinning
	nmp.nextp = pp
	notewakeup(&nmp.park)
}

// stopm is Go's, under sched.lock: the M, without a P, goes on the idle list and sleeps on
// m.park until startm gives it one, which it then takes (acquirep).
func stopm() {
	mp := getg().m
	if mp.p != nil {
		throw("stopm holding p")
	}
	mput(mp)
	unlock(&sched.lock)
	notesleep(&mp.park)
	noteclear(&mp.park)
	lock(&sched.lock)
	acquirep(mp.nextp)
	mp.nextp = nil
}

// gcstopm is Go's: the world is stopping; this M's P stops (_Pgcstop), the M sleeps (stopm).
// The last P to stop wakes the M stopping the world.
func gcstopm() {
	mp := getg().m
	if mp.spinning {
		mp.spinning = false
		sched.nmspinning--
	}
	pgcstop(releasep())
	stopm()
}

// stoplockedm is Go's, under sched.lock: the M's locked G cannot run; the M hands its P on
// (handoffp) and sleeps until the G is runnable again and some M hands it a P
// (startlockedm).
func stoplockedm() {
	mp := getg().m
	if mp.p != nil {
		handoffp(releasep())
	}
	unlock(&sched.lock)
	notesleep(&mp.park)
	noteclear(&mp.park)
	lock(&sched.lock)
	if mp.lockedg.status != _Grunnable {
		throw("stoplockedm: inconsistent locking")
	}
	acquirep(mp.nextp)
	mp.nextp = nil
}

// startlockedm is Go's, under sched.lock: gp, taken from a run queue, is locked to another M:
// this M's P goes to that M, which wakes to run gp; this M sleeps (stopm).
func startlockedm(gp *g) {
	mp := gp.lockedm
	if mp == getg().m {
		throw("startlockedm: locked to me")
	}
	mp.nextp = releasep()
	notewakeup(&mp.park)
	stopm()
}

// handoffp is Go's, under sched.lock, for a P whose M stops running goroutines (a locked M
// waiting, an M ending): an M runs it if there is work (its run queue, the global queue, a
// pending timer, which some M must wait for), or as a spinning M if no other M spins or no
// P is idle; else it stops for a stop of the world, or goes idle, and if it was the last
// running P, nothing can wake a goroutine any more (checkdead).
func handoffp(pp *p) {
	if !runqempty(pp) || sched.runqsize != 0 || timers != nil {
		startm(pp, false)
		return
	}
	if sched.gcwaiting {
		pgcstop(pp)
		return
	}
	if sched.nmspinning+sched.npidle == 0 {
		sched.nmspinning++
		startm(pp, true)
		return
	}
	pidleput(pp)
	if sched.npidle == int64(gomaxprocs) {
		checkdead()
	}
}

// mexit is Go's, on g0 when a goroutine locked to its M ends (goexit0): Go kills the thread
// rather than return it to the pool (the goroutine may have left it in an unusual state).
// The M's P goes on (handoffp); the thread blocks every signal and exits. m0, the main
// thread, cannot exit (Linux would leave the process a zombie): it is wedged, as in Go.
func mexit() {
	mp := getg().m
	lock(&sched.lock)
	handoffp(releasep())
	sched.mcount--
	if mp == &m0 {
		unlock(&sched.lock)
		notesleep(&mp.park)
		throw("locked m0 woke up")
	}
	unlock(&sched.lock)
	rtsigprocmask(_SIG_SETMASK, &sigset_all, nil, 8)
	for {
		rawsyscall1(_SYS_exit, 0) // this thread only (exit_group ends the process)
	}
}

// pgcstop stops pp for the stop of the world (_Pgcstop); the last P to stop wakes the M
// stopping the world (gcstopm's and handoffp's step).
func pgcstop(pp *p) {
	pp.status = _Pgcstop
	sched.stopwait--
	if sched.stopwait == 0 {
		notewakeup(&sched.stopnote)
	}
}

// mput and mget are Go's: the idle M list (sched.midle).
func mput(mp *m) {
	mp.schedlink = sched.midle
	sched.midle = mp
	sched.nmidle++
}

func mget() *m {
	mp := sched.midle
	if mp != nil {
		sched.midle = mp.schedlink
		sched.nmidle--
		mp.schedlink = nil
	}
	return mp
}

// pidleput and pidleget are Go's: the idle P list (sched.pidle). pidleget makes the next P
// never made yet when the list is empty (procresize counts those as idle).
func pidleput(pp *p) {
	if !runqempty(pp) {
		throw("pidleput: P has non-empty run queue")
	}
	pp.status = _Pidle
	pp.link = sched.pidle
	sched.pidle = pp
	sched.npidle++
}

func pidleget() *p {
	pp := sched.pidle
	if pp != nil {
		sched.pidle = pp.link
		pp.link = nil
	} else {
		if sched.pidlenext >= gomaxprocs {
			return nil
		}
		pp = allpget(sched.pidlenext)
		sched.pidlenext++
	}
	sched.npidle--
	return pp
}

// acquirep and releasep are Go's: the M takes pp (Prunning), or gives its P up (Pidle).
func acquirep(pp *p) {
	mp := getg().m
	if pp == nil || pp.m != nil || mp.p != nil {
		throw("acquirep: invalid p state")
	}
	mp.p = pp
	pp.m = mp
	pp.status = _Prunning
}

func releasep() *p {
	mp := getg().m
	pp := mp.p
	pp.m = nil
	pp.status = _Pidle
	mp.p = nil
	return pp
}

// checkdead is Go's checkdead, under sched.lock, when the last P has gone idle with no timer
// pending: no M runs goroutines any more, and none can be woken. The user goroutines in
// Gwaiting are counted (system goroutines, the finalizer goroutine parked in its own wait, do
// not count); none: "no goroutines (main called runtime.Goexit) - deadlock!", else "all
// goroutines are asleep - deadlock!", through fatal. Never returns.
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
// other than runtime.main: here the GOMAXPROCS updater and the finalizer goroutine, but not
// while it runs a finalizer (fingRunningFinalizer, mfinal.go).
func systemGoroutine(gp *g) bool {
	return gp.startpc == funcPC(updateMaxProcsGoroutine) ||
		gp.startpc == funcPC(runFinalizers) && fingStatus&fingRunningFinalizer == 0
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
	mp.p.preempt = false
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
//
// A goroutine that ends locked to its thread (LockOSThread without UnlockOSThread) ends the
// thread too, as in Go (mexit).
func goexit0(gp *g) {
	mp := gp.m
	locked := gp.lockedm != nil
	gp.lockedm = nil
	mp.lockedg = nil
	mp.lockedExt = 0
	gp.status = _Gdead
	mp.curg = nil
	gp.m = nil
	gp.startpc = 0
	gfput(mp.p, gp)
	if locked {
		mexit()
	}
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

// LockOSThread is Go's: the goroutine keeps the M (the thread) it runs on, and the M runs no
// other goroutine until as many UnlockOSThread calls: when the goroutine waits, its M hands
// its P to another (stoplockedm, handoffp) and sleeps; the M that later takes the goroutine
// from a run queue hands its P back to the locked M (startlockedm). A goroutine that ends
// locked ends its thread (mexit). (Go also starts a template thread here, for Ms started
// from locked threads: every M here is made from a clean state, so none is needed.)
func LockOSThread() {
	gp := getg()
	gp.m.lockedExt++
	gp.m.lockedg = gp
	gp.lockedm = gp.m
}

// UnlockOSThread is Go's: undoes one LockOSThread; at the outermost, the goroutine and the M
// are free again.
func UnlockOSThread() {
	gp := getg()
	mp := gp.m
	if mp.lockedExt == 0 {
		return
	}
	mp.lockedExt--
	if mp.lockedExt == 0 {
		mp.lockedg = nil
		gp.lockedm = nil
	}
}

// Gosched is Go's: checkTimeouts(); mcall(gosched_m). The goroutine goes to the global queue
// and the scheduler picks another; it later resumes here.
func Gosched() {
	mcall(gosched_m)
}

// gosched_m is Go's, on g0 for Gosched (goschedImpl).
func gosched_m(gp *g) {
	goschedImpl(gp)
}

// gopreempt_m is Go's, on g0 for a goroutine that a preemption request stopped (newstack,
// asyncPreempt): goschedImpl, as Gosched.
func gopreempt_m(gp *g) {
	goschedImpl(gp)
}

// goschedImpl is Go's goschedImpl: Grunning -> Grunnable, dropg, globrunqput(gp) (the GLOBAL
// queue, behind everything else) under sched.lock, wakep, schedule().
func goschedImpl(gp *g) {
	gp.status = _Grunnable
	gp.m.curg = nil
	gp.m = nil
	lock(&sched.lock)
	globrunqput(gp)
	if mainStarted {
		wakep()
	}
	unlock(&sched.lock)
	schedule()
}

// gopark is Go's goparkunlock(&sched.lock, reason, ...), called with sched.lock held, with
// only the reason, the address of a NUL-terminated string (a traceback header shows it): the
// current goroutine stops (Gwaiting) until some other goroutine readies it (goready, chan.go);
// mcall(park_m), which lets the lock go once the goroutine is off its stack.
func gopark(reason *byte) {
	getg().waitreason = uintptr(unsafe.Pointer(reason))
	mcall(park_m)
}

// park_m is Go's, on g0: Grunning -> Gwaiting, dropg, unlockf (sched.lock's unlock: only
// now, with the goroutine off its stack, may another M ready and run it), schedule().
func park_m(gp *g) {
	mp := getg().m
	if mp.locks != 1 || sched.lock.depth != 1 || sched.lock.owner != mp {
		throw("park_m: holding locks")
	}
	gp.status = _Gwaiting
	gp.m.curg = nil
	gp.m = nil
	unlock(&sched.lock)
	schedule()
}

// updateMaxProcsGoroutine is Go's GOMAXPROCS updater goroutine: it parks at once
// (goparkunlock) and only sysmon would ever wake it.
func updateMaxProcsGoroutine() {
	lock(&sched.lock)
	gopark(unsafe.StringData(waitReasonUpdater))
	abort()
}

// createfing is Go's createfing (mfinal.go), called by SetFinalizer (os's init calls it,
// runtime.go): start the finalizer goroutine, once: go runFinalizers(). It is a system goroutine
// (not counted by NumGoroutine) that takes the next goid and the P's runnext (what was there
// moves to the tail of the local queue), runs at the next schedule and parks until a
// collection queues finalizers (mfinal.go).
func createfing() {
	// Go: if fingStatus.Load() == fingUninitialized && fingStatus.CompareAndSwap(
	// fingUninitialized, fingCreated) { go runFinalizers() }
	lock(&sched.lock)
	if fingStatus == fingUninitialized {
		fingStatus = fingCreated
		newsysproc(funcPC(runFinalizers))
	}
	unlock(&sched.lock)
}

// newsysproc is `go fn()` for one of the runtime's own system goroutines (the GOMAXPROCS
// updater, the finalizer goroutine), taking no arguments. Go's newproc: newproc1 counts the G
// in sched.ngsys (isSystemGoroutine), so NumGoroutine leaves it out; runqput(pp, newg, true)
// puts it in the current P's runnext (what was there moves to the tail of the local queue);
// wakep.
func newsysproc(fn uintptr) {
	lock(&sched.lock)
	newg := newproc1(getg().m.p, fn, 0, 0)
	sched.ngsys++
	runqput(getg().m.p, newg, true)
	if mainStarted {
		wakep()
	}
	unlock(&sched.lock)
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
	newm(sysmon, nil, false)
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
	// Go: gcenable() (starts bgsweep, bgscavenge and waits for them): collections may run
	// from here on (mgc.go: the sweep is done by the collection itself).
	gcenable()
	// In Go, main blocks in gcenable until those runtime goroutines have run and parked;
	// every time the scheduler starts one of them on a fresh time slice, p.schedtick
	// advances. This runtime has no such goroutines, so it advances P0's schedtick by the
	// same count: the schedtick%61 check then looks at the global queue on the same
	// schedules as Go's.
	mp.p.schedtick += goRuntimeInitTicks
	// Those goroutines (forcegchelper, bgsweep, bgscavenge) took goids 2, 3 and 4 in Go, so
	// the program's first goroutine is 5, or 6 when the updater below takes 5
	// (updatemaxprocs=1, a go 1.25+ module), as a panic's "goroutine N [running]:" shows; one
	// more when os's init has started the finalizer goroutine (createfing) by then. They come
	// from P0's goid cache, which runtime.main's goid 1 opened: 2 to 16 are left in it.
	if mp.p.goidcacheend-mp.p.goidcache < goRuntimeGoroutines {
		throw("runtime.main: goid cache")
	}
	mp.p.goidcache += goRuntimeGoroutines
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

// GOMAXPROCS is Go's: ret := gomaxprocs; if n <= 0 { return ret }; else stop the world,
// procresize(n), start the world (Go's newprocs, applied by startTheWorldGC).
func GOMAXPROCS(n int) int {
	lock(&sched.lock)
	ret := gomaxprocs
	unlock(&sched.lock)
	if n <= 0 {
		return ret
	}
	// Go: stopTheWorldGC(stwGOMAXPROCS): one who stops the world at a time (worldsema, a
	// collection's too).
	for !atomicCas(&worldsema, 0, 1) {
		Gosched()
	}
	stopTheWorld()
	lock(&sched.lock)
	runnable := procresize(int(int32(n)))
	startTheWorld(runnable)
	unlock(&sched.lock)
	worldsema = 0
	return ret
}

// stopTheWorld is Go's stopTheWorldWithSema: every P stops (_Pgcstop) but the caller's, which
// is marked so too. The idle Ps stop at once; the running ones are preempted (preemptall) and
// stop in findRunnable (gcstopm), the last waking this M (sched.stopnote); every 100 us
// without that, they are preempted again.
func stopTheWorld() {
	lock(&sched.lock)
	sched.stopwait = int64(gomaxprocs)
	sched.gcwaiting = true
	preemptall()
	getg().m.p.status = _Pgcstop
	sched.stopwait--
	for pp := sched.pidle; pp != nil; pp = pp.link {
		pp.status = _Pgcstop
		sched.stopwait--
	}
	sched.stopwait -= int64(gomaxprocs - sched.pidlenext) // idle, never made
	sched.pidle = nil
	sched.npidle = 0
	if sched.ntimerwait != 0 {
		timerwake()
	}
	wait := sched.stopwait > 0
	unlock(&sched.lock)
	if wait {
		for !notetsleep(&sched.stopnote, 100*1000) {
			lock(&sched.lock)
			preemptall()
			unlock(&sched.lock)
		}
		noteclear(&sched.stopnote)
	}
	if sched.stopwait != 0 {
		throw("stopTheWorld: not stopped")
	}
}

// startTheWorld is Go's startTheWorldWithSema, under sched.lock, after procresize: the Ps with
// goroutines get an M each (startm), and an idle P a spinning M if there is work (wakep).
func startTheWorld(runnable *p) {
	sched.gcwaiting = false
	for pp := runnable; pp != nil; {
		next := pp.link
		pp.link = nil
		startm(pp, false)
		pp = next
	}
	wakep()
}

// NumCPU is Go's: int(numCPUStartup), the CPU count found by osinit.
func NumCPU() int {
	return ncpu
}

// NumGoroutine is Go's gcount(): all Gs minus free ones minus system goroutines (the
// GOMAXPROCS updater, the finalizer goroutine: sched.ngsys).
func NumGoroutine() int {
	return gcount()
}

// gcount is Go's: all Gs minus the free ones (the global list's and every P's) minus the
// system goroutines.
func gcount() int {
	n := allglen - int(sched.ngfree) - int(sched.ngsys)
	for i := 0; i < allp_len; i++ {
		if pp := allpslot(i); pp != nil {
			n -= int(pp.ngfree)
		}
	}
	// Go: all these variables can be changed concurrently, so the result can be
	// inconsistent; but at least the current goroutine is running.
	if n < 1 {
		n = 1
	}
	return n
}

// b2u is a bool as 0 or 1 (for RT0TRACE's numbers).
func b2u(b bool) uintptr {
	if b {
		return 1
	}
	return 0
}
