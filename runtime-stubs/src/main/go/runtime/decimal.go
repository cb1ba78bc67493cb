package runtime

// decimal.go: Go's strconv decimal (strconv/decimal.go), the multiprecision decimal that
// strconv's bigFtoa formats floats with; printfloat uses it (ftoa.go). Go's runtime reaches
// it through internal/strconv, which finds the digits with Ryū and Dragonbox first; the
// digits are the same, without their tables of powers of ten.

// decimal is a number 0.d[0:nd] × 10^dp.
type decimal struct {
	d     [800]byte // digits, big-endian representation
	nd    int       // number of digits used
	dp    int       // decimal point
	neg   bool      // negative flag
	trunc bool      // discarded nonzero digits beyond d[:nd]
}

// Assign sets a to v. Go writes the digits reversed into a buffer on its stack, then forward
// into a.d; here (no array on the stack: print.go) they are counted first and written into a.d
// from the last.
func (a *decimal) Assign(v uint64) {
	n := 0
	for x := v; x > 0; x /= 10 {
		n++
	}
	a.nd = n
	for n > 0 {
		n--
		v1 := v / 10
		a.d[n] = byte(v - 10*v1 + '0')
		v = v1
	}
	a.dp = a.nd
	a.trunc = false // Go's decimal is new (zero) each time; ftoa.go reuses three
	trim(a)
}

// maxShift is the largest shift one pass can make without overflow: 9<<k must fit 64 bits.
const maxShift = 64 - 4

// rightShift divides a by 2^k, k <= maxShift.
func rightShift(a *decimal, k uint) {
	r := 0 // read pointer
	w := 0 // write pointer

	// Pick up enough leading digits to cover first shift.
	var n uint
	for ; n>>k == 0; r++ {
		if r >= a.nd {
			if n == 0 {
				// a == 0; shouldn't get here, but handle anyway.
				a.nd = 0
				return
			}
			for n>>k == 0 {
				n = n * 10
				r++
			}
			break
		}
		c := uint(a.d[r])
		n = n*10 + c - '0'
	}
	a.dp -= r - 1

	var mask uint = (1 << k) - 1

	// Pick up a digit, put down a digit.
	for ; r < a.nd; r++ {
		c := uint(a.d[r])
		dig := n >> k
		n &= mask
		a.d[w] = byte(dig + '0')
		w++
		n = n*10 + c - '0'
	}

	// Put down extra digits.
	for n > 0 {
		dig := n >> k
		n &= mask
		if w < len(a.d) {
			a.d[w] = byte(dig + '0')
			w++
		} else if dig > 0 {
			a.trunc = true
		}
		n = n * 10
	}

	a.nd = w
	trim(a)
}

// leftShift multiplies a by 2^k, 1 <= k <= maxShift. Go first finds the number of new
// digits, delta, in a table (leftcheats: 5^k's digits); here the digits are written from
// d[nd+leftShiftRoom-1] down, which k <= 60 never passes (2^60 has 19 digits), and then moved
// down to d[0]. printfloat's left shifts give at most 309 digits (float64's largest, 2^1024),
// far from the end of d.
func leftShift(a *decimal, k uint) {
	r := a.nd                 // read index
	w := a.nd + leftShiftRoom // write index

	// Pick up a digit, put down a digit.
	var n uint
	for r--; r >= 0; r-- {
		n += (uint(a.d[r]) - '0') << k
		quo := n / 10
		rem := n - 10*quo
		w--
		a.d[w] = byte(rem + '0')
		n = quo
	}

	// Put down extra digits.
	for n > 0 {
		quo := n / 10
		rem := n - 10*quo
		w--
		a.d[w] = byte(rem + '0')
		n = quo
	}

	// Move the digits to d[0].
	nd := a.nd + leftShiftRoom - w
	a.dp += nd - a.nd
	a.nd = nd
	copy(a.d[:nd], a.d[w:w+nd])
	trim(a)
}

// leftShiftRoom is where leftShift writes the last digit, past nd: more than the 19 digits
// 2^maxShift adds.
const leftShiftRoom = 20

// Shift multiplies a by 2^k (k < 0: divides).
func (a *decimal) Shift(k int) {
	switch {
	case a.nd == 0:
		// nothing to do: a == 0
	case k > 0:
		for k > maxShift {
			leftShift(a, maxShift)
			k -= maxShift
		}
		leftShift(a, uint(k))
	case k < 0:
		for k < -maxShift {
			rightShift(a, maxShift)
			k += maxShift
		}
		rightShift(a, uint(-k))
	}
}

// shouldRoundUp reports whether chopping a at digit nd should round up.
func shouldRoundUp(a *decimal, nd int) bool {
	if nd < 0 || nd >= a.nd {
		return false
	}
	if a.d[nd] == '5' && nd+1 == a.nd { // exactly halfway - round to even
		// if we truncated, a little higher than what's recorded - always round up
		if a.trunc {
			return true
		}
		return nd > 0 && (a.d[nd-1]-'0')%2 != 0
	}
	// not halfway - digit tells all
	return a.d[nd] >= '5'
}

// Round rounds a to nd digits (or fewer), to nearest, ties to even.
func (a *decimal) Round(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	if shouldRoundUp(a, nd) {
		a.RoundUp(nd)
	} else {
		a.RoundDown(nd)
	}
}

// RoundDown truncates a to nd digits (or fewer).
func (a *decimal) RoundDown(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	a.nd = nd
	trim(a)
}

// RoundUp rounds a up to nd digits (or fewer).
func (a *decimal) RoundUp(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}

	// round up
	for i := nd - 1; i >= 0; i-- {
		c := a.d[i]
		if c < '9' { // can stop after this digit
			a.d[i]++
			a.nd = i + 1
			return
		}
	}

	// Number is all 9s.
	// Change to single 1 with adjusted decimal point.
	a.d[0] = '1'
	a.nd = 1
	a.dp++
}

// trim cuts off any trailing zeros from a (dp = 0 when no digit is left).
func trim(a *decimal) {
	for a.nd > 0 && a.d[a.nd-1] == '0' {
		a.nd--
	}
	if a.nd == 0 {
		a.dp = 0
	}
}
