// Precise heap scanning (issue 17): the words of a heap object that its type says are not
// pointers keep nothing alive, whatever their values. A holder (a type with a pointer, so the
// collector scans it) keeps the addresses of 64 buffers of 1 MiB as integers; once the
// buffers are dropped, a collection frees them, as Go's does. A conservative scan of the
// holder would take each integer for a pointer and keep all 64 MiB.
package main

import (
	"runtime"
	"unsafe"
)

type holder struct {
	next  *holder
	addrs [64]uintptr
	sum   int
}

var h *holder

// fill runs on a goroutine of its own, which has ended by the collection: its frames' stale
// words are on no stack the collector scans.
//
//go:noinline
func fill() {
	for i := 0; i < 64; i++ {
		b := make([]byte, 1<<20)
		b[i] = byte(i)
		h.addrs[i] = uintptr(unsafe.Pointer(&b[0]))
		h.sum += int(b[i])
	}
	// and one buffer held by a pointer, which stays
	h.next = &holder{sum: 1}
}

func main() {
	h = new(holder)
	done := make(chan bool)
	go func() {
		fill()
		done <- true
	}()
	<-done
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	println("after GC: buffers held only as integers freed", m.HeapAlloc < 16<<20)
	distinct := true
	for i := 1; i < 64; i++ {
		if h.addrs[i] == h.addrs[i-1] {
			distinct = false
		}
	}
	println("addresses kept", h.addrs[0] != 0 && h.addrs[63] != 0, "distinct", distinct, "sum", h.sum, "next", h.next.sum)
}
