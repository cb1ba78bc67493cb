// runtime.ReadMemStats and the heap shrinking (issue 17): fill (on a goroutine) makes 64 MiB of buffers and
// 100,000 nodes, all live, then main drops them and calls runtime.GC(). What is
// printed are relations Go's MemStats keeps (its counters only grow, the heap's parts add up,
// what was dropped is freed) and what any collector must find; the figures differ between
// runtimes and runs. With WAIT set the program sleeps after its collection, so that a test
// can read its resident memory (ScavengeTest: the heap's free pages go back to the kernel).
package main

import (
	"os"
	"runtime"
	"time"
)

type node struct {
	next *node
	buf  [120]byte
}

// Both in global arrays, not in slices' backing arrays or a linked list: then a stale word
// that a conservative collector takes for a pointer keeps one buffer or node, never all.
var keep [64][]byte
var nodes [100000]*node

//go:noinline
func fill() {
	for i := 0; i < 64; i++ {
		b := make([]byte, 1<<20)
		for j := 0; j < len(b); j += 4096 {
			b[j] = 1
		}
		keep[i] = b
	}
	for i := range nodes {
		nodes[i] = &node{}
	}
}

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	println("start: enabled", m.EnableGC, "goal >= 4 MiB", m.NextGC >= 4<<20, "sizes", m.BySize[1].Size, m.BySize[60].Size)
	mallocs0, total0 := m.Mallocs, m.TotalAlloc

	// fill runs on a goroutine of its own, which has ended by the collection: its frames'
	// stale words are on no stack the collector scans
	done := make(chan bool)
	go func() {
		fill()
		done <- true
	}()
	<-done
	runtime.ReadMemStats(&m)
	println("live: heap >= 64 MiB", m.HeapAlloc >= 64<<20, "alloc = heap", m.Alloc == m.HeapAlloc,
		"in use >= alloc", m.HeapInuse >= m.HeapAlloc, "sys >= heap sys", m.Sys >= m.HeapSys,
		"heap sys = in use + idle", m.HeapSys == m.HeapInuse+m.HeapIdle)
	println("counted: mallocs", m.Mallocs-mallocs0 >= 100064, "total", m.TotalAlloc-total0 >= 64<<20+100000*128,
		"objects", m.HeapObjects == m.Mallocs-m.Frees)
	// &node{} is one allocation (node, 128 bytes, is kept in memory: rt0gen made a second
	// object and copied it into the first)
	println("allocations per &node{}:", (m.Mallocs-mallocs0-64)/100000, "bytes per &node{}:", (m.TotalAlloc-total0-64<<20)/100000)
	numgc := m.NumGC

	keep = [64][]byte{}
	nodes = [100000]*node{}
	runtime.GC()
	runtime.ReadMemStats(&m)
	// Go's keeps some kilobytes; rt0gen's scans stacks conservatively, and a stale word keeps
	// a buffer now and then
	println("after GC: heap < 16 MiB", m.HeapAlloc < 16<<20, "forced", m.NumForcedGC, "one more", m.NumGC >= numgc+1,
		"frees", m.Frees >= 100064, "objects", m.HeapObjects == m.Mallocs-m.Frees)
	last := m.PauseNs[(m.NumGC+255)%256]
	println("pauses: total", m.PauseTotalNs > 0 && m.PauseTotalNs >= last, "last end", m.PauseEnd[(m.NumGC+255)%256] == m.LastGC,
		"last gc after 2023", m.LastGC > 1700000000e9, "idle >= released", m.HeapIdle >= m.HeapReleased,
		"fraction", m.GCCPUFraction >= 0 && m.GCCPUFraction < 1)
	if os.Getenv("WAIT") != "" {
		println("waiting")
		time.Sleep(3 * time.Second)
	}
}
