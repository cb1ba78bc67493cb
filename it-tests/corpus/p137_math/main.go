// Package math, the part rt0gen compiles from Go (the constants and the exact functions):
// each function on special values (±0, ±Inf, NaN, halves, the limits, denormals) printed, and
// on a million pseudo-random bit patterns hashed (FNV-1a of the result's bits), equal to Go's
// binary, whose Floor, Ceil and Trunc are ROUNDSD instructions on amd64.
package main

import "math"

type fnv uint64

func (h *fnv) add(x uint64) {
	for i := 0; i < 8; i++ {
		*h = (*h ^ fnv(byte(x>>(8*i)))) * 1099511628211
	}
}

func bits(x float64) uint64 { return math.Float64bits(x) }

func main() {
	println(math.Pi, math.E, math.Sqrt2, math.Ln2, math.Log2E, math.Log10E, math.Phi)
	println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt16, math.MaxInt32, math.MinInt64, uint64(math.MaxUint64), math.MaxUint32, math.MaxUint16, math.MaxUint8)
	println(bits(math.NaN()), bits(math.Inf(1)), bits(math.Inf(-1)), bits(math.Inf(0)))

	negZero := math.Copysign(0, -1)
	specials := []float64{0, negZero, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994,
		1, -1, 1e300, -1e300, 4503599627370495.5, -4503599627370496.5, 1 << 52, 1 << 53,
		math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64,
		math.Inf(1), math.Inf(-1), math.NaN()}
	for _, x := range specials {
		i, f := math.Modf(x)
		println(x, math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), i, f, math.Abs(x),
			math.Signbit(x), math.IsNaN(x), math.IsInf(x, 0), math.IsInf(x, 1), math.IsInf(x, -1),
			bits(math.Floor(x)), bits(math.Ceil(x)), bits(math.Trunc(x)), bits(math.Round(x)), bits(math.Copysign(3, x)))
	}
	println(math.Float32bits(float32(1.5)), math.Float32frombits(0x7f7fffff), math.Float32bits(float32(math.Inf(-1))))

	var floor, ceil, trunc, round, modf, abs, other fnv = 14695981039346656037, 14695981039346656037, 14695981039346656037,
		14695981039346656037, 14695981039346656037, 14695981039346656037, 14695981039346656037
	seed := uint64(88172645463325252)
	for n := 0; n < 1000000; n++ {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		x := math.Float64frombits(seed)
		if n%2 == 0 {
			// mostly values with a fraction: exponents near the binary point
			x = math.Float64frombits(seed&^(0x7ff<<52) | uint64(1023-8+int(seed>>60))<<52)
		}
		floor.add(bits(math.Floor(x)))
		ceil.add(bits(math.Ceil(x)))
		trunc.add(bits(math.Trunc(x)))
		round.add(bits(math.Round(x)))
		i, f := math.Modf(x)
		modf.add(bits(i))
		modf.add(bits(f))
		abs.add(bits(math.Abs(x)))
		other.add(bits(math.Copysign(x, float64(n)-500000)))
		if math.Signbit(x) {
			other.add(1)
		}
		if math.IsNaN(x) {
			other.add(2)
		}
		if math.IsInf(x, 0) {
			other.add(3)
		}
		other.add(uint64(math.Float32bits(float32(x))))
	}
	println(uint64(floor), uint64(ceil), uint64(trunc), uint64(round))
	println(uint64(modf), uint64(abs), uint64(other))
}
