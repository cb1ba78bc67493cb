package runtime

import "unsafe"

// mheap.go: the heap of spans (Go's runtime/mheap.go, mcentral.go and mcache.go, reduced).
//
// The heap is one arena of address space, reserved at the first allocation (Go reserves
// arenas of 64 MiB as it grows; here arenaBytes at once, mapped without reserve: the kernel
// gives a page its memory when it is first touched). It is cut into pages of pageSize bytes;
// a span is a run of pages: in use for objects of one size class (or one large object), free
// (in mheap_.free, merged with its free neighbours), or manual (goroutine stacks, Go's
// mSpanManual: never swept). mheap_.spans maps every page of the arena to its span, so that
// any address finds its object (findObject), which the collector needs (mgc.go).
//
// A span of small objects hands out its free objects in address order, as Go's does:
// allocBits has a bit set for each object the last sweep found live, and freeindex moves up
// over them (Go's nextFreeFast); an object is allocated if it is below freeindex or its bit is
// set (Go's isFree), which is what the collector's findObject asks. Each P keeps one span per span class
// (Go's mcache, p.mcache): allocation there takes no lock. A P whose span is full gets
// another from the class's mcentral (spans with free objects) or a new one from the page heap,
// under sched.lock (Go's mcentral and mheap locks). Large objects (over maxSmallSize) get a
// span each.

const (
	// arenaBytes is the address space reserved for the heap (Go: heapArenaBytes chunks, up to
	// 1 << heapAddrBits); it is only touched as it is used.
	arenaBytes    = 64 << 30
	arenaMinBytes = 4 << 20

	// numSpanClasses is Go's: a size class and whether its objects hold pointers (noscan).
	numSpanClasses = numSizeClasses << 1

	// Span states (Go's mSpanState).
	mSpanDead   = 0
	mSpanInUse  = 1
	mSpanManual = 2
	mSpanFree   = 3

	// maxSpanObjects bounds a small span's objects (8 KiB of 8-byte ones): its mark bits.
	maxSpanObjects = pageSize / 8
)

// mspan is Go's mspan, reduced: a run of npages pages at startAddr.
type mspan struct {
	next      *mspan // in mcentral's partial list, or in mheap_.free
	prev      *mspan // in mheap_.free
	startAddr uintptr
	npages    uintptr
	state     uintptr
	spanclass uintptr // sizeclass<<1 | noscan; 0 and 1 for a large object
	elemsize  uintptr
	nelems    uintptr
	divMul    uint64  // Go's: (off * divMul) >> 32 is off / elemsize, for off in the span
	freeindex uintptr // the next object to look at: every object below it is allocated
	nfree     uintptr // objects free: from freeindex on, their allocBits clear
	needzero  bool    // the pages held other objects before: cleared before they hold new ones
	// fresh: a new small span's pages were never touched (newSmallSpan sets it); mallocgcSlow
	// clears it under sched.lock and writes each page once (prefault) after it.
	fresh     bool
	released  bool    // a free run whose pages were given back to the kernel (scavenge)
	cachefree uintptr // nfree when a P's cache took the span (the objects allocated since: memstats)
	// allocBits and gcmarkBits are Go's: one bit per object, the objects live at the last
	// sweep, and those the collector's mark reached (the sweep makes them the allocBits).
	allocBits  [maxSpanObjects / 64]uint64
	gcmarkBits [maxSpanObjects / 64]uint64
	specials   *special // the finalizers of its objects (Go's mspan.specials; mfinal.go)
	// typ, when not nil: every object of the span has the heap bits of typ, whose size is
	// elemsize (malloc.go's typeObject), so allocating a typ from it writes none.
	typ *_type
}

// noscan is Go's spanClass.noscan: the span's objects hold no pointers.
func (s *mspan) noscan() bool {
	return s.spanclass&1 != 0
}

// mcentral is Go's, one per span class: the spans with free objects no P caches.
type mcentral struct {
	partial *mspan
}

// mheap is Go's mheap_, reduced.
type mheap struct {
	arenaStart uintptr // the reserved address space [arenaStart, arenaStart+arenaBytes)
	arenaUsed  uintptr // pages below this have been handed out (as a span) at least once
	arenaEnd   uintptr // the end of the reservation
	spans      unsafe.Pointer // the span of each page of the arena (spanslot)
	bitmap     uintptr        // the heap bitmap: a bit per word of the arena, set for a pointer (heapBits)
	free       *mspan // free page runs, merged with their free neighbours
	central    [numSpanClasses]mcentral
	spanfree   *mspan  // mspan structures for reuse (Go's fixalloc of spans)
	// freeGen counts the runs freed and released; coalescedGen is its value at the last
	// coalesceFree (allocSpan merges again only after more were).
	freeGen, coalescedGen uint64
	spanalloc  uintptr // a chunk mspans are cut from, [spanalloc, spanallocEnd)
	spanallocEnd uintptr

	// Bytes in objects handed out or held by the Ps' caches (Go's gcController.heapLive: a
	// span a P takes counts whole, its free objects are given back when the P lets it go).
	heapLive uint64
	// Bytes of spans in use for objects, and of stacks (Go's heapInUse, stackInUse).
	heapInUse, stackInUse uint64
	// Go's memstats totals: bytes and objects allocated (counted when a P's cache lets a
	// span go, and for each large object), objects freed (by the sweep).
	totalAlloc, nmalloc, nfree uint64
	tinyAllocs                 uint64 // objects cut from tiny blocks (releaseTiny)
}

var mheap_ mheap

// spanchunk0 is the first chunk mspans are cut from (newspan).
var spanchunk0 [16 << 10]byte

// mcache0 is Go's: the cache of an M without a P (start-up, sysmon), used under sched.lock.
var mcache0 [numSpanClasses]*mspan

// mheapinit reserves the page→span table, the heap bitmap and the arena (Go's mallocinit's
// arena hints and mheap_.init; Go keeps a bitmap per arena) in one mapping, in that order:
// address space only, pages are touched as they are used. Under an address-space limit (ulimit -v) a smaller arena is taken, down to
// arenaMinBytes (Go reserves its arenas as it grows, 64 MiB at a time).
func mheapinit() {
	for n := uintptr(arenaBytes); n >= arenaMinBytes; n /= 2 {
		table := n >> pageShift * 8
		bitmap := n / 64
		p, err := sysMmap(nil, table+bitmap+n, _PROT_READ|_PROT_WRITE, _MAP_PRIVATE|_MAP_ANONYMOUS|_MAP_NORESERVE, -1, 0)
		if err != 0 {
			continue
		}
		// Go: arenas start on a heapArenaBytes boundary; a page boundary is all findObject
		// needs.
		mheap_.spans = p
		mheap_.bitmap = uintptr(p) + table
		mheap_.arenaStart = uintptr(p) + table + bitmap
		mheap_.arenaUsed = mheap_.arenaStart
		mheap_.arenaEnd = mheap_.arenaStart + n
		return
	}
	oom(arenaMinBytes)
}

// spanOf is Go's spanOf for an address in the arena's used part: the span its page is in.
func spanOf(p unsafe.Pointer) *mspan {
	return *spanslot((uintptr(p) - mheap_.arenaStart) >> pageShift)
}

// spanslot is &mheap_.spans[i], with no bounds check (i is a page of the arena).
func spanslot(i uintptr) **mspan {
	return (**mspan)(unsafe.Add(mheap_.spans, i*8))
}

// newspan gives an mspan structure (Go's h.spanalloc.alloc), under sched.lock: from the
// ones released, else cut from a chunk of memory outside the heap.
func newspan() *mspan {
	h := &mheap_
	s := h.spanfree
	if s != nil {
		h.spanfree = s.next
		memclrNoHeapPointers(unsafe.Pointer(s), unsafe.Sizeof(mspan{}))
		return s
	}
	size := unsafe.Sizeof(mspan{})
	if h.spanallocEnd-h.spanalloc < size {
		if h.spanallocEnd == 0 {
			// the first chunk is in bss: a small program makes no mapping for its spans
			h.spanalloc = uintptr(unsafe.Pointer(&spanchunk0))
			h.spanallocEnd = h.spanalloc + uintptr(len(spanchunk0))
		} else {
			const chunk = 64 << 10
			h.spanalloc = uintptr(sysAlloc(chunk))
			h.spanallocEnd = h.spanalloc + chunk
		}
	}
	s = (*mspan)(unsafe.Pointer(h.spanalloc))
	h.spanalloc += size
	return s
}

// setspans points the table's entries for s's pages at s.
func setspans(s *mspan) {
	h := &mheap_
	i := (s.startAddr - h.arenaStart) >> pageShift
	for n := uintptr(0); n < s.npages; n++ {
		*spanslot(i + n) = s
	}
}

// freelistRemove and freelistPush keep mheap_.free, doubly linked.
func freelistRemove(s *mspan) {
	h := &mheap_
	if s.prev != nil {
		s.prev.next = s.next
	} else {
		h.free = s.next
	}
	if s.next != nil {
		s.next.prev = s.prev
	}
	s.next = nil
	s.prev = nil
}

func freelistPush(s *mspan) {
	h := &mheap_
	s.prev = nil
	s.next = h.free
	if h.free != nil {
		h.free.prev = s
	}
	h.free = s
}

// allocSpan is Go's mheap.allocSpan, under sched.lock: npages pages in a span of state
// state, from the first free run big enough that was not released to the kernel (its pages
// are resident: no page faults), else the first released one (the rest of the run stays
// free), else from the arena's untouched pages. Go's page allocator takes the lowest free
// address and its scavenger releases from the highest, so Go too reuses resident pages
// first. Released runs are not merged with their neighbours as they are freed (freeSpan);
// before the arena grows, adjacent free runs are merged (coalesceFree) and looked at again.
// Pages that held objects before are marked needzero.
func allocSpan(npages uintptr, state uintptr) *mspan {
	h := &mheap_
	if h.arenaStart == 0 {
		mheapinit()
	}
	for merged := false; ; merged = true {
		var fit *mspan
		free, released := uintptr(0), false
		for f := h.free; f != nil; f = f.next {
			free += f.npages
			released = released || f.released
			if f.npages >= npages && (fit == nil || fit.released) {
				fit = f
				if !f.released {
					break
				}
			}
		}
		if fit != nil {
			return allocFrom(fit, npages, state)
		}
		// Merging can help only if the free runs add up to npages and one of them was
		// released (freeSpan merges the others as they are freed), and only if runs were
		// freed or released since the last merge: the arena's walk is not repeated for
		// every span of a growing heap. A walk that merged nothing needs no second look.
		if merged || free < npages || !released || h.coalescedGen == h.freeGen || !coalesceFree() {
			break
		}
	}
	n := npages << pageShift
	if n > h.arenaEnd-h.arenaUsed {
		oom(n)
	}
	s := newspan()
	s.startAddr = h.arenaUsed
	s.npages = npages
	s.state = state
	h.arenaUsed += n
	sysalloc_bytes += uint64(n)
	setspans(s)
	return s
}

// allocFrom takes npages pages of the free run f for a span of state state; the rest of f
// stays a free run, with f's flags.
func allocFrom(f *mspan, npages uintptr, state uintptr) *mspan {
	freelistRemove(f)
	if f.npages > npages {
		rest := newspan()
		rest.startAddr = f.startAddr + npages<<pageShift
		rest.npages = f.npages - npages
		rest.state = mSpanFree
		rest.needzero = f.needzero
		rest.released = f.released
		setspans(rest)
		freelistPush(rest)
		f.npages = npages
	}
	f.state = state
	f.released = false
	setspans(f)
	return f
}

// coalesceFree merges every run of adjacent free runs into one (Go's free pages are one
// bitmap, so they are always contiguous): cleared before reuse if any part needs it, released
// only if every part was. Reports whether it merged any.
func coalesceFree() bool {
	h := &mheap_
	h.coalescedGen = h.freeGen
	merged := false
	for a := h.arenaStart; a < h.arenaUsed; {
		s := *spanslot((a - h.arenaStart) >> pageShift)
		a = s.startAddr + s.npages<<pageShift
		if s.state != mSpanFree {
			continue
		}
		n := s.npages
		for a < h.arenaUsed {
			t := *spanslot((a - h.arenaStart) >> pageShift)
			if t.state != mSpanFree {
				break
			}
			freelistRemove(t)
			s.npages += t.npages
			s.needzero = s.needzero || t.needzero
			s.released = s.released && t.released
			a = t.startAddr + t.npages<<pageShift
			t.next = h.spanfree
			h.spanfree = t
			merged = true
		}
		if s.npages != n {
			setspans(s)
		}
	}
	return merged
}

// freeSpan is Go's mheap.freeSpan, under sched.lock (or with the world stopped): s's pages
// become a free run, merged with the free runs just before and after it (Go's coalesce)
// that were not released: a released run stays apart, so that the retained memory counts
// only resident pages (scavenge) and allocSpan can take resident pages before released ones.
func freeSpan(s *mspan) {
	h := &mheap_
	s.state = mSpanFree
	if s.startAddr > h.arenaStart {
		if before := *spanslot((s.startAddr-h.arenaStart)>>pageShift - 1); before != nil && before.state == mSpanFree && !before.released {
			freelistRemove(before)
			before.npages += s.npages
			s.next = h.spanfree
			h.spanfree = s
			s = before
		}
	}
	if end := s.startAddr + s.npages<<pageShift; end < h.arenaUsed {
		if after := *spanslot((end - h.arenaStart) >> pageShift); after != nil && after.state == mSpanFree && !after.released {
			freelistRemove(after)
			s.npages += after.npages
			after.next = h.spanfree
			h.spanfree = after
		}
	}
	// The run, merged or not, holds s's pages, which held objects: it is cleared before reuse.
	h.freeGen++
	s.needzero = true
	s.released = false
	setspans(s)
	freelistPush(s)
}

// sizeclass is the size class of a small object of size bytes (Go's mallocgcSmall*'s lookup).
func sizeclass(size uintptr) uintptr {
	if size <= smallSizeMax-8 {
		return uintptr(sizeToSizeClass8[(size+smallSizeDiv-1)/smallSizeDiv])
	}
	return uintptr(sizeToSizeClass128[(size-smallSizeMax+largeSizeDiv-1)/largeSizeDiv])
}

// newSmallSpan is Go's mcentral.grow: a span of size class spc>>1 from the page heap, its
// objects all free.
func newSmallSpan(spc uintptr) *mspan {
	class := spc >> 1
	npages := uintptr(sizeClassToNPages[class])
	s := allocSpan(npages, mSpanInUse)
	s.spanclass = spc
	s.elemsize = uintptr(sizeClassToSize[class])
	s.nelems = npages << pageShift / s.elemsize
	s.divMul = uint64(^uint32(0))/uint64(s.elemsize) + 1
	s.freeindex = 0
	s.nfree = s.nelems
	s.typ = nil // the mspan may have been another span's, typed
	for i := 0; i < len(s.allocBits); i++ {
		s.allocBits[i] = 0
	}
	mheap_.heapInUse += uint64(npages << pageShift)
	// A free object is always zero, so that mallocgc clears none (Go clears on allocation,
	// needzero): pages that held objects are cleared, and objects that die by the sweep.
	// The clearing, or the first write to each untouched page, is mallocgcSlow's, once
	// sched.lock is released.
	s.fresh = !s.needzero
	return s
}

// divideByElemSize is Go's mspan.divideByElemSize: n / s.elemsize for an offset n in s, the
// index of the object at that offset, by a multiplication (divMul). greyobject, the mark's
// hot path, does the same in place (a call there would cost each marked pointer one).
func (s *mspan) divideByElemSize(n uintptr) uintptr {
	return uintptr((uint64(n) * s.divMul) >> 32)
}

// refill is Go's mcache.refill, under sched.lock: cache[spc]'s span, which has no free object,
// goes back to its mcentral (a full span is on no list: the sweep finds it), and the cache
// gets a span with free objects, from the mcentral or new. heapLive counts the new span's
// free objects as allocated (Go's), and gives back those of the span released.
func refill(cache *[numSpanClasses]*mspan, spc uintptr) *mspan {
	h := &mheap_
	if s := cache[spc]; s != nil {
		h.heapLive -= uint64(s.nfree * s.elemsize)
		uncache(s)
		if s.nfree != 0 {
			s.next = h.central[spc].partial
			h.central[spc].partial = s
		}
	}
	s := h.central[spc].partial
	if s != nil {
		h.central[spc].partial = s.next
		s.next = nil
	} else {
		s = newSmallSpan(spc)
	}
	h.heapLive += uint64(s.nfree * s.elemsize)
	s.cachefree = s.nfree
	cache[spc] = s
	return s
}

// uncache counts the objects a P's cache allocated from s since it took it (Go's
// mcache.refill and releaseAll update the heap's stats so).
func uncache(s *mspan) {
	n := s.cachefree - s.nfree
	mheap_.nmalloc += uint64(n)
	mheap_.totalAlloc += uint64(n * s.elemsize)
	s.cachefree = s.nfree
}

// releaseAll is Go's mcache.releaseAll, with the world stopped (the collector): every span
// of the cache goes back to its mcentral, its free objects out of heapLive.
func releaseAll(cache *[numSpanClasses]*mspan) {
	h := &mheap_
	for i := 0; i < numSpanClasses; i++ {
		s := cache[i]
		if s == nil {
			continue
		}
		cache[i] = nil
		h.heapLive -= uint64(s.nfree * s.elemsize)
		uncache(s)
	}
}

// largeAlloc is Go's mallocgcLarge, under sched.lock: a span of its own for an object of
// size bytes, cleared if its pages were used before.
func largeAlloc(size uintptr, noscan bool) unsafe.Pointer {
	if size > arenaBytes {
		oom(size)
	}
	npages := (size + pageSize - 1) >> pageShift
	s := allocSpan(npages, mSpanInUse)
	s.spanclass = 0
	if noscan {
		s.spanclass = 1
	}
	s.elemsize = npages << pageShift
	s.nelems = 1
	s.divMul = 0
	s.freeindex = 1
	s.nfree = 0
	mheap_.heapLive += uint64(s.elemsize)
	mheap_.heapInUse += uint64(s.elemsize)
	mheap_.nmalloc++
	mheap_.totalAlloc += uint64(s.elemsize)
	// s.needzero: mallocgcSlow clears all of it (the collector scans all of it) once
	// sched.lock is released.
	return unsafe.Pointer(s.startAddr)
}

// stackSpanAlloc is Go's stackpoolalloc's mheap_.allocManual: npages pages for goroutine
// stacks, never swept, never an object to findObject. Under sched.lock. Its pages are not
// written here (prefault): a stack's first touch is a write (newproc1's copy of the
// arguments, copystack's, a push), and a page fault taken under sched.lock stalls every M
// that waits for it.
func stackSpanAlloc(npages uintptr) uintptr {
	s := allocSpan(npages, mSpanManual)
	mheap_.stackInUse += uint64(npages << pageShift)
	return s.startAddr
}

// Scavenging (Go's mgcscavenge.go, reduced). Free page runs keep their memory, so that the
// heap grows back without page faults; when the heap has shrunk a lot, what it will not need
// before the next collection goes back to the kernel. Go's background scavenger works toward
// a goal set at each collection (gcPaceScavenger): the memory retained (heap pages in use plus
// free pages not released) at most what was in use when the collection marked, scaled by how
// much the heap goal changed, plus retainExtraPercent. A program whose heap stays the same
// size keeps its pages (the goal is its peak); one whose live heap shrinks gives back in
// proportion. Here the collection itself releases, with the world stopped, free runs from
// the highest address down, the last one only in part, until the retained memory is within
// that goal (Go releases 64 KiB chunks, a little at a time, from its highest addresses).
// Go's sysUnused is madvise(MADV_DONTNEED) on Linux: the pages read as zero when next
// touched, so a released run needs no clearing (needzero false). Goroutine stacks' spans
// are never free runs (stack.go keeps them): they are not scavenged.

// retainExtraPercent is Go's: retained memory may exceed the heap goal by this much.
const retainExtraPercent = 10

// scavenge is Go's scavenger pass, at the end of a collection (gc_m): free runs are released,
// from the highest address down, while the retained memory is over its goal, lastInUse (the
// heap's pages in use when the collection marked) times heapGoal/lastGoal (the new goal over
// the collection's own). Returns the bytes released.
func scavenge(lastInUse, lastGoal uint64) uint64 {
	h := &mheap_
	if gcpercent < 0 {
		return 0 // GOGC=off: no goal (Go scavenges then only under a memory limit)
	}
	retained := h.heapInUse
	for f := h.free; f != nil; f = f.next {
		if !f.released {
			retained += uint64(f.npages << pageShift)
		}
	}
	// Go: lastHeapInUse * (heapGoal / lastHeapGoal), in floating point; here in units of
	// 4 KiB, whose product stays below 2^64 for heaps below 2^44 bytes
	last := lastGoal >> 12
	if last == 0 {
		last = 1
	}
	goal := (lastInUse >> 12) * (heapGoal >> 12) / last << 12
	goal += goal / 100 * retainExtraPercent
	var released uint64
	// down from the top of the arena, span by span (Go's scavenger works down from the
	// highest addresses, and allocates from the bottom up): the free list is pushed at its
	// head and allocSpan takes the first run that fits, so the runs freed last, wherever they
	// are, are the next used again
	for a := h.arenaUsed; a > h.arenaStart && retained > goal; {
		f := *spanslot((a-h.arenaStart)>>pageShift - 1)
		a = f.startAddr
		if f.state != mSpanFree || f.released {
			continue
		}
		if over := uintptr(retained - goal); f.npages<<pageShift > over {
			// only the run's top pages, as many as bring the retained memory to its goal
			// (Go releases what it needs, a chunk at a time, not whole runs): they become a
			// released run of their own
			k := (over + pageSize - 1) >> pageShift
			r := newspan()
			r.startAddr = f.startAddr + (f.npages-k)<<pageShift
			r.npages = k
			r.state = mSpanFree
			f.npages -= k
			setspans(r)
			freelistPush(r)
			f = r
		}
		n := f.npages << pageShift
		sysUnused(unsafe.Pointer(f.startAddr), n)
		h.freeGen++
		f.released = true
		f.needzero = false
		retained -= uint64(n)
		released += uint64(n)
	}
	return released
}

// heapIdle is the bytes of the heap's free runs, and of those released to the kernel (Go's
// memstats heapFree + heapReleased, and heapReleased).
func heapIdle() (idle, released uint64) {
	for f := mheap_.free; f != nil; f = f.next {
		n := uint64(f.npages << pageShift)
		idle += n
		if f.released {
			released += n
		}
	}
	return idle, released
}

// The heap bitmap (Go's heapBits, one bit per word of the heap, as Go kept before 1.22): a
// set bit says the word holds a pointer. heapSetType writes the bits of each object's words
// when it is allocated, from its type's pointer mask (gcdata), and the collector scans the
// words of a marked object whose bits are set (drain's scanblock): heap objects are scanned
// precisely. Nothing clears the bits when an object dies or its pages are freed: the mark
// follows no free object (greyobject), and when one is allocated again heapSetType writes
// every bit of its data. The bits past its data, up to the size class's size, may be stale,
// but those words are zero (freed objects are cleared, fresh spans zeroed) and stay so.
// Each span has its own words of the bitmap (a page is 1024 words: 16 bitmap words),
// written only by the P that allocates from it or with the world stopped.

// heapBitsClear clears the bits of the n bytes at p (8-byte aligned, n a multiple of 8).
func heapBitsClear(p, n uintptr) {
	i := (p - mheap_.arenaStart) / 8
	e := i + n/8
	for i < e && i%8 != 0 {
		*(*uint8)(unsafe.Pointer(mheap_.bitmap + i/8)) &^= 1 << (i % 8)
		i++
	}
	if e-i >= 8 {
		memclrNoHeapPointers(unsafe.Pointer(mheap_.bitmap+i/8), (e-i)/8)
		i += (e - i) &^ 7
	}
	for i < e {
		*(*uint8)(unsafe.Pointer(mheap_.bitmap + i/8)) &^= 1 << (i % 8)
		i++
	}
}

// heapSetType is Go's heapSetType: the bits of the object at x, which holds dataSize bytes
// of values of type t, one after another (an array, a slice's backing, or one value). A type
// of at most 64 words has each value's bits written by setTypeBits, its mask read as a word
// (Go's writeHeapBitsSmall writes a span's bits so); a larger one's bits are cleared, then
// each word of its mask (64 words' bits, the mask padded to a word) is or-ed in, shifted to
// where the value's words are, into the one or two bitmap words it spans. Only set bits are
// written: the words past the object's end belong to the next one.
func heapSetType(x, dataSize uintptr, t *_type) {
	if t.size <= 64*8 {
		for off := uintptr(0); off+t.size <= dataSize; off += t.size {
			setTypeBits(unsafe.Pointer(x+off), t.size, t)
		}
		return
	}
	heapBitsClear(x, dataSize)
	bitmap := mheap_.bitmap
	nmask := (t.ptrdata/8 + 63) / 64
	gc := uintptr(t.gcdata)
	for off := uintptr(0); off+t.size <= dataSize; off += t.size {
		j := (x + off - mheap_.arenaStart) / 8 // the value's first word's bit
		for k := uintptr(0); k < nmask; k++ {
			m := *(*uint64)(unsafe.Pointer(gc + k*8))
			if m != 0 {
				w := (*uint64)(unsafe.Pointer(bitmap + j/64*8))
				sh := j & 63
				*w |= m << sh
				if sh != 0 && m>>((64-sh)&63) != 0 {
					w = (*uint64)(unsafe.Pointer(bitmap + j/64*8 + 8))
					*w |= m >> ((64 - sh) & 63)
				}
			}
			j += 64
		}
	}
}
