// Precise globals (issue 17): the collector scans only the pointer words of the program's data
// and bss (Go's gcdata and gcbss bitmaps; here a mask per variable, the compiler's). A global
// array of uintptr keeps the addresses of 64 buffers of 1 MiB: once they are dropped, a
// collection frees them, as Go's does; a conservative scan of the globals kept all 64 MiB.
// What the pointer words of the globals hold stays: a pointer in bss, a static slice's array
// in data (a static object whose words the program overwrites), a string, a map.
package main

import (
	"runtime"
	"unsafe"
)

type node struct {
	buf  []byte
	name string
}

var (
	addrs [64]uintptr    // bss, no pointer words
	keep  *[1 << 20]byte // bss, a pointer word
	mixed struct {
		n    uintptr
		p    *node
		tail [3]uintptr
	}
	table = []*node{nil, nil, {name: "static"}} // data: the slice, and its array of pointers
	label string
	index map[int]*node
)

// fill runs on a goroutine of its own, which has ended by the collection: its frames' stale
// words are on no stack the collector scans.
//
//go:noinline
func fill() {
	for i := 0; i < 64; i++ {
		b := make([]byte, 1<<20)
		b[i] = byte(i)
		addrs[i] = uintptr(unsafe.Pointer(&b[0]))
	}
	keep = new([1 << 20]byte)
	keep[7] = 7
	mixed.p = &node{buf: make([]byte, 1<<20)}
	mixed.p.buf[1] = 11
	mixed.n = uintptr(unsafe.Pointer(mixed.p))
	table[1] = &node{buf: make([]byte, 1<<20), name: "heap"}
	table[1].buf[2] = 22
	label = string(append([]byte("built at "), "run time"...))
	index = map[int]*node{3: {buf: make([]byte, 1<<20)}}
	index[3].buf[3] = 33
}

func main() {
	done := make(chan bool)
	go func() {
		fill()
		done <- true
	}()
	<-done
	runtime.GC()
	// garbage over the kept buffers' old places, if they were freed
	for i := 0; i < 16; i++ {
		b := make([]byte, 1<<20)
		for j := range b {
			b[j] = 0xff
		}
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	println("after GC: buffers held only as integers freed", m.HeapAlloc < 16<<20, "kept ones held", m.HeapAlloc >= 4<<20)
	distinct := true
	for i := 1; i < 64; i++ {
		if addrs[i] == addrs[i-1] {
			distinct = false
		}
	}
	println("addresses kept", addrs[0] != 0 && addrs[63] != 0, "distinct", distinct)
	println("keep", keep[7], "mixed", mixed.p.buf[1], mixed.n == uintptr(unsafe.Pointer(mixed.p)))
	println("table", table[0] == nil, table[1].name, table[1].buf[2], table[2].name)
	println("label", label, "index", len(index), index[3].buf[3])
}
