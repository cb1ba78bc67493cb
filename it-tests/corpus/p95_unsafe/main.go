package main

import (
	"runtime"
	"unsafe"
)

type Inner struct {
	B int32
	C int32
}

type T struct {
	A bool
	Inner
	D int64
	E [3]uint16
	F string
	G []byte
}

type P struct {
	X int8
	*Inner
}

var t T
var pt *T

func main() {
	println(unsafe.Sizeof(t), unsafe.Alignof(t), unsafe.Sizeof(t.E), unsafe.Alignof(t.E))
	println(unsafe.Offsetof(t.A), unsafe.Offsetof(t.B), unsafe.Offsetof(t.C), unsafe.Offsetof(t.Inner.C), unsafe.Offsetof(pt.D), unsafe.Offsetof(t.E), unsafe.Offsetof(t.F), unsafe.Offsetof(t.G))
	const sz = unsafe.Sizeof(int16(0)) * 10
	var arr [sz]byte
	println(len(arr), unsafe.Sizeof(arr), unsafe.Sizeof(""), unsafe.Sizeof(1), unsafe.Sizeof(P{}))

	xs := [5]int32{10, 20, 30, 40, 50}
	p := unsafe.Pointer(&xs[0])
	for i := 0; i < len(xs); i++ {
		q := (*int32)(unsafe.Add(p, uintptr(i)*unsafe.Sizeof(xs[0])))
		*q += int32(i)
	}
	println(xs[0], xs[1], xs[2], xs[3], xs[4])
	back := (*int32)(unsafe.Add(unsafe.Pointer(&xs[4]), -8))
	println(*back)
	u := uintptr(p)
	p2 := unsafe.Pointer(u + 4)
	println(*(*int32)(p2), p2 == unsafe.Pointer(&xs[1]), p2 != nil, p == p2)

	s := unsafe.Slice(&xs[1], 3)
	println(len(s), cap(s), s[0], s[2])
	s[1] = 99
	println(xs[2])
	str := "hello, unsafe"
	b := unsafe.Slice(unsafe.StringData(str), len(str))
	println(len(b), string(b[7:]))
	bs := []byte("round trip")
	s2 := unsafe.String(unsafe.SliceData(bs), len(bs))
	println(s2, unsafe.String(&bs[6], uint8(4)))
	var np *int
	println(unsafe.Slice(np, 0) == nil, unsafe.String(nil, 0) == "")
	var zs [4]struct{}
	println(len(unsafe.Slice(&zs[0], 100)))

	tt := &t
	tt.D = 7
	pd := (*int64)(unsafe.Add(unsafe.Pointer(tt), unsafe.Offsetof(tt.D)))
	println(*pd)
	println(runtime.GOOS, runtime.GOARCH)
	runtime.GC()
}
