// Package math/bits, which rt0gen compiles from Go: every function over edge values and
// pseudo-random ones, folded into FNV-1a hashes (one per group of functions), equal to Go's
// binary; and the panics of Div and Rem (division by zero, quotient overflow), recovered and
// printed.
package main

import "math/bits"

type fnv uint64

func (h *fnv) add(x uint64) {
	for i := 0; i < 8; i++ {
		*h = (*h ^ fnv(byte(x>>(8*i)))) * 1099511628211
	}
}

func newFnv() fnv { return 14695981039346656037 }

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

func main() {
	var xs []uint64
	for _, x := range []uint64{0, 1, 2, 3, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x7fffffff, 0x80000000, 0xffffffff,
		1 << 32, 1<<63 - 1, 1 << 63, 1<<64 - 1, 0x0123456789abcdef} {
		xs = append(xs, x)
	}
	seed := uint64(88172645463325252)
	for i := 0; i < 20000; i++ {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		xs = append(xs, seed>>(seed%64))
	}
	counts, rotates, reverses, adds, muls, divs := newFnv(), newFnv(), newFnv(), newFnv(), newFnv(), newFnv()
	for i, x := range xs {
		y := xs[(i*7+3)%len(xs)]
		counts.add(uint64(bits.LeadingZeros(uint(x))<<48 | bits.LeadingZeros8(uint8(x))<<40 | bits.LeadingZeros16(uint16(x))<<32 |
			bits.LeadingZeros32(uint32(x))<<24 | bits.LeadingZeros64(x)<<16 | bits.Len(uint(x))<<8 | bits.Len8(uint8(x))))
		counts.add(uint64(bits.TrailingZeros(uint(x))<<48 | bits.TrailingZeros8(uint8(x))<<40 | bits.TrailingZeros16(uint16(x))<<32 |
			bits.TrailingZeros32(uint32(x))<<24 | bits.TrailingZeros64(x)<<16 | bits.Len16(uint16(x))<<8 | bits.Len32(uint32(x))))
		counts.add(uint64(bits.OnesCount(uint(x))<<48 | bits.OnesCount8(uint8(x))<<40 | bits.OnesCount16(uint16(x))<<32 |
			bits.OnesCount32(uint32(x))<<24 | bits.OnesCount64(x)<<16 | bits.Len64(x)))
		k := int(y%200) - 100
		rotates.add(uint64(bits.RotateLeft(uint(x), k)))
		rotates.add(uint64(bits.RotateLeft8(uint8(x), k)) | uint64(bits.RotateLeft16(uint16(x), k))<<8 | uint64(bits.RotateLeft32(uint32(x), k))<<24)
		rotates.add(bits.RotateLeft64(x, k))
		reverses.add(uint64(bits.Reverse(uint(x))))
		reverses.add(uint64(bits.Reverse8(uint8(x))) | uint64(bits.Reverse16(uint16(x)))<<8 | uint64(bits.Reverse32(uint32(x)))<<24)
		reverses.add(bits.Reverse64(x))
		reverses.add(uint64(bits.ReverseBytes(uint(x))))
		reverses.add(uint64(bits.ReverseBytes16(uint16(x))) | uint64(bits.ReverseBytes32(uint32(x)))<<16)
		reverses.add(bits.ReverseBytes64(x))
		for c := uint64(0); c < 2; c++ {
			s, co := bits.Add64(x, y, c)
			adds.add(s)
			adds.add(co)
			s32, co32 := bits.Add32(uint32(x), uint32(y), uint32(c))
			adds.add(uint64(s32)<<1 | uint64(co32))
			su, cu := bits.Add(uint(x), uint(y), uint(c))
			adds.add(uint64(su) ^ uint64(cu))
			d, bo := bits.Sub64(x, y, c)
			adds.add(d)
			adds.add(bo)
			d32, bo32 := bits.Sub32(uint32(x), uint32(y), uint32(c))
			adds.add(uint64(d32)<<1 | uint64(bo32))
			du, bu := bits.Sub(uint(x), uint(y), uint(c))
			adds.add(uint64(du) ^ uint64(bu))
		}
		hi, lo := bits.Mul64(x, y)
		muls.add(hi)
		muls.add(lo)
		h32, l32 := bits.Mul32(uint32(x), uint32(y))
		muls.add(uint64(h32)<<32 | uint64(l32))
		hu, lu := bits.Mul(uint(x), uint(y))
		muls.add(uint64(hu) ^ uint64(lu))
		if y != 0 {
			// (hi, lo) / y with hi < y: x's high part reduced below y
			q, r := bits.Div64(hi%y, lo, y)
			divs.add(q)
			divs.add(r)
			divs.add(bits.Rem64(hi, lo, y))
			qu, ru := bits.Div(uint(hi%y), uint(lo), uint(y))
			divs.add(uint64(qu) ^ uint64(ru) ^ uint64(bits.Rem(uint(hi), uint(lo), uint(y))))
		}
		if y32 := uint32(y); y32 != 0 {
			q32, r32 := bits.Div32(uint32(x)%y32, uint32(x>>32), y32)
			divs.add(uint64(q32)<<32 | uint64(r32))
			divs.add(uint64(bits.Rem32(uint32(x), uint32(x>>32), y32)))
		}
	}
	println("values", len(xs), bits.UintSize)
	println("counts", uint64(counts), "rotates", uint64(rotates), "reverses", uint64(reverses))
	println("adds", uint64(adds), "muls", uint64(muls), "divs", uint64(divs))

	q, r := bits.Div64(1, 0, 1<<63|1)
	println(q, r, bits.Len64(0), bits.TrailingZeros64(0), bits.RotateLeft8(0x81, -1), b2u(bits.OnesCount64(1<<64-1) == 64))
	try("Div64 by zero", func() { bits.Div64(0, 1, 0) })
	try("Div64 overflow", func() { bits.Div64(5, 1, 5) })
	try("Div32 by zero", func() { bits.Div32(0, 1, 0) })
	try("Div32 overflow", func() { bits.Div32(7, 1, 3) })
	try("Div overflow", func() { bits.Div(1, 0, 1) })
	try("Rem64 by zero", func() { bits.Rem64(3, 1, 0) })
	try("Rem32 by zero", func() { bits.Rem32(3, 1, 0) })
	try("Rem64 of a large quotient", func() { println(bits.Rem64(10, 3, 3)) })
}

// try runs f and prints what it panicked with, if anything.
func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(what+":", r.(error).Error())
		}
	}()
	f()
	println(what + ": no panic")
}
