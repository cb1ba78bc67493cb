// complex64 and complex128: imaginary literals, constant arithmetic, complex, real and imag,
// + - * / (division by the runtime's complex128div, with its Inf and NaN rules), == and !=,
// conversions, println's (re+imi) form.
package main

const c1 = 1 + 2i
const c2 = (3 - 4i) * c1 / 5i
const r = real(c2)
const one = c1 * 1i / (1i*2 - 4) // (-2+i) / (-4+2i) is 1/2

func mul(a, b complex128) complex128 { return a * b }

func div(a, b complex128) complex128 { return a / b }

func div64(a, b complex64) complex64 { return a / b }

func parts(c complex128) (float64, float64) { return real(c), imag(c) }

func main() {
	println(c1, c2, r, imag(c2), one)
	var a complex128 = c1
	b := complex(3.0, -4.0)
	println(a+b, a-b, a*b, a/b, -a, a == b, a != b, a == c1)
	re, im := parts(a * a)
	println(re, im, real(b), imag(b))

	// complex64: every part of every result rounded to float32
	var f complex64 = complex(float32(0.1), 0.2)
	g := f * f
	println(f, g, real(g), f+f, f-1, f/3, complex128(f))
	var h complex64 = complex64(complex(1.0/3, 2.0/3))
	println(h, complex128(h), complex64(complex128(h)*3))
	println(div64(1, 3), div64(complex(1e20, 1e20), complex(1e-20, 1e-20)))

	// Inf and NaN, and -0
	var zero float64
	inf, nan := 1/zero, zero/zero
	println(div(1, 0), div(0, 0), div(complex(1, 1), complex(zero, 0)), div(complex(-1, 2), complex(-zero, 0)))
	println(div(complex(inf, 1), 2), div(complex(inf, nan), complex(2, 3)), div(complex(1, 2), complex(inf, nan)))
	println(div(complex(nan, nan), 0), div(complex(nan, 1), 0), div(complex(1e300, 1e300), complex(1e-300, 1e-300)))
	println(complex(nan, nan), complex(inf, -inf), complex(-zero, -zero), complex(1, nan), complex(1, -nan))
	println(mul(complex(inf, 0), complex(0, 1)), mul(complex(1e200, 1e200), complex(1e200, 1e200)))
	n := complex(nan, 0)
	println(n == n, n != n, complex(zero, -zero) == 0)

	// Smith's algorithm both ways, and exact constant folding
	println(div(complex(1, 2), complex(3, 4)), div(complex(1, 2), complex(4, 3)), (1+2i)/(3+4i))
	var z complex128
	z++
	z -= 1i
	z *= z
	println(z)
	var w complex64 = 1e38 + 1e38i
	println(w*w, w+w, w*1e-38)
	switch a {
	case 1 + 2i:
		println("case 1+2i")
	default:
		println("default")
	}
}
