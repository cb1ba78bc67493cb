package runtime

import "unsafe"

// rand.go: the runtime's random numbers (Go's runtime/rand.go). Go keeps a ChaCha8 generator
// per M, seeded from the 16 AT_RANDOM bytes (startupRand); here one wyrand state for the
// process, seeded at the first call from those bytes and the time stamp counter, so map seeds,
// iteration starts and select's order differ between runs, as in Go.

// startupRand is the address of the kernel's 16 random bytes (auxv AT_RANDOM), set by
// sysauxv (os_linux.go); nil when the kernel gave none. Go: startupRand []byte.
var startupRand unsafe.Pointer

// randstate is the generator's state, 0 before the first call.
var randstate uint64

// rand returns a random uint64 (Go's rand). Here wyrand: the state steps by a constant and
// the 128-bit product of the state and the state xor another constant is folded to 64 bits.
func rand() uint64 {
	s := randstate
	if s == 0 {
		s = uint64(cputicks())
		if startupRand != nil {
			s ^= *(*uint64)(startupRand) ^ *(*uint64)(unsafe.Add(startupRand, 8))
		}
	}
	s += 0xa0761d6478bd642f
	randstate = s
	hi, lo := mul64(s, s^0xe7037ed1a0b428db)
	return hi ^ lo
}

// mul64 returns the 128-bit product of x and y: (hi, lo) (Go's math/bits.Mul64, which gc
// makes one MUL; here in 32-bit halves).
func mul64(x, y uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	x0 := x & mask32
	x1 := x >> 32
	y0 := y & mask32
	y1 := y >> 32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1 := t & mask32
	w2 := t >> 32
	w1 += x0 * y1
	hi = x1*y1 + w2 + w1>>32
	lo = x * y
	return
}

// rand_runtime_rand is rand for package math/rand's top-level functions, which Go 1.20 and
// later seed at random (Go's math/rand declares runtime_rand with //go:linkname to runtime.rand).
//
//go:linkname rand_runtime_rand math/rand.runtime_rand
func rand_runtime_rand() uint64 {
	return rand()
}
