// float32: constants rounded once to float32, arithmetic rounded after every operation,
// conversions to and from float64 and integers, comparisons, println's shortest form.
package main

const third float32 = 1.0 / 3
const big = 1 << 40

// sum adds n copies of x as float32s: every addition rounds.
func sum(x float32, n int) float32 {
	var s float32
	for i := 0; i < n; i++ {
		s += x
	}
	return s
}

func halve(x float32) (float32, float64) {
	return x / 2, float64(x) / 2
}

func cmp(a, b float32) {
	println(a < b, a <= b, a > b, a >= b, a == b, a != b)
}

func main() {
	var f float32 = 0.1
	var d float64 = 0.1
	println(f, d, float64(f), float32(d), f == float32(d))
	println(third, third*3, float64(third))
	println(sum(0.1, 10), sum(0.1, 1000), sum(1, 1<<25))

	// one rounding per operation: 16777216 + 1 is 16777216 in float32
	x := float32(1 << 24)
	println(x+1, x+1+1, x+2, float64(x)+1)
	y := float32(big) + 1
	println(y, y == float32(big))

	// float32's range: overflow to Inf, gradual underflow, -0
	m := float32(3.4028234663852886e38)
	println(m, m*2, -m*2, m+m/1e8)
	tiny := float32(1.401298464324817e-45)
	println(tiny, tiny/2, tiny*3, -tiny/4)
	var zero float32
	negz := -zero
	println(zero, negz, 1/negz, zero == negz)
	nan := zero / zero
	println(nan, nan == nan, nan != nan, nan < 1, float64(nan) == float64(nan))
	cmp(1, 2)
	cmp(2, 1)
	cmp(nan, 1)
	cmp(negz, zero)

	// conversions
	p, q, r := float32(2.75), float32(1e9), float32(200.5)
	println(int(p), int(-p), int32(q), uint8(r), int64(q*q))
	// out of range, as gc on amd64: int8 … int32, uint8 and uint16 through int32 (0x80000000)
	big32, big64 := float32(3e9), -3e9
	println(int32(big32), int16(big32), uint8(big32), uint32(big32), int32(big64), int8(big64), uint16(big64), int64(big64))
	var i int64 = 1<<53 + 1
	println(float32(i), float64(float32(i)), float32(float64(i)))
	var j int64 = 1<<62 + 1<<38 + 1 // rounds once to float32 (not through float64)
	println(float32(j), float64(float32(j)))
	var u uint32 = 4294967295
	println(float32(u), float32(int8(-128)), float32(uint16(65535)))
	a, b := halve(3)
	println(a, b, halve2(f))
	var h float32 = 16777215
	h++
	h++
	println(h)
	h--
	println(h, -h, +h)
	println(float32(1e-7), float32(123456789), float32(1e10), float32(0.000123))
	unsigned()
}

func halve2(x float32) float32 {
	r, _ := halve(x)
	return r
}

// wide unsigned integers, as gc on amd64: past 2^63 by halving (keeping the low bit) and doubling
func unsigned() {
	u64(0)
	u64(1)
	u64(1<<53 + 1)
	u64(1<<63 - 1)
	u64(1 << 63)
	u64(1<<63 + 1<<10 + 1)
	u64(1<<64 - 1)
	u64(1<<64 - 1<<39)
	u64(1<<64 - 1<<40 + 1)
	f64(0.5)
	f64(-0.5)
	f64(-1)
	f64(1e19)
	f64(9.3e18)
	f64(1 << 63)
	f64(1<<64 - 1<<11)
	f64(1 << 64)
	f64(-1e19)
}

func u64(u uint64) {
	println(u, float64(u), float32(u), uint64(float64(u)), uint64(float32(u)), uint(float64(u)))
}

func f64(f float64) {
	println(f, uint64(f), uint(f), uintptr(f), uint64(float32(f)))
}
