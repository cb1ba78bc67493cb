package runtime

// mstats.go: the heap's statistics (Go's runtime/mstats.go, reduced to what rt0gen's heap
// keeps).

// A MemStats records statistics about the memory allocator: Go's struct, field for field.
// ReadMemStats fills what rt0gen's heap counts (see there); Lookups, MCacheInuse,
// MCacheSys, BuckHashSys, GCSys, OtherSys, DebugGC and BySize's Mallocs and Frees read 0.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// The collections' history for MemStats (Go's memstats.pause_ns, pause_end, numforcedgc):
// a ring of the last 256, written by gcStart.
var (
	gcPauseNs, gcPauseEnd [256]uint64
	numforcedgc           uint32
	gcLastEnd             uint64
)

// ReadMemStats is Go's: it stops the world (so that no P allocates from its cache meanwhile)
// and fills m. Alloc and HeapAlloc are the bytes of allocated objects: heapLive less the free
// objects of the spans the Ps cache; Sys is every byte the runtime has mapped or taken from
// the heap's arena (sysalloc_bytes); HeapIdle is the free page runs, HeapReleased those given
// back to the kernel (scavenge).
func ReadMemStats(m *MemStats) {
	for !atomicCas(&worldsema, 0, 1) {
		Gosched()
	}
	stopTheWorld()
	lock(&sched.lock)
	h := &mheap_
	alloc := h.heapLive
	for i := 0; i < gomaxprocs; i++ {
		if pp := allpslot(i); pp != nil {
			alloc -= flushStats(&pp.mcache)
			h.tinyAllocs += pp.tinyAllocs // Go: MemStats counts each tiny object allocated and freed
			pp.tinyAllocs = 0
		}
	}
	alloc -= flushStats(&mcache0)
	idle, released := heapIdle()
	m.Alloc = alloc
	m.TotalAlloc = h.totalAlloc
	m.Sys = sysalloc_bytes
	m.Mallocs = h.nmalloc + h.tinyAllocs
	m.Frees = h.nfree + h.tinyAllocs
	m.HeapAlloc = alloc
	m.HeapSys = h.heapInUse + idle
	m.HeapIdle = idle
	m.HeapInuse = h.heapInUse
	m.HeapReleased = released
	m.HeapObjects = h.nmalloc - h.nfree
	m.StackInuse = h.stackInUse
	m.StackSys = h.stackInUse
	m.NextGC = heapGoal
	m.LastGC = gcLastEnd
	m.PauseTotalNs = gcPauseTotal
	m.PauseNs = gcPauseNs
	m.PauseEnd = gcPauseEnd
	m.NumGC = numgc
	m.NumForcedGC = numforcedgc
	if elapsed := nanotime1() - runtimeInitTime; elapsed > 0 {
		m.GCCPUFraction = float64(gcCPU) / (float64(elapsed) * float64(gomaxprocs))
	}
	m.EnableGC = true
	for i := 0; i < len(m.BySize); i++ {
		m.BySize[i].Size = uint32(sizeClassToSize[i])
	}
	runnable := procresize(gomaxprocs)
	startTheWorld(runnable)
	unlock(&sched.lock)
	worldsema = 0
}

// flushStats counts what the cache's spans allocated (uncache) and returns the bytes of their
// free objects, which heapLive counts as allocated.
func flushStats(cache *[numSpanClasses]*mspan) uint64 {
	var free uint64
	for i := 0; i < numSpanClasses; i++ {
		if s := cache[i]; s != nil {
			uncache(s)
			free += uint64(s.nfree * s.elemsize)
		}
	}
	return free
}

// MemProfileRate is Go's (mprof.go): the average number of bytes allocated between two
// allocations the memory profiler records; 0 turns profiling off, 1 records every
// allocation. rt0gen has no memory profiler (no runtime.MemProfile, no pprof), so nothing
// reads it: a program may set it, as Go's test programs do before measuring memory, and read
// back what it set. schedinit sets it to 0 (disableMemoryProfiling), as Go's does.
var MemProfileRate int = 512 * 1024

// disableMemoryProfiling is Go's: Go's linker sets it when the program cannot read a memory
// profile (it does not use runtime.MemProfile), and schedinit then sets MemProfileRate to 0,
// so that such a program starts with 0. No rt0gen program can read one.
const disableMemoryProfiling = true
