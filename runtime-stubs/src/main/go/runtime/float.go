package runtime

// float.go: Go's runtime/float.go, the parts complex.go uses.

// inf is +Inf: Go's var inf = float64frombits(0x7FF0000000000000), a function here (a
// package variable whose value needs code is initialization code, not allowed yet).
func inf() float64 {
	return float64frombits(0x7FF0000000000000)
}

// isNaN reports whether f is an IEEE 754 “not-a-number” value.
func isNaN(f float64) (is bool) {
	// IEEE 754 says that only NaNs satisfy f != f.
	return f != f
}

// isFinite reports whether f is neither NaN nor an infinity.
func isFinite(f float64) bool {
	return !isNaN(f - f)
}

// isInf reports whether f is an infinity.
func isInf(f float64) bool {
	return !isNaN(f) && !isFinite(f)
}

// abs returns the absolute value of x.
//
// Special cases are:
//
//	abs(±Inf) = +Inf
//	abs(NaN) = NaN
//
// Go's clears the sign bit (float64bits); here comparisons do it, without the two calls
// float64bits costs (below): the same value, except that a NaN keeps its sign bit (only
// compared here: complex128div).
func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	if x == 0 {
		return 0 // +0 for -0
	}
	return x
}

// copysign returns a value with the magnitude
// of x and the sign of y.
func copysign(x, y float64) float64 {
	const sign = 1 << 63
	return float64frombits(float64bits(x)&^sign | float64bits(y)&sign)
}

// float64bits returns the IEEE 754 binary representation of f (Go's reads it through
// unsafe.Pointer(&f); taking a parameter's address would move it to the heap in rt0gen's
// runtime code, which has no escape analysis yet: asm_amd64.s, one movq).
func float64bits(f float64) uint64

// float64frombits returns the floating-point number corresponding the IEEE 754 binary
// representation b (asm_amd64.s, one movq).
func float64frombits(b uint64) float64
