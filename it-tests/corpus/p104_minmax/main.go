package main

// min and max (Go 1.21): integers of several widths, unsigned, floats with
// NaN and signed zeros, strings, constants, and constants mixed with variables.

type celsius float64

type name string

var calls string

// at records the order in which min's and max's arguments are evaluated.
func at(tag string, v int) int {
	calls += tag
	return v
}

func pair() (int64, int64) { return -7, 3 }

//go:noinline
func zero() float64 { return 0 }

func ints() {
	a, b, c := 3, -5, 9
	println("int", min(a, b, c), max(a, b, c), min(a), max(c, c))
	var i8a, i8b int8 = -128, 127
	println("int8", min(i8a, i8b), max(i8a, i8b), min(i8b, 5), max(i8a, -100))
	var i16a, i16b int16 = -300, 299
	println("int16", min(i16a, i16b), max(i16a, i16b))
	var i32a, i32b int32 = -1 << 31, 1<<31 - 1
	println("int32", min(i32a, i32b), max(i32a, i32b))
	var i64a, i64b int64 = -1 << 63, 1<<63 - 1
	println("int64", min(i64a, i64b), max(i64a, i64b), min(pair()), max(pair()))
	var u8a, u8b uint8 = 200, 7
	println("uint8", min(u8a, u8b), max(u8a, u8b), max(u8a, 255), min(u8b, 0))
	var u16a, u16b uint16 = 65535, 1
	println("uint16", min(u16a, u16b), max(u16a, u16b))
	var u32a, u32b uint32 = 1 << 31, 5
	println("uint32", min(u32a, u32b), max(u32a, u32b))
	var ua, ub uint64 = 1 << 63, 1
	println("uint64", min(ua, ub), max(ua, ub))
	var u, w uint = ^uint(0), 42
	println("uint", min(u, w), max(u, w))
	var up uintptr = 10
	println("uintptr", min(up, 3, 20), max(up, 3, 20))
	r1, r2 := 'a', 'Z'
	println("rune", min(r1, r2), max(r1, r2))
	var by byte = 'q'
	println("byte", min(by, 'a'), max(by, 'a'))
	// arguments evaluated once each, left to right
	m := min(at("a", 4), at("b", 2), at("c", 8), at("d", 1))
	n := max(at("e", 4), at("f", 2))
	println("order", m, n, calls)
	// a running extreme in a loop
	xs := [...]int{5, -2, 17, 0, 11}
	lo, hi := xs[0], xs[0]
	for _, x := range xs {
		lo = min(lo, x)
		hi = max(x, hi)
	}
	println("loop", lo, hi)
}

func floats() {
	z := zero()
	nan := z / z
	inf := 1 / z
	negz := -z
	x, y := 1.5, -2.25
	println("f64", min(x, y), max(x, y), min(x, y, inf), max(x, -inf))
	println("nan", min(nan, x), min(x, nan), max(nan, x), max(x, nan), min(x, y, nan), max(nan, inf, -inf))
	println("nan eq", min(nan, 1) == min(nan, 1), max(1.0, nan) != max(1.0, nan))
	println("zeros min", min(negz, z), min(z, negz), min(z, z), min(negz, negz))
	println("zeros max", max(negz, z), max(z, negz), max(z, z), max(negz, negz))
	println("zeros 1/x", 1/min(negz, z), 1/min(z, negz), 1/max(negz, z), 1/max(z, negz), 1/max(negz, negz), 1/min(z, z))
	println("zero and 0.0", 1/min(negz, 0.0), 1/max(0.0, negz), 1/min(0.0, negz, z), 1/max(negz, negz, z))
	println("inf", min(inf, -inf), max(inf, -inf), min(inf, x), max(-inf, y))
	var f32a, f32b float32 = 0.1, -3.75
	var n32 = float32(nan)
	var nz32 = float32(negz)
	var z32 = float32(z)
	println("f32", min(f32a, f32b), max(f32a, f32b), min(f32a, 0.5), max(f32b, 2))
	println("f32 nan", min(n32, f32a), max(f32a, n32), min(f32a, f32b, n32))
	println("f32 zeros", 1/min(nz32, z32), 1/min(z32, nz32), 1/max(nz32, z32), 1/max(z32, nz32), 1/max(nz32, nz32))
	var t1, t2 celsius = 36.6, -40
	println("celsius", min(t1, t2), max(t1, t2), max(t1, 100))
	// mixed: an untyped constant takes the variable's type
	println("mixed", min(x, 1), max(2, y, 0.5), min(3, x, 2.5))
}

func strs() {
	a, b, c := "banana", "apple", "cherry"
	println("str", min(a, b, c), max(a, b, c), min(a), max(a, "zebra"))
	println("prefix", min("ab", a[:1]), max("b", "ba"), min("", a) == "", max("", ""))
	println("bytes", min("\xff", "a"), len(max("\xff", "a")), min("a\x00", "a") == "a")
	var n1, n2 name = "gopher", "go"
	println("name", min(n1, n2), max(n1, n2), min(n1, "a"))
	s := "x"
	for i := 0; i < 3; i++ {
		s = max(s, s+"y")
	}
	println("grow", s)
}

const (
	c1 = min(1, 2.5)        // untyped float 1
	c2 = max(1, 2.5)        // untyped float 2.5
	c3 = min(3, 'a', 2)     // untyped rune 2
	c4 = max("go", "gopher") // untyped string
	c5 = min(7)
	c6 = max(1<<62, 1<<63) // untyped int, beyond int64 before use
)

const typed int8 = max(-3, 4)

func consts() {
	println("const", c1, c2, c3, c4, c5, c6-1<<62)
	var f32 float32 = c2
	var i8 int8 = c3
	var u uint64 = c6
	println("const typed", f32, i8, u, typed)
	var arr [max(2, 3)]int
	println("array len", len(arr), min(len(arr), 1))
	const big = max(1e300*1e300, 1) // untyped float constants have no overflow at 1e600
	println("big", big > 1e599, min(big, 2))
	v := 10
	println("mixed", min(v, 3, 20), max(-1, v, 5), min(5, 6, v), max(c5, v))
	shift := 3
	println("shift", max(1<<shift, 5), min(int8(1)<<shift, 100))
}

func main() {
	ints()
	floats()
	strs()
	consts()
}
