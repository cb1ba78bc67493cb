// float64: literals, exact untyped constants, arithmetic, NaN-correct comparisons, conversions,
// printing, globals, parameters and results.
package main

const third = 1.0 / 3
const big = 1 << 62
const exact = 0.1 + 0.2 // exact: == 0.3 as a constant, not as float64 arithmetic
const huge = 1e400 / 1e300

var g float64 = 2.5
var gs = third * 3
var gi = float64(big)
var dyn = half(g)

func half(x float64) float64 { return x / 2 }

func divmod(a, b float64) (float64, int) {
	q := a / b
	return q, int(q)
}

func sum(n int) float64 {
	s := 0.0
	for i := 1; i <= n; i++ {
		s += 1 / float64(i)
	}
	return s
}

func cmp(a, b float64) {
	println(a == b, a != b, a < b, a <= b, a > b, a >= b, !(a < b), !(a >= b))
}

func classify(x float64) string {
	switch {
	case x != x:
		return "nan"
	case x > 1e308:
		return "+inf"
	case x < -1e308:
		return "-inf"
	case x == 0:
		return "zero"
	}
	return "finite"
}

func main() {
	// literals and printing
	println(1.5, -2.25, 1e9, .5, 0x1p-2, 1_000.5e-3, 0x1.8p1, 6.02214076e23, 1e-7, 123456789.0)
	println(third, exact, exact == 0.3, huge, 1e308*10/10, float64(big), gs, gi)
	println(g, dyn, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308)

	// arithmetic at run time
	x, y := 7.0, 2.0
	println(x+y, x-y, x*y, x/y, -x, +y)
	z := x
	z += 0.5
	z -= 1
	z *= 3
	z /= 4
	z++
	z--
	println(z)
	q, n := divmod(-7, 2)
	println(q, n)
	println(sum(10), sum(1000))

	// 0.1+0.2 at run time is not 0.3
	a, b := 0.1, 0.2
	println(a+b, a+b == 0.3, a+b > 0.3)

	// infinities, NaN and negative zero made at run time
	zero := 0.0
	inf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	negz := -zero
	println(inf, ninf, nan, negz, 1/negz, inf-inf, inf*0, -nan)
	println(classify(inf), classify(ninf), classify(nan), classify(negz), classify(x))
	cmp(1, 2)
	cmp(2, 2)
	cmp(nan, 1)
	cmp(nan, nan)
	cmp(inf, inf)
	cmp(negz, zero)
	if nan < 1 || nan >= 1 {
		println("bad")
	} else {
		println("nan is unordered")
	}

	// conversions
	i := 1 << 53
	println(float64(i), float64(i+1), float64(-i-1), float64(-3))
	f := 2.9
	println(int(f), int(-f), int(f*1e10), int(1e18+f))
	println(int(inf), int(nan), int(ninf), int(1e19*f))
	println(float64(int(f)) == 2, int(2.0), int(third*3), float64(7)/2)

	// switch on a float
	switch w := x / y; w {
	case 3:
		println("three")
	case 3.5:
		println("three and a half")
	default:
		println("other")
	}
	print(1.25, " ", -0.0, " ", zero*-1, "\n")
}
