package main

import "unsafe"

// Lengths that unsafe.Slice accepts, then one it does not: a uint64 past MaxInt64 is a
// negative int, and Go panics with "unsafe.Slice: len out of range".
func window(buf []uint32, n uint64) []uint32 {
	return unsafe.Slice(unsafe.SliceData(buf), n)
}

func main() {
	buf := make([]uint32, 8, 16)
	for i := range buf {
		buf[i] = uint32(i * i)
	}
	for _, n := range []uint64{0, 3, 16} {
		w := window(buf, n)
		println(len(w), cap(w))
	}
	s := unsafe.String(nil, 0)
	println(len(s), unsafe.StringData(s) == nil)
	var n uint64 = 1 << 63
	w := window(buf, n)
	println("unreachable", len(w))
}
