package runtime

import "unsafe"

// malloc.go: allocation (Go's runtime/malloc.go, reduced).
//
// mallocgc takes an object of a size class from the current P's span of that class (mheap.go:
// Go's mcache, no lock), or a span of its own for a large object; the garbage collector
// (mgc.go) frees what nothing reaches. An allocation whose type has no pointers (typ nil, or
// ptrdata 0: Go's noscan) goes to spans the collector does not scan. When the heap has grown
// to its goal, the allocation that finds its span full then runs a collection (Go's
// shouldhelpgc and gcTrigger).

const (
	// heapAddrBits is the number of bits in a heap address (48 on linux/amd64).
	heapAddrBits = 48

	// maxAlloc is the maximum size of an allocation: 1 << heapAddrBits on 64-bit (Go's;
	// makeslice, growslice and rawruneslice check against it).
	maxAlloc = 1 << heapAddrBits

	// maxTinySize is Go's (_TinySize): the size of a tiny block, which objects smaller than
	// it without pointers share (mallocgc).
	maxTinySize = 16
	// tinySpanClass is Go's: the span class of tiny blocks (size class 2, 16 bytes, noscan).
	tinySpanClass = 2<<1 | 1
)

// Linux's mmap flags (sys_linux_amd64.s's sysMmap takes them).
const (
	_PROT_NONE     = 0x0
	_PROT_READ     = 0x1
	_PROT_WRITE    = 0x2
	_MAP_PRIVATE   = 0x2
	_MAP_ANONYMOUS = 0x20
	_MAP_NORESERVE = 0x4000
	_MADV_DONTNEED = 0x4 // madvise's: the pages go back to the kernel (sysUnused)
)

var (
	// zerobase is the address of every zero-sized allocation, as in Go.
	zerobase uintptr

	// sysalloc_bytes counts every byte the runtime has mapped or taken from the arena (oom
	// prints it).
	sysalloc_bytes uint64

	// GODEBUG=inittrace=1: while runtime.main runs a package's init, mallocgc counts its
	// bytes and allocations (Go's inittrace.bytes, .allocs; sizes here are rounded to 8,
	// not to Go's size classes).
	inittrace_active                 bool
	inittrace_bytes, inittrace_allocs uint64
)

// mallocgc allocates size bytes of zeroed memory (Go's mallocgc; typ is the allocation's type
// descriptor, nil for memory without pointers). An object under maxTinySize bytes without
// pointers is cut from the current P's tiny block (Go's mallocgcTiny); another small object is
// the next free object of the current P's span of its size class (Go's nextFreeFast). Those
// two paths call nothing, so that the back end keeps their values in registers: what is
// slower is in the functions they end with (mallocgcTinyBlock, mallocgcSmall, mallocgcOther).
func mallocgc(size uintptr, typ unsafe.Pointer, needzero bool) unsafe.Pointer {
	pp := getg().m.p
	if size-1 >= maxSmallSize || pp == nil || inittrace_active {
		return mallocgcOther(pp, size, typ) // zero-size, large, on an M without a P, traced
	}
	noscan := typ == nil || (*_type)(typ).ptrdata == 0
	if noscan && size < maxTinySize {
		// Go's tiny allocator: the object goes into the P's 16-byte block, aligned as its
		// size allows (8, 4 or 2), if it fits after what the block holds; the block is freed
		// when nothing reaches any of its objects. The alignment is size's lowest set bit
		// (size < 16: 1, 2, 4 or 8), Go's chain of tests on size&7, size&3 and size&1
		// without its branches, which mispredict when sizes vary.
		align := size & -size
		off := (pp.tinyoffset + align - 1) &^ (align - 1)
		if off+size <= maxTinySize && pp.tiny != 0 {
			pp.tinyoffset = off + size
			pp.tinyAllocs++
			return unsafe.Pointer(pp.tiny + off)
		}
		return mallocgcTinyBlock(pp, size)
	}
	var spc uintptr
	if size <= smallSizeMax-8 {
		spc = uintptr(sizeToSizeClass8[(size+smallSizeDiv-1)/smallSizeDiv]) << 1
	} else {
		spc = uintptr(sizeToSizeClass128[(size-smallSizeMax+largeSizeDiv-1)/largeSizeDiv]) << 1
	}
	if noscan {
		spc |= 1
	}
	if s := pp.mcache[spc]; s != nil && s.nfree != 0 {
		// Go's nextFreeFast: the object at freeindex, when its allocBit is clear; free
		// objects are zero (the sweep clears those that die)
		i := s.freeindex
		if s.allocBits[i/64]&(uint64(1)<<(i%64)) == 0 {
			s.freeindex = i + 1
			s.nfree--
			v := unsafe.Pointer(s.startAddr + i*s.elemsize)
			if !noscan && s.typ != (*_type)(typ) {
				return typeObject(s, v, size, (*_type)(typ))
			}
			return v
		}
	}
	return mallocgcSmall(pp, size, typ, noscan)
}

// mallocgcTinyBlock is the rest of Go's mallocgcTiny: a new 16-byte block (Go's tinySpanClass:
// the 16-byte class, noscan; free objects are zero) for an object of size bytes, which
// becomes the P's tiny block if it has more room left than the P's. The block is taken as
// mallocgc's fast path takes an object (repeated here: a call from mallocgc's fast path to a
// shared one would make the back end keep mallocgc's values on the stack).
func mallocgcTinyBlock(pp *p, size uintptr) unsafe.Pointer {
	var v unsafe.Pointer
	if s := pp.mcache[tinySpanClass]; s != nil && s.nfree != 0 && s.allocBits[s.freeindex/64]&(uint64(1)<<(s.freeindex%64)) == 0 {
		i := s.freeindex
		s.freeindex = i + 1
		s.nfree--
		v = unsafe.Pointer(s.startAddr + i*s.elemsize)
	} else {
		v = mallocgcSmall(pp, maxTinySize, nil, true)
		// (that may have collected, which empties every P's tiny block, or moved)
		if pp = getg().m.p; pp == nil {
			return v
		}
	}
	if size < pp.tinyoffset || pp.tiny == 0 {
		pp.tiny = uintptr(v)
		pp.tinyoffset = size
	}
	return v
}

// mallocgcSmall is mallocgc of a small object when the P's span of the class has no free
// object at freeindex: the next one further on (nextFree), or, when the span is full, one
// from mallocgcSlow.
func mallocgcSmall(pp *p, size uintptr, typ unsafe.Pointer, noscan bool) unsafe.Pointer {
	var v unsafe.Pointer
	spc := sizeclass(size) << 1
	if noscan {
		spc |= 1
	}
	if s := pp.mcache[spc]; s != nil && s.nfree != 0 {
		v = nextFree(s)
	} else {
		return mallocgcSlow(pp, size, typ, noscan)
	}
	if !noscan {
		return typeObject(spanOf(v), v, size, (*_type)(typ))
	}
	return v
}

// mallocgcOther is mallocgc of an object of no size (Go: they all share zerobase's address),
// of a large object, on an M without a P, and while GODEBUG=inittrace=1 counts: no tiny block
// and no fast path, mallocgcSlow.
func mallocgcOther(pp *p, size uintptr, typ unsafe.Pointer) unsafe.Pointer {
	if size == 0 {
		return unsafe.Pointer(&zerobase)
	}
	if inittrace_active {
		inittraceAlloc(size)
	}
	return mallocgcSlow(pp, size, typ, typ == nil || (*_type)(typ).ptrdata == 0)
}

// releaseTiny is the tiny part of Go's mcache.releaseAll, with the world stopped (a
// collection, a P destroyed, ReadMemStats): pp's tiny block is dropped (the sweep may free
// it), and its count of objects cut from blocks goes to the heap's (Go's tinyAllocs, which
// MemStats counts as allocated and freed at once).
func releaseTiny(pp *p) {
	pp.tiny = 0
	pp.tinyoffset = 0
	mheap_.tinyAllocs += pp.tinyAllocs
	pp.tinyAllocs = 0
}

// typeObject writes the heap bits of the object v of size bytes of type t, taken from span
// s, and returns v. mallocgc calls it only when s is not typed t (s.typ): every object of a
// span typed t already has t's bits, which nothing clears (a free object's bits are never
// read), so an object of type t taken from it needs none written, the common case of a
// span that holds one type. The first object taken from a new span (every other object of
// it free) types the span when t fills the size class exactly and its words divide 64
// (t.size is elemsize: 8, 16, 32, ... 512 bytes): every object's bits are written at once,
// a few whole bitmap words (typeSpan). Bits of any other type written into a span leave it
// untyped for good (s.typ nil).
func typeObject(s *mspan, v unsafe.Pointer, size uintptr, t *_type) unsafe.Pointer {
	if s.nfree == s.nelems-1 && size == s.elemsize && t.size == size && size <= 64*8 && 64%(size/8) == 0 {
		typeSpan(s, t)
		return v
	}
	setTypeBits(v, size, t)
	s.typ = nil
	return v
}

// typeSpan writes t's heap bits for every object of s and types s. t.size is s.elemsize,
// whose words divide 64 (the classes of 8, 16, 32, ... 512 bytes), so the bits repeat in
// every bitmap word: whole words of the repeated mask (a span starts on a page, whose bits
// start a bitmap word). (Other classes would need their objects' bits one by one: as dear
// as writing each object's bits as it is allocated, and wasted on the objects never
// allocated and wherever another type comes.)
func typeSpan(s *mspan, t *_type) {
	tw := s.elemsize / 8
	m := *(*uint64)(t.gcdata) & (^uint64(0) >> ((64 - tw) & 63))
	unit := uint64(0)
	for k := uintptr(0); k < 64; k += tw {
		unit |= m << (k & 63)
	}
	w := mheap_.bitmap + (s.startAddr-mheap_.arenaStart)/8/64*8
	for end := w + s.nelems*tw/64*8; w < end; w += 8 {
		*(*uint64)(unsafe.Pointer(w)) = unit
	}
	s.typ = t
}

// setTypeBits writes the heap bits of a new object of size bytes of type t (heapSetType).
// One value of at most 64 words, new(T)'s allocation, is written here (and each value of an
// array of them, for heapSetType): its mask is the first word of gcdata (the compiler pads it
// to 8 bytes), or-ed into one or two bitmap words after the value's bits are cleared.
func setTypeBits(v unsafe.Pointer, size uintptr, t *_type) {
	if size != t.size || size > 64*8 {
		heapSetType(uintptr(v), size, t)
		return
	}
	// (every count is masked to 6 bits, and so below 64: the shifts compile to one instruction)
	i := (uintptr(v) - mheap_.arenaStart) / 8
	w := (*uint64)(unsafe.Pointer(mheap_.bitmap + i/64*8))
	sh := i & 63
	tw := size / 8
	full := ^uint64(0) >> ((64 - tw) & 63) // tw is 1 to 64
	mask := *(*uint64)(t.gcdata)
	*w = *w&^(full<<sh) | mask<<sh
	if sh+tw > 64 {
		w = (*uint64)(unsafe.Pointer(mheap_.bitmap + i/64*8 + 8))
		*w = *w&^(full>>((64-sh)&63)) | mask>>((64-sh)&63)
	}
}

// nextFree is Go's nextFree: the first object of s from freeindex on whose allocBit is clear
// (s.nfree != 0: there is one; it is zero). A word of set bits is passed over at once.
func nextFree(s *mspan) unsafe.Pointer {
	i := s.freeindex
	for {
		w := s.allocBits[i/64] >> (i % 64)
		if w&1 == 0 {
			break
		}
		if w == ^uint64(0)>>(i%64) {
			i = (i/64 + 1) * 64
			continue
		}
		i++
	}
	s.freeindex = i + 1
	s.nfree--
	return unsafe.Pointer(s.startAddr + i*s.elemsize)
}

// inittraceAlloc counts an allocation of the goroutine running the package inits (Go:
// if inittrace.active && inittrace.id == getg().goid).
func inittraceAlloc(size uintptr) {
	if getg().goid == 1 {
		inittrace_bytes += uint64(size)
		inittrace_allocs++
	}
}

// mallocgcSlow is mallocgc when pp's span of the class is full, for a large object, or on an
// M without a P (an M starting, sysmon's: mcache0): under sched.lock, a new span for the
// class (refill), or a span of its own (largeAlloc); the object's heap bits (typeObject).
// Then, if the heap has reached its goal and this goroutine may stop the world, a
// collection runs (gcTrigger), at the end as in Go's mallocgc (shouldhelpgc): the new
// object, live across it in this frame (its stack map), survives it, and cannot take the
// memory of an object that died just before it (an address kept as an integer,
// p125_preciseheap, stays distinct from the next one's). The bits are written before: once
// the world starts again the span is no longer this P's (the collection gave every cached
// span back), and another M that takes it allocates from it while this one would still be
// writing them, typeSpan rewriting every object's bits (p122_gcstress with 4 Ps printed a
// wrong tree sum about once in 500 runs; none in 4,600 runs with the bits first).
func mallocgcSlow(pp *p, size uintptr, typ unsafe.Pointer, noscan bool) unsafe.Pointer {
	lock(&sched.lock)
	var v unsafe.Pointer
	var s *mspan
	if size > maxSmallSize {
		v = largeAlloc(size, noscan)
		s = spanOf(v)
	} else {
		spc := sizeclass(size) << 1
		if noscan {
			spc |= 1
		}
		cache := &mcache0
		if pp != nil {
			cache = &pp.mcache
		}
		s = cache[spc]
		if s == nil || s.nfree == 0 {
			s = refill(cache, spc)
		}
		v = nextFree(s)
	}
	// A span new to this P's cache (or to this large object) is cleared, or each of its
	// untouched pages written once, without the lock (Go too clears outside the heap's
	// lock): no other M allocates from it, and the clearing or the page faults held up every
	// M waiting for sched.lock meanwhile (bench/programs/scale with 2 Ps: the M running the
	// goroutines stalled behind the M making them: 56,000-87,000 Gs made in a run of a
	// million, Go's binary 20,000-34,000). mcache0's spans are shared by the Ms without a P:
	// under the lock.
	clear, fresh := s.needzero, s.fresh
	s.needzero, s.fresh = false, false
	if pp == nil {
		spanPrepare(s, clear, fresh)
	}
	unlock(&sched.lock)
	if pp != nil {
		spanPrepare(s, clear, fresh)
	}
	if !noscan {
		typeObject(s, v, size, (*_type)(typ))
	}
	if gcShouldStart() {
		gcStart(false)
	}
	return v
}

// spanPrepare clears s's pages (clear) or writes each once (fresh) before s's objects are used.
func spanPrepare(s *mspan, clear, fresh bool) {
	if clear {
		memclrNoHeapPointers(unsafe.Pointer(s.startAddr), s.npages<<pageShift)
	} else if fresh {
		prefault(unsafe.Pointer(s.startAddr), s.npages<<pageShift)
	}
}

// prefault writes a zero word into each page of n fresh bytes at p, which the P will
// allocate from soon. Compiled code reads a pointer's first byte before it stores through it
// (its nil check): a first read of a fresh page maps the kernel's shared zero page, and the
// store after it copies that page and, once the program has several threads, flushes the
// other CPUs' TLBs (an interrupt to each). A first write maps a fresh page at once.
func prefault(p unsafe.Pointer, n uintptr) {
	for off := uintptr(0); off < n; off += 4096 {
		*(*uintptr)(unsafe.Add(p, off)) = 0
	}
}

// (_type, the type descriptor newobject reads the size of, is in type.go.)

// The descriptors of the runtime's own allocations of types it cannot name with new(T) (an
// array of a length known at run time; rt0gen's runtime may not make a slice, ABI.md): a
// string (the array of os.Args and of the environment), and a word that may be a pointer (a
// goroutine's channel scratch block, which holds elements of any type: a collector scans its
// words as possible pointers). Every allocation is typed with a descriptor or is
// pointer-free (typ == nil, Go's noscan), a test of the generator's checks (MallocTypesTest).
var (
	stringType, pointerType _type
	gcbitsFirstWord         uint64 // a mask is read as a word (setTypeBits)
)

// mallocinit is Go's, reduced to the descriptors above (gcdata cannot be static data: the
// address of a variable is set at run time).
func mallocinit() {
	gcbitsFirstWord = 1
	stringType.size = 16
	stringType.ptrdata = 8
	stringType.gcdata = unsafe.Pointer(&gcbitsFirstWord)
	pointerType.size = 8
	pointerType.ptrdata = 8
	pointerType.gcdata = unsafe.Pointer(&gcbitsFirstWord)
}

// newobject is Go's newobject, the allocation of new(T) and of escaping variables: the
// type's size (ptrdata and gcdata are the pointer layout a collector will read).
func newobject(typ *_type) unsafe.Pointer {
	return mallocgc(typ.size, unsafe.Pointer(typ), true)
}

// sysAlloc returns n bytes of fresh zeroed memory from mmap, or dies of oom. Every mapping
// the runtime makes (heap chunks, large objects, goroutine stacks) comes from here.
func sysAlloc(n uintptr) unsafe.Pointer {
	p, err := sysMmap(nil, n, _PROT_READ|_PROT_WRITE, _MAP_PRIVATE|_MAP_ANONYMOUS|_MAP_NORESERVE, -1, 0)
	if err != 0 {
		oom(n)
	}
	sysalloc_bytes += uint64(n)
	return p
}
