package runtime

import "unsafe"

// malloc.go: the heap (Go's runtime/malloc.go, much reduced).
//
// Go has size classes, spans and a garbage collector. This runtime has a bump allocator over
// chunks and never frees (issue 17 brings a collector): first heap0 in bss, then a new
// mmap'd chunk of heapChunk bytes (or a mapping of its own for a request of heapLarge bytes
// or more) when the current one is full. Each P takes pieces of pieceSize bytes from the
// chunk and allocates from its piece without a lock (Go's per-P mcache); the chunk itself is
// under sched.lock. Memory comes zeroed from the kernel and is never reused, so it stays
// zeroed: needzero is not read.

const (
	heapChunk = 4 << 20       // each mmap'd chunk
	heapLarge = heapChunk / 4 // a request this large gets its own mapping
	heap0Size = 256 << 10     // the first chunk, heap0, in bss
	pieceSize = 64 << 10      // what a P takes from the chunk to allocate from without a lock
)

const (
	// heapAddrBits is the number of bits in a heap address (48 on linux/amd64).
	heapAddrBits = 48

	// maxAlloc is the maximum size of an allocation: 1 << heapAddrBits on 64-bit (Go's;
	// makeslice, growslice and rawruneslice check against it).
	maxAlloc = 1 << heapAddrBits
)

// Linux's mmap flags (sys_linux_amd64.s's sysMmap takes them).
const (
	_PROT_NONE     = 0x0
	_PROT_READ     = 0x1
	_PROT_WRITE    = 0x2
	_MAP_PRIVATE   = 0x2
	_MAP_ANONYMOUS = 0x20
	_MAP_NORESERVE = 0x4000
)

var (
	// zerobase is the address of every zero-sized allocation, as in Go.
	zerobase uintptr

	heap_next, heap_end uintptr // the current chunk's free bytes (each P's piece is in p)

	// sysalloc_bytes counts every byte the runtime has mapped (oom prints it).
	sysalloc_bytes uint64

	// GODEBUG=inittrace=1: while runtime.main runs a package's init, mallocgc counts its
	// bytes and allocations (Go's inittrace.bytes, .allocs; sizes here are rounded to 8,
	// not to Go's size classes).
	inittrace_active                 bool
	inittrace_bytes, inittrace_allocs uint64

	// heap0 is the first chunk, in bss, so the first allocations make no mmap. A large
	// region: api.RuntimeBuild puts it after every other variable in bss.
	heap0 [heap0Size]byte
)

// mallocgc allocates size bytes of zeroed, 8-aligned memory (Go's mallocgc; typ is the
// allocation's type descriptor, which a collector will read). The fast path bumps the current
// P's piece of the heap (Go's mcache: no lock); mallocgcSlow finds a new one.
func mallocgc(size uintptr, typ unsafe.Pointer, needzero bool) unsafe.Pointer {
	size = (size + 7) &^ 7
	if size == 0 {
		return unsafe.Pointer(&zerobase) // Go: zero-sized objects share zerobase
	}
	if inittrace_active {
		inittraceAlloc(size)
	}
	pp := getg().m.p
	if pp != nil {
		p := pp.heap_next
		if size <= pp.heap_end-p {
			pp.heap_next = p + size
			return unsafe.Pointer(p)
		}
	} else if !mainStarted {
		// Go's mcache0: m0 before its first P, the only thread (runtime.main makes the
		// others), allocates from the heap's chunk without the lock.
		p := heap_next
		if size <= heap_end-p {
			heap_next = p + size
			return unsafe.Pointer(p)
		}
	}
	return mallocgcSlow(pp, size)
}

// inittraceAlloc counts an allocation of the goroutine running the package inits (Go:
// if inittrace.active && inittrace.id == getg().goid).
func inittraceAlloc(size uintptr) {
	if getg().goid == 1 {
		inittrace_bytes += uint64(size)
		inittrace_allocs++
	}
}

// mallocgcSlow is mallocgc when pp's piece is too small, or when the M has no P (an M
// starting, sysmon's), under sched.lock (Go's mheap_.lock): a large object gets a mapping of
// its own; an M without a P, or a request bigger than a quarter of a piece, allocates from
// the heap's current chunk; else pp gets a new piece of pieceSize bytes from it (Go's mcache
// refilling from mcentral) and allocates from that.
func mallocgcSlow(pp *p, size uintptr) unsafe.Pointer {
	lock(&sched.lock)
	var p unsafe.Pointer
	if size >= heapLarge {
		p = sysAlloc(size) // a large object gets its own mapping; the chunk stays current
	} else if pp == nil || size > pieceSize/4 {
		p = heapalloc(size)
	} else {
		p = heapalloc(pieceSize)
		pp.heap_next = uintptr(p) + size
		pp.heap_end = uintptr(p) + pieceSize
		if uintptr(p)-uintptr(unsafe.Pointer(&heap0)) >= heap0Size {
			prefault(p, pieceSize)
		}
	}
	unlock(&sched.lock)
	return p
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

// heapalloc takes size bytes from the heap's current chunk, under sched.lock: first heap0 (in
// pages start-up touches anyway: no mmap), then a fresh mmap'd chunk of heapChunk bytes
// whenever the current one is too small (what was left of it is dropped).
func heapalloc(size uintptr) unsafe.Pointer {
	if heap_end == 0 {
		heap_next = uintptr(unsafe.Pointer(&heap0))
		heap_end = heap_next + heap0Size
	}
	p := heap_next
	if size > heap_end-p {
		p = uintptr(sysAlloc(heapChunk))
		heap_end = p + heapChunk
	}
	heap_next = p + size
	return unsafe.Pointer(p)
}

// (_type, the type descriptor newobject reads the size of, is in type.go.)

// The descriptors of the runtime's own allocations of types it cannot name with new(T) (an
// array of a length known at run time; rt0gen's runtime may not make a slice, ABI.md): a
// string (the array of os.Args and of the environment), and a word that may be a pointer
// (allp, a goroutine's channel scratch block, which holds elements of any type: a collector
// scans its words as possible pointers). Every allocation is typed with a descriptor or is
// pointer-free (typ == nil, Go's noscan), a test of the generator's checks (MallocTypesTest).
var (
	stringType, pointerType _type
	gcbitsFirstWord         byte
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
