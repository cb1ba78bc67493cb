// Package rand is Go's math/rand for rt0gen, its top-level functions: since Go 1.20 they draw
// from the runtime's generator, seeded at random for each run (runtime_rand), so no run can
// be repeated, in Go's binary or here. Each function turns those bits into its result with
// Go's algorithm (rand.go): the same rejection loops, the same panics. Not here: Seed (a no-op
// since Go 1.24), the Rand type, NewSource and its generator (whose sequence for a seed is
// Go's own table), Read, ExpFloat64 and NormFloat64.
package rand

// runtime_rand returns 64 random bits (the runtime's rand, by //go:linkname in rand.go).
func runtime_rand() uint64

const rngMask = 1<<63 - 1

// Int63 returns a non-negative random int64.
func Int63() int64 { return int64(runtime_rand() & rngMask) }

// Uint32 returns a random uint32.
func Uint32() uint32 { return uint32(Int63() >> 31) }

// Uint64 returns a random uint64.
func Uint64() uint64 { return runtime_rand() }

// Int31 returns a non-negative random int32.
func Int31() int32 { return int32(Int63() >> 32) }

// Int returns a non-negative random int.
func Int() int {
	u := uint(Int63())
	return int(u << 1 >> 1)
}

// Int63n returns a random int64 in [0, n); it panics if n <= 0.
func Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return Int63() & (n - 1)
	}
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := Int63()
	for v > max {
		v = Int63()
	}
	return v % n
}

// Int31n returns a random int32 in [0, n); it panics if n <= 0.
func Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 {
		return Int31() & (n - 1)
	}
	max := int32((1 << 31) - 1 - (1<<31)%uint32(n))
	v := Int31()
	for v > max {
		v = Int31()
	}
	return v % n
}

// int31n is Go's faster [0, n) for Shuffle (Lemire's multiply and reject).
func int31n(n int32) int32 {
	v := Uint32()
	prod := uint64(v) * uint64(n)
	low := uint32(prod)
	if low < uint32(n) {
		thresh := uint32(-n) % uint32(n)
		for low < thresh {
			v = Uint32()
			prod = uint64(v) * uint64(n)
			low = uint32(prod)
		}
	}
	return int32(prod >> 32)
}

// Intn returns a random int in [0, n); it panics if n <= 0.
func Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n <= 1<<31-1 {
		return int(Int31n(int32(n)))
	}
	return int(Int63n(int64(n)))
}

// Float64 returns a random float64 in [0.0, 1.0).
func Float64() float64 {
again:
	f := float64(Int63()) / (1 << 63)
	if f == 1 {
		goto again // Int63 rounded up to 2^63
	}
	return f
}

// Float32 returns a random float32 in [0.0, 1.0).
func Float32() float32 {
again:
	f := float32(Float64())
	if f == 1 {
		goto again
	}
	return f
}

// Perm returns a random permutation of [0, n) (Go's inside-out shuffle).
func Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle calls swap to put n elements in random order (Fisher-Yates); it panics if n < 0.
func Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	i := n - 1
	for ; i > 1<<31-1-1; i-- {
		j := int(Int63n(int64(i + 1)))
		swap(i, j)
	}
	for ; i > 0; i-- {
		j := int(int31n(int32(i + 1)))
		swap(i, j)
	}
}
