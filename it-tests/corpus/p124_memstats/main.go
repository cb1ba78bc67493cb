// runtime.ReadMemStats and the heap shrinking (issue 17): fill makes 64 MiB of buffers and a
// list of 100,000 nodes, all live, then main drops them and calls runtime.GC(). What is
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

var keep [][]byte
var list *node

//go:noinline
func fill() {
	for i := 0; i < 64; i++ {
		b := make([]byte, 1<<20)
		for j := 0; j < len(b); j += 4096 {
			b[j] = 1
		}
		keep = append(keep, b)
	}
	for i := 0; i < 100000; i++ {
		list = &node{next: list}
	}
}

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	println("start: enabled", m.EnableGC, "goal >= 4 MiB", m.NextGC >= 4<<20, "sizes", m.BySize[1].Size, m.BySize[60].Size)
	mallocs0, total0 := m.Mallocs, m.TotalAlloc

	fill()
	runtime.ReadMemStats(&m)
	println("live: heap >= 64 MiB", m.HeapAlloc >= 64<<20, "alloc = heap", m.Alloc == m.HeapAlloc,
		"in use >= alloc", m.HeapInuse >= m.HeapAlloc, "sys >= heap sys", m.Sys >= m.HeapSys,
		"heap sys = in use + idle", m.HeapSys == m.HeapInuse+m.HeapIdle)
	println("counted: mallocs", m.Mallocs-mallocs0 >= 100064, "total", m.TotalAlloc-total0 >= 64<<20+100000*128,
		"objects", m.HeapObjects == m.Mallocs-m.Frees)
	numgc := m.NumGC

	keep = nil
	list = nil
	runtime.GC()
	runtime.ReadMemStats(&m)
	println("after GC: heap < 8 MiB", m.HeapAlloc < 8<<20, "forced", m.NumForcedGC, "one more", m.NumGC >= numgc+1,
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
