package runtime

import "unsafe"

// mgc.go: the garbage collector (Go's runtime/mgc.go, mgcmark.go and mgcsweep.go, reduced to
// a stop-the-world mark and sweep).
//
// When the heap has grown to its goal (Go's gcController.heapGoal: the heap marked live by
// the last collection, plus GOGC percent of it; at least heapMinimum), the goroutine whose
// allocation finds its span full stops the world (every P at a safe point: proc.go's
// stopTheWorld) and, on its M's g0 (mcall), the collection runs:
//   - every P's cached spans go back (releaseAll), so that the heap's spans are all the
//     sweep's;
//   - mark: from the roots (the runtime's and the program's data and bss, every goroutine's
//     stack from its saved stack pointer up), each word that points into an allocated object
//     marks it (findObject: the page's span, the object's index in it) and an object that
//     may hold pointers (a span class without noscan) is scanned the same way, through a mark
//     stack (Go's gcWork) outside the heap;
//   - sweep, at once, span by span (Go sweeps lazily, in the background and on allocation):
//     the unmarked objects of a span become its free list; a span with no marked object, and
//     an unmarked large object, give their pages back to the page heap.
// Then the world starts again.
//
// Roots and heap objects are scanned conservatively: every aligned word is a possible
// pointer, and findObject keeps only those that point into an allocated object. An integer
// that happens to look like a pointer keeps an object alive (it is never moved: nothing needs
// to be exact about it). The type descriptors every allocation carries (docs/GC.md) decide
// only whether an object is scanned at all (noscan spans are not); precise scanning with
// their pointer bitmaps is the next step. Stacks of g0 are not scanned: the world stops only
// at safe points, where no M is in the runtime's allocating code (runtime code is never
// preempted), and a collection starts only on a goroutine's own stack (gcShouldStart), so
// what the runtime allocates is reachable from a goroutine's stack or from the globals.

const (
	// heapMinimum is Go's defaultHeapMinimum: the goal is at least 4 MiB (times GOGC/100).
	heapMinimum = 4 << 20
	// sweepMinHeapDistance is Go's: the goal is at least this far above the heap a
	// collection left (setHeapGoal).
	sweepMinHeapDistance = 1 << 20
	// maxInt64 is Go's math.MaxInt64: no memory limit.
	maxInt64 = 1<<63 - 1
)

var (
	// gcenabled is Go's memstats.enablegc: runtime.main sets it (gcenable) before the
	// program's inits run; no collection runs before.
	gcenabled bool
	// gcpercent is GOGC (Go's gcController.gcPercent): 100 by default, -1 for GOGC=off.
	gcpercent int
	// memoryLimit is GOMEMLIMIT (Go's gcController.memoryLimit): the bytes the runtime aims
	// to keep its memory under; maxInt64 when unset or "off".
	memoryLimit int64
	// heapGoal is when the next collection starts (Go's gcController.heapGoal); 0: not
	// computed yet (gcinit).
	heapGoal uint64
	// numgc, the collections so far; gcPauseTotal and gcPauseMax their stop-the-world
	// times; gcLastMarked the bytes the last one found live (Go's memstats).
	numgc        uint32
	gcPauseTotal uint64
	gcPauseMax   uint64
	gcLastMarked uint64
	// worldsema is Go's: who stops the world (a collection, GOMAXPROCS) holds it.
	worldsema uint32

	// The mark stack (Go's gcWork buffers): the objects marked but not scanned yet, in a
	// mapping of its own, doubled when full.
	markstack     uintptr
	markstackLen  uintptr
	markstackNext uintptr

	// The runtime's and the program's data and bss: [runtimeData, runtimeEnd) from the
	// runtime part's markers (asm_amd64.s's runtime.databounds); [progdata, progend) filled
	// by the linker (link.Linker.LINKER_FILLED), and the program's pointer words: nprogroots
	// entries at progroots of a variable's address, its size in words and its pointer mask
	// (Go's moduledata.gcdatamask and gcbssmask, a bit per word, per variable here).
	progdata, progend      uintptr
	progroots, nprogroots uintptr
)

// databounds returns the start of the runtime part's .data and the end of its .bss
// (asm_amd64.s).
func databounds() (uintptr, uintptr)

// textbounds returns the start and the end of the runtime part's .text (asm_amd64.s).
func textbounds() (uintptr, uintptr)

// gcinit is Go's gcinit: GOGC (Go's readGOGC: "off", or a number; anything else is 100),
// GOMEMLIMIT (readGOMEMLIMIT) and the first goal.
func gcinit() {
	gcpercent = 100
	if p := gogetenv("GOGC"); p == "off" {
		gcpercent = -1
	} else if n, ok := parseInt32(p); ok {
		gcpercent = n
	}
	memoryLimit = readGOMEMLIMIT()
	setHeapGoal(0)
}

// readGOMEMLIMIT is Go's: GOMEMLIMIT as a byte count (parseByteCount), maxInt64 when unset or
// "off"; anything else is Go's fatal error, after a line that shows the value.
func readGOMEMLIMIT() int64 {
	p := gogetenv("GOMEMLIMIT")
	if p == "" || p == "off" {
		return maxInt64
	}
	n, ok := parseByteCount(p)
	if !ok {
		printstring("GOMEMLIMIT=")
		printstring(p)
		printstring("\n")
		throw("malformed GOMEMLIMIT; see `go doc runtime/debug.SetMemoryLimit`")
	}
	return n
}

// setHeapGoal is Go's heap goal from the live heap: marked + marked*GOGC/100, at least
// heapMinimum*GOGC/100 (Go's heapMinimum scales with GOGC too), none for GOGC=off; and under
// a memory limit, the lower of that and the limit's goal (Go's memoryLimitHeapGoal). Go
// computes the limit's goal again as the memory outside the heap changes; here it is
// computed with the other, at the end of each collection. When the limit does not set it,
// the goal is at least sweepMinHeapDistance above the heap the collection left (Go's
// heapGoalInternal and sweepDistMinTrigger, set by its commit at the end of each cycle). It
// matters only below GOGC=100 (from 100 up the goal is that high anyway). Without it, GOGC=10
// (a goal of 410 KiB while little is live) collected again as soon as a few spans were
// cached: p122_gcstress with 4 Ps ran some 900 collections a second, 46 s in all, where Go's
// binary makes 265 in 0.4 s.
func setHeapGoal(marked uint64) {
	goal := ^uint64(0)
	if gcpercent >= 0 {
		goal = marked + marked*uint64(gcpercent)/100
		min := uint64(heapMinimum) * uint64(gcpercent) / 100
		if goal < min {
			goal = min
		}
	}
	if memoryLimit != maxInt64 {
		if lg := memoryLimitHeapGoal(marked); lg < goal {
			heapGoal = lg
			return
		}
	}
	if gcpercent >= 0 && goal < marked+sweepMinHeapDistance {
		goal = marked + sweepMinHeapDistance
	}
	heapGoal = goal
}

// memoryLimitHeapGoal is Go's: the heap may grow to the memory limit less the memory the
// runtime holds outside live objects (stacks, the free space of spans, its own structures:
// what is mapped and not released, less free pages and live objects), less what the mapped
// memory already exceeds the limit by, less 3% headroom (at least 1 MiB); at least the live
// heap. heapAlloc is the live heap (marked).
func memoryLimitHeapGoal(heapAlloc uint64) uint64 {
	idle, released := heapIdle()
	mappedReady := sysalloc_bytes - released // Go's mappedReady: mapped, not released
	heapFree := idle - released              // free pages not released
	var nonHeapMemory uint64
	if heapFree+heapAlloc <= mappedReady {
		nonHeapMemory = mappedReady - heapFree - heapAlloc
	}
	limit := uint64(memoryLimit)
	var overage uint64
	if mappedReady > limit {
		overage = mappedReady - limit
	}
	if nonHeapMemory+overage >= limit {
		return heapAlloc // Go: memory outside the heap is over the limit on its own
	}
	goal := limit - (nonHeapMemory + overage)
	const (
		memoryLimitMinHeapGoalHeadroom     = 1 << 20
		memoryLimitHeapGoalHeadroomPercent = 3
	)
	headroom := goal / 100 * memoryLimitHeapGoalHeadroomPercent
	if headroom < memoryLimitMinHeapGoalHeadroom {
		headroom = memoryLimitMinHeapGoalHeadroom
	}
	if goal < headroom || goal-headroom < headroom {
		goal = headroom
	} else {
		goal = goal - headroom
	}
	if goal < heapAlloc {
		goal = heapAlloc
	}
	return goal
}

// gcenable is Go's: collections may run from now on.
func gcenable() {
	gcenabled = true
}

// gcShouldStart is Go's gcTrigger.test with mallocgc's conditions: the heap is at its goal,
// the program has started (gcenable), and the allocating goroutine may stop the world: it
// runs on its own stack (not g0) and holds no runtime lock and no M (Go: mp.locks == 0,
// mp.mallocing == 0, gp == mp.curg).
func gcShouldStart() bool {
	if !gcenabled || mheap_.heapLive < heapGoal {
		return false
	}
	gp := getg()
	mp := gp.m
	return gp == mp.curg && mp.locks == 0 && mp.p != nil
}

// GC is Go's runtime.GC: a full collection, now, waiting for one another goroutine started.
//
// Go's GC then sweeps what the cycle left, a span at a time with a Gosched after each
// (sweepone), so other goroutines run before it returns: the finalizer goroutine among them,
// woken by the cycle that queued finalizers (Go's test/stackobj3.go expects them run). rt0gen
// sweeps in the pause; the caller yields once after it, as Go's does at least once.
func GC() {
	n := numgc
	for {
		gcStart(true)
		if numgc != n {
			Gosched()
			return
		}
		Gosched()
	}
}

// gcStart is Go's gcStart, stop-the-world: once no one else stops the world (worldsema),
// stop it, collect on g0 (gc_m), start it again. While another M stops the world (for a
// collection this allocation would have started too), the goroutine yields instead of
// allocating on (Go's goroutines assist the collection): it stops with the others at once.
// force: runtime.GC's collection (gctrace's "(forced)"); without it, the heap must still be
// over its goal once this goroutine has the world (another collection may have run
// meanwhile).
func gcStart(force bool) {
	for !atomicCas(&worldsema, 0, 1) {
		if !force && mheap_.heapLive < heapGoal {
			return
		}
		Gosched()
	}
	if !force && mheap_.heapLive < heapGoal {
		worldsema = 0
		return
	}
	gcForced = force
	gcT0 = nanotime1()
	stopTheWorld()
	gcT1 = nanotime1()
	mcall(gc_m)
	lock(&sched.lock)
	runnable := procresize(gomaxprocs)
	startTheWorld(runnable)
	wakefing()
	unlock(&sched.lock)
	gcT3 = nanotime1()
	pause := uint64(gcT3 - gcT0)
	gcPauseTotal += pause
	if pause > gcPauseMax {
		gcPauseMax = pause
	}
	gcCPU += pause
	gcLastEnd = uint64(walltime())
	gcPauseNs[(numgc+255)%256] = pause
	gcPauseEnd[(numgc+255)%256] = gcLastEnd
	if force {
		numforcedgc++
	}
	if debug.gctrace > 0 {
		gctrace()
	}
	worldsema = 0
}

// The times of the current collection (Go's work.tSweepTerm, tMark, tMarkTerm, tEnd): the
// world stopping, mark and sweep, the world starting again; gcCPU, the collections' time
// so far; what gctrace prints of the heap.
var (
	gcForced                   bool
	gcT0, gcT1, gcT2, gcT3     int64
	gcCPU                      uint64
	gcHeap0, gcHeap2, gcGlobal uint64
	gcGoal                     uint64
)

// gc_m is the collection, on g0 with the world stopped; then gp (which stopped the world)
// goes on where it called mcall.
func gc_m(gp *g) {
	lock(&sched.lock)
	// Go's gcResetMarkState and the caches' flush (gcMarkTermination's mcache flush).
	for i := 0; i < gomaxprocs; i++ {
		if pp := allpslot(i); pp != nil {
			releaseAll(&pp.mcache)
			releaseTiny(pp)
		}
	}
	releaseAll(&mcache0)
	for i := 0; i < numSpanClasses; i++ {
		mheap_.central[i].partial = nil
	}
	gcHeap0 = mheap_.heapLive
	gcGoal = heapGoal
	gcMark()
	inUse := mheap_.heapInUse // Go's lastHeapInUse: before the sweep frees anything
	live := gcSweep()
	mheap_.heapLive = live
	gcHeap2 = live
	gcLastMarked = live
	setHeapGoal(live)
	scavenge(inUse, gcGoal)
	numgc++
	gcT2 = nanotime1()
	unlock(&sched.lock)
	gogo(gp)
}

// scanRuntimeGlobals scans the runtime's variables, [lo, hi), conservatively (its Go keeps
// heap addresses in uintptr words), all but the regions that are no root:
//   - the heap's own bookkeeping: mheap_ and the mspans cut from spanchunk0 hold the
//     addresses of spans' pages (startAddr, arenaStart), which would keep the object at each
//     span's start alive (Go allocates its mspans off the heap, with fixalloc, and scans its
//     globals with their pointer bitmaps);
//   - gsignal0stack, m0's signal stack: the kernel writes each signal's context there, every
//     register of the goroutine the signal stopped, and the words stay after the handler
//     returns. A register that held a dead local's pointer when sysmon's SIGURG came would
//     keep its object until the next signal (an asynchronously preempted goroutine's
//     registers are saved on its own stack, by asyncPreempt). Go scans no signal stack
//     (m.gsignal is in no allgs); the other Ms' are stackalloc'd, outside the scanned heap;
//   - the cgroup buffers: bytes of files read at start-up.
//
// The regions' bounds are kept in noroots and norootsEnd (a local array would be a heap
// object here: the runtime has no escape analysis); only the collector uses them.
func scanRuntimeGlobals(lo, hi uintptr) {
	const n = len(noroots)
	start, end := &noroots, &norootsEnd
	start[0], end[0] = uintptr(unsafe.Pointer(&mheap_)), unsafe.Sizeof(mheap_)
	start[1], end[1] = uintptr(unsafe.Pointer(&spanchunk0)), uintptr(len(spanchunk0))
	start[2], end[2] = uintptr(unsafe.Pointer(&gsignal0stack)), uintptr(len(gsignal0stack))
	start[3], end[3] = uintptr(unsafe.Pointer(&cgroup_scratch)), uintptr(len(cgroup_scratch))
	start[4], end[4] = uintptr(unsafe.Pointer(&cgroup_dir)), uintptr(len(cgroup_dir))
	start[5], end[5] = uintptr(unsafe.Pointer(&cgroup_cg)), uintptr(len(cgroup_cg))
	for i := 0; i < n; i++ {
		end[i] += start[i]
	}
	// sorted by address (insertion sort), then the gaps between them scanned
	for i := 1; i < n; i++ {
		for j := i; j > 0 && start[j] < start[j-1]; j-- {
			start[j], start[j-1] = start[j-1], start[j]
			end[j], end[j-1] = end[j-1], end[j]
		}
	}
	p := lo
	for i := 0; i < n; i++ {
		scanConservative(p, start[i])
		p = end[i]
	}
	scanConservative(p, hi)
}

// noroots and norootsEnd are the starts and the ends of the regions scanRuntimeGlobals skips.
var noroots, norootsEnd [6]uintptr

// gcMark marks every object reachable from the roots (Go's gcMarkRootPrepare and gcDrain).
func gcMark() {
	lo, hi := databounds()
	gcGlobal = uint64(hi-lo) + uint64(progend-progdata)
	scanRuntimeGlobals(lo, hi)
	// Go's markrootBlock of the data and bss: the program's pointer words only
	for e := progroots; e < progroots+nprogroots*24; e += 24 {
		scanblock(*(*uintptr)(unsafe.Pointer(e)), *(*uintptr)(unsafe.Pointer(e + 8)), *(*uintptr)(unsafe.Pointer(e + 16)), 0)
	}
	// allp is outside the heap (procresize): the Ps made are reachable only through it
	scanConservative(uintptr(allp), uintptr(allp)+uintptr(allp_made)*8)
	markrootSpecials()
	drain()
	for gp := allgs; gp != nil; gp = gp.alllink {
		if gp.status == _Gdead {
			continue
		}
		scanstack(gp)
		drain()
	}
}

// scanstack is Go's scanstack: gp's frames from its saved context (every stopped goroutine's,
// and the collecting one's, saved by mcall) to the top of its stack, by their saved frame
// pointers. A frame whose return address holds a stack map (the back end's, written at every
// call of a function with spill slots: amd64.Emitter.stackMap) is scanned by it: the call's
// stack arguments and results and the slots live across the call, each word still taken as
// a pointer if it points into an object (a live int may look like one); the frame's other
// slots are dead there and are not read (Go's stack maps, which are precise about the
// words' types too). Any other frame is scanned whole, conservatively: the assembly's, a
// frame interrupted by asyncPreempt (its registers, pushed by asyncPreempt, included) or
// stopped in its stack check, and the top of a goroutine that has not run. A saved context
// or frame pointer outside the stack leaves the rest of the stack conservative.
func scanstack(gp *g) {
	lo, hi := gp.stack.lo, gp.stack.hi
	sp, pc, bp := gp.sched.sp, gp.sched.pc, gp.sched.bp
	if sp < lo || sp > hi {
		scanConservative(lo, hi) // running (gogo clears sched): no known frame
		return
	}
	t0, t1 := textbounds()
	for {
		if bp < sp || bp+16 > hi || bp&7 != 0 {
			scanConservative(sp, hi)
			return
		}
		if !scanframe(sp, bp, pc, t0, t1) {
			scanConservative(sp, bp)
		}
		// the caller's frame: above the saved frame pointer and the return address
		pc = *(*uintptr)(unsafe.Pointer(bp + 8))
		sp, bp = bp+16, *(*uintptr)(unsafe.Pointer(bp))
	}
}

// scanframe scans the frame [sp, bp) by the stack map at its return address pc, if pc is in
// the runtime's or the program's text and holds one (amd64.Emitter.stackMap: 0f 1f 41 and a
// byte of live slots; or 0f 1f 81 and a 32-bit word, then as many 0f 1f 82 words as it
// says); false if it holds none.
func scanframe(sp, bp, pc, t0, t1 uintptr) bool {
	end := pc + 7
	if !(pc >= t0 && end <= t1 || pc >= progtext && end <= progetext) {
		return false
	}
	if *(*uint8)(unsafe.Pointer(pc)) != 0x0f || *(*uint8)(unsafe.Pointer(pc + 1)) != 0x1f {
		return false
	}
	form := *(*uint8)(unsafe.Pointer(pc + 2))
	if form == 0x41 {
		scanslots(sp, uintptr(*(*uint8)(unsafe.Pointer(pc + 3))), bp)
		return true
	}
	if form != 0x81 {
		return false
	}
	m := uintptr(*(*uint32)(unsafe.Pointer(pc + 3)))
	args := m & 63
	slots := sp + (m>>6&63)*8
	more := m >> 28
	if sp+args*8 > bp || slots > bp {
		return false // not a map of this frame: scanned whole
	}
	scanConservative(sp, sp+args*8)
	scanslots(slots, m>>12&0xffff, bp)
	for k := uintptr(0); k < more; k++ {
		p := end + k*7
		if *(*uint8)(unsafe.Pointer(p + 2)) != 0x82 {
			throw("scanstack: a stack map's word is missing")
		}
		scanslots(slots+(16+k*32)*8, uintptr(*(*uint32)(unsafe.Pointer(p + 3))), bp)
	}
	return true
}

// scanslots scans the words at slots whose bits are set in live (bit k: the word at slots+8k),
// those below bp.
func scanslots(slots, live, bp uintptr) {
	for p := slots; live != 0 && p < bp; p += 8 {
		if live&1 != 0 {
			scanConservative(p, p+8)
		}
		live >>= 1
	}
}

// scanConservative is Go's scanConservative: each word of [b, end) that points into an
// allocated object marks it.
func scanConservative(b, end uintptr) {
	h := &mheap_
	for p := (b + 7) &^ 7; p+8 <= end; p += 8 {
		v := *(*uintptr)(unsafe.Pointer(p))
		if v-h.arenaStart < h.arenaUsed-h.arenaStart {
			greyobject(v)
		}
	}
}

// greyobject is Go's findObject and greyobject: the object p points into, if it is one
// (an in-use span, an allocated object), is marked; a newly marked object that may hold
// pointers goes on the mark stack.
func greyobject(p uintptr) {
	s := *spanslot((p - mheap_.arenaStart) >> pageShift)
	if s == nil || s.state != mSpanInUse {
		return
	}
	idx := uintptr((uint64(p-s.startAddr) * s.divMul) >> 32) // s.divideByElemSize, in place
	bit := uint64(1) << (idx % 64)
	if idx >= s.nelems || idx >= s.freeindex && s.allocBits[idx/64]&bit == 0 {
		return // the span's tail, or a free object (Go's isFree): its old contents are not followed
	}
	w := &s.gcmarkBits[idx/64]
	if *w&bit != 0 {
		return
	}
	*w |= bit
	if s.noscan() {
		return
	}
	if markstackNext == markstackLen {
		growMarkstack()
	}
	*(*uintptr)(unsafe.Pointer(markstack + markstackNext*8)) = s.startAddr + idx*s.elemsize
	markstackNext++
}

// growMarkstack doubles the mark stack (first 64 KiB), in a new mapping.
func growMarkstack() {
	n := markstackLen * 2
	if n == 0 {
		n = 8192
	}
	p := uintptr(sysAlloc(n * 8))
	if markstackLen != 0 {
		memmove(unsafe.Pointer(p), unsafe.Pointer(markstack), markstackLen*8)
		munmap(unsafe.Pointer(markstack), markstackLen*8)
		sysalloc_bytes -= uint64(markstackLen * 8)
	}
	markstack = p
	markstackLen = n
}

// drain is Go's gcDrain: scan the objects on the mark stack until it is empty, each (Go's
// scanobject) by its heap bits (heapSetType). drainSmall scans while it can; an object it
// leaves on top (over 64 words, or more pointer words than the mark stack has room for) is
// scanned here, by scanblock, which grows the mark stack.
func drain() {
	h := &mheap_
	for markstackNext != 0 {
		drainSmall()
		if markstackNext == 0 {
			break
		}
		markstackNext--
		b := *(*uintptr)(unsafe.Pointer(markstack + markstackNext*8))
		s := *spanslot((b - h.arenaStart) >> pageShift)
		scanblock(b, s.elemsize/8, h.bitmap, (b-h.arenaStart)/8)
	}
}

// drainSmall is drain's loop for objects of at most 64 words (one or two words of heap bits),
// with scanobject's and greyobject's steps written out: it calls nothing, so the back end
// keeps the loop's values in registers (a call in the loop would put them on the stack). It
// stops at an object of more words, or one with more words than the mark stack has room
// for, and leaves it on top.
func drainSmall() {
	h := &mheap_
	spans := uintptr(h.spans)
	arenaStart := h.arenaStart
	arenaSize := h.arenaUsed - arenaStart
	bitmap := h.bitmap
	stk := markstack
	n := markstackNext
	for n != 0 {
		b := *(*uintptr)(unsafe.Pointer(stk + n*8 - 8))
		s := *(**mspan)(unsafe.Pointer(spans + (b-arenaStart)>>pageShift*8))
		nw := s.elemsize / 8
		if nw > 64 || markstackLen-n+1 < nw {
			break
		}
		n--
		// the object's bits: from one bitmap word, or two when it crosses one
		i := (b - arenaStart) / 8
		bw := bitmap + i/64*8
		bits := *(*uint64)(unsafe.Pointer(bw)) >> (i % 64)
		if i%64+nw > 64 {
			bits |= *(*uint64)(unsafe.Pointer(bw + 8)) << ((64 - i%64) & 63)
		}
		bits &= ^uint64(0) >> ((64 - nw) & 63)
		for p := b; bits != 0; p += 8 {
			if bits&1 != 0 {
				v := *(*uintptr)(unsafe.Pointer(p))
				if v-arenaStart < arenaSize {
					// greyobject
					t := *(**mspan)(unsafe.Pointer(spans + (v-arenaStart)>>pageShift*8))
					if t != nil && t.state == mSpanInUse {
						idx := uintptr((uint64(v-t.startAddr) * t.divMul) >> 32)
						bit := uint64(1) << (idx % 64)
						if idx < t.nelems && (idx < t.freeindex || *(*uint64)(unsafe.Add(unsafe.Pointer(&t.allocBits), idx/64*8))&bit != 0) {
							w := (*uint64)(unsafe.Add(unsafe.Pointer(&t.gcmarkBits), idx/64*8))
							if *w&bit == 0 {
								*w |= bit
								if t.spanclass&1 == 0 { // not noscan
									*(*uintptr)(unsafe.Pointer(stk + n*8)) = t.startAddr + idx*t.elemsize
									n++
								}
							}
						}
					}
				}
			}
			bits >>= 1
		}
	}
	markstackNext = n
}

// scanblock is Go's scanblock with its ptrmask: the words of [b, b+8*nw) whose bits say they
// hold pointers, bit i of the mask at ptrmask (and on) for the word at b, read 64 bits at a
// time (a mask is padded to whole words). A global's mask starts at bit 0; a heap object's
// bits are in the heap bitmap, at its word's index in the arena.
func scanblock(b, nw, ptrmask, i uintptr) {
	h := &mheap_
	for w := uintptr(0); w < nw; {
		bits := *(*uint64)(unsafe.Pointer(ptrmask + i/64*8)) >> (i % 64)
		k := 64 - i%64 // the bits of this mask word from word w on
		if k > nw-w {
			k = nw - w
			bits &= uint64(1)<<k - 1
		}
		for p := b + w*8; bits != 0; p += 8 {
			for bits&0xff == 0 {
				bits >>= 8
				p += 64
			}
			if bits&1 != 0 {
				v := *(*uintptr)(unsafe.Pointer(p))
				if v-h.arenaStart < h.arenaUsed-h.arenaStart {
					greyobject(v)
				}
			}
			bits >>= 1
		}
		w += k
		i += k
	}
}

// gcSweep is Go's sweepone for every span, at once: returns the bytes of the objects left.
func gcSweep() uint64 {
	h := &mheap_
	var live uint64
	for a := h.arenaStart; a < h.arenaUsed; {
		s := *spanslot((a - h.arenaStart) >> pageShift)
		next := s.startAddr + s.npages<<pageShift
		if s.state == mSpanInUse {
			if s.specials != nil {
				sweepSpecials(s)
			}
			live += sweepspan(s)
		}
		a = next
	}
	return live
}

// sweepspan is Go's mspan.sweep: s's objects that die now (allocated, unmarked) are cleared,
// so that a free object is always zero (mallocgc clears none; Go clears on allocation
// instead); its marked objects become its allocated ones (allocBits = gcmarkBits, freeindex
// back to 0) and the mark bits are cleared. With no object left, its pages go back to the
// page heap (freeSpan, which marks them for clearing); with free objects, it goes on its
// mcentral's list. Returns the bytes left.
func sweepspan(s *mspan) uint64 {
	nalloc := uintptr(0)
	words := (s.nelems + 63) / 64
	for i := uintptr(0); i < words; i++ {
		// Go's popcount of the mark bits
		for m := s.gcmarkBits[i]; m != 0; m &= m - 1 {
			nalloc++
		}
	}
	mheap_.nfree += uint64(s.nelems - s.nfree - nalloc)
	if nalloc == 0 {
		mheap_.heapInUse -= uint64(s.npages << pageShift)
		freeSpan(s)
		return 0
	}
	if nalloc < s.nelems-s.nfree {
		// clear each run of objects that die now, in one call
		run := ^uintptr(0)
		for i := uintptr(0); i <= s.nelems; i++ {
			dead := false
			if i < s.nelems {
				bit := uint64(1) << (i % 64)
				dead = (i < s.freeindex || s.allocBits[i/64]&bit != 0) && s.gcmarkBits[i/64]&bit == 0
			}
			if dead {
				if run == ^uintptr(0) {
					run = i
				}
			} else if run != ^uintptr(0) {
				memclrNoHeapPointers(unsafe.Pointer(s.startAddr+run*s.elemsize), (i-run)*s.elemsize)
				run = ^uintptr(0)
			}
		}
	}
	for i := uintptr(0); i < words; i++ {
		s.allocBits[i] = s.gcmarkBits[i]
		s.gcmarkBits[i] = 0
	}
	s.freeindex = 0
	s.nfree = s.nelems - nalloc
	if s.nfree != 0 {
		spc := s.spanclass
		s.next = mheap_.central[spc].partial
		mheap_.central[spc].partial = s
	}
	return uint64(nalloc * s.elemsize)
}

// gctrace prints Go's GODEBUG=gctrace=1 line (mgc.go's gcMarkTermination):
//
//	gc # @#s #%: #+#+# ms clock, #+#/#/#+# ms cpu, #->#-># MB, # MB goal, # MB stacks, # MB globals, # P
//
// The clock times are the world stopping, mark and sweep, and it starting again: all of it
// with the world stopped (Go's middle phase runs concurrently). One thread collects: the cpu
// times are the same, mark and sweep as the dedicated worker's (the middle of the three).
func gctrace() {
	printlock()
	printstring("gc ")
	printuint(uint64(numgc))
	printstring(" @")
	itoaDiv(uint64(gcT0-runtimeInitTime)/1000000, 3)
	printstring("s ")
	elapsed := uint64(gcT3-runtimeInitTime) * uint64(gomaxprocs)
	util := uint64(0)
	if elapsed != 0 {
		util = gcCPU * 100 / elapsed
	}
	printuint(util)
	printstring("%: ")
	printNSAsMS(uint64(gcT1 - gcT0))
	printstring("+")
	printNSAsMS(uint64(gcT2 - gcT1))
	printstring("+")
	printNSAsMS(uint64(gcT3 - gcT2))
	printstring(" ms clock, ")
	printNSAsMS(uint64(gcT1 - gcT0))
	printstring("+0/")
	printNSAsMS(uint64(gcT2 - gcT1))
	printstring("/0+")
	printNSAsMS(uint64(gcT3 - gcT2))
	printstring(" ms cpu, ")
	printuint(gcHeap0 >> 20)
	printstring("->")
	printuint(gcHeap0 >> 20)
	printstring("->")
	printuint(gcHeap2 >> 20)
	printstring(" MB, ")
	printuint(gcGoal >> 20)
	printstring(" MB goal, ")
	printuint(mheap_.stackInUse >> 20)
	printstring(" MB stacks, ")
	printuint(gcGlobal >> 20)
	printstring(" MB globals, ")
	printint(int64(gomaxprocs))
	printstring(" P")
	if gcForced {
		printstring(" (forced)")
	}
	printstring("\n")
	printunlock()
}

// Breakpoint executes a breakpoint trap (Go's, in proc.go: kept here while proc.go is being
// moved): without a debugger the SIGTRAP is fatal ("SIGTRAP: trace trap", exit 2), as in Go.
func Breakpoint() {
	breakpoint()
}

// breakpoint is INT3 (asm_amd64.s, as Go's).
func breakpoint()
