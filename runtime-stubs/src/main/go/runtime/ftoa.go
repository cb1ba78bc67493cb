package runtime

import "unsafe"

// ftoa.go: the part of Go's strconv/ftoa.go that println's floats need: AppendFloat(dst, v,
// 'g', -1, bitSize), the shortest decimal that reads back as v, in the %e form when its
// exponent is below -4 or at least 6 (1.5, 1e+100, 1.23456789e+08, 5e-324, -0, NaN, +Inf).
// Go finds the shortest digits with Ryū or Dragonbox; this is strconv's reference algorithm,
// bigFtoa (decimal.go and roundShortest), which gives the same digits with no tables.
// Nothing here may allocate: the bytes go to the caller's buffer, which is large enough
// (float64Bytes), and the functions return the count where Go's return the appended slice.

// genericFtoa formats val ('g', shortest) for a float of bitSize bits (64, or 32 for a float32
// value) into dst and returns the number of bytes.
func genericFtoa(dst []byte, val float64, bitSize int) int {
	// Go's floatInfo: float64info {52, 11, -1023}, float32info {23, 8, -127}.
	var bits uint64
	var mantbits, expbits uint
	var bias int
	if bitSize == 32 {
		bits = uint64(float32bits(float32(val)))
		mantbits, expbits, bias = 23, 8, -127
	} else {
		bits = float64bits(val)
		mantbits, expbits, bias = 52, 11, -1023
	}

	neg := bits>>(expbits+mantbits) != 0
	exp := int(bits>>mantbits) & (1<<expbits - 1)
	mant := bits & (uint64(1)<<mantbits - 1)

	switch exp {
	case 1<<expbits - 1:
		// Inf, NaN
		var s string
		switch {
		case mant != 0:
			s = "NaN"
		case neg:
			s = "-Inf"
		default:
			s = "+Inf"
		}
		return copy(dst, s)

	case 0:
		// denormalized
		exp++

	default:
		// add implicit top bit
		mant |= uint64(1) << mantbits
	}
	exp += bias

	// bigFtoa, shortest
	d := &ftoaDecimals[0]
	d.Assign(mant)
	d.Shift(exp - int(mantbits))
	roundShortest(d, mant, exp, mantbits, bias, bitSize == 32 && mant == 1<<mantbits)
	return formatDigits(dst, neg, d)
}

// ftoaDecimals are bigFtoa's d and roundShortest's upper and lower, which Go allocates (new),
// as package variables: runtime code allocates nothing implicitly, and rt0gen keeps an array
// or a large struct variable in a heap object (print.go). One M formats, and nothing switches
// goroutines in the middle of a print.
var ftoaDecimals [3]decimal

// float32bits is Go's math.Float32bits: the float32's bits, through a package variable (taking
// a variable's address would move it to the heap here). float64bits is float.go's.
func float32bits(f float32) uint32 {
	float32bitsTemp = f
	return *(*uint32)(unsafe.Pointer(&float32bitsTemp))
}

var float32bitsTemp float32

// roundShortest rounds d (= mant × 2^(exp-mantbits)) to the shortest number of digits that
// will let the original floating point value be precisely reconstructed.
//
// tieUp: Go's digits come from Dragonbox (ftoadbox.go), which are these but for a value
// exactly halfway between the two nearest shortest candidates: bigFtoa rounds it to even,
// and so does Dragonbox in general, but not for a float32 power of two (its asymmetric
// interval, algorithm 5.6, rounds the tie up). Of float32's powers of two only 2^-12 has such
// a tie: println prints 0.00024414063, not 0.00024414062. (float64's one tie among its powers
// of two, 2^-25, is Dragonbox's exp == -77 case, rounded to even.)
func roundShortest(d *decimal, mant uint64, exp int, mantbits uint, bias int, tieUp bool) {
	// If mantissa is zero, the number is zero; stop now.
	if mant == 0 {
		d.nd = 0
		return
	}

	// Compute upper and lower such that any decimal number
	// between upper and lower (possibly inclusive)
	// will round to the original floating point number.

	// We may see at once that the number is already shortest.
	//
	// Suppose d is not denormal, so that 2^exp <= d < 10^dp.
	// The closest shorter number is at least 10^(dp-nd) away.
	// The lower/upper bounds computed below are at distance
	// at most 2^(exp-mantbits).
	//
	// So the number is already shortest if 10^(dp-nd) > 2^(exp-mantbits),
	// or equivalently log2(10)*(dp-nd) > exp-mantbits.
	// It is true if 332/100*(dp-nd) >= exp-mantbits (log2(10) > 3.32).
	minexp := bias + 1 // minimum possible exponent
	if exp > minexp && 332*(d.dp-d.nd) >= 100*(exp-int(mantbits)) {
		// The number is already shortest.
		return
	}

	// d = mant << (exp - mantbits)
	// Next highest floating point number is mant+1 << exp-mantbits.
	// Our upper bound is halfway between, mant*2+1 << exp-mantbits-1.
	upper := &ftoaDecimals[1]
	upper.Assign(mant*2 + 1)
	upper.Shift(exp - int(mantbits) - 1)

	// d = mant << (exp - mantbits)
	// Next lowest floating point number is mant-1 << exp-mantbits,
	// unless mant-1 drops the significant bit and exp is not the minimum exp,
	// in which case the next lowest is mant*2-1 << exp-mantbits-1.
	// Either way, call it mantlo << explo-mantbits.
	// Our lower bound is halfway between, mantlo*2+1 << explo-mantbits-1.
	var mantlo uint64
	var explo int
	if mant > 1<<mantbits || exp == minexp {
		mantlo = mant - 1
		explo = exp
	} else {
		mantlo = mant*2 - 1
		explo = exp - 1
	}
	lower := &ftoaDecimals[2]
	lower.Assign(mantlo*2 + 1)
	lower.Shift(explo - int(mantbits) - 1)

	// The upper and lower bounds are possible outputs only if
	// the original mantissa is even, so that IEEE round-to-even
	// would round to the original mantissa and not the neighbors.
	inclusive := mant%2 == 0

	// As we walk the digits we want to know whether rounding up would fall
	// within the upper bound. This is tracked by upperdelta:
	//
	// If upperdelta == 0, the digits of d and upper are the same so far.
	//
	// If upperdelta == 1, we saw a difference of 1 between d and upper on a
	// previous digit and subsequently only 9s for d and 0s for upper.
	// (Thus rounding up may fall outside the bound, if it is exclusive.)
	//
	// If upperdelta == 2, then the difference is greater than 1
	// and we know that rounding up falls within the bound.
	var upperdelta uint8

	// Now we can figure out the minimum number of digits required.
	// Walk along until d has distinguished itself from upper and lower.
	for ui := 0; ; ui++ {
		// lower, d, and upper may have the decimal points at different
		// places. In this case upper is the longest, so we iterate from
		// ui==0 and start li and mi at (possibly) -1.
		mi := ui - upper.dp + d.dp
		if mi >= d.nd {
			break
		}
		li := ui - upper.dp + lower.dp
		l := byte('0') // lower digit
		if li >= 0 && li < lower.nd {
			l = lower.d[li]
		}
		m := byte('0') // middle digit
		if mi >= 0 {
			m = d.d[mi]
		}
		u := byte('0') // upper digit
		if ui < upper.nd {
			u = upper.d[ui]
		}

		// Okay to round down (truncate) if lower has a different digit
		// or if lower is inclusive and is exactly the result of rounding
		// down (i.e., and we have reached the final digit of lower).
		okdown := l != m || inclusive && li+1 == lower.nd

		switch {
		case upperdelta == 0 && m+1 < u:
			// Example:
			// m = 12345xxx
			// u = 12347xxx
			upperdelta = 2
		case upperdelta == 0 && m != u:
			// Example:
			// m = 12345xxx
			// u = 12346xxx
			upperdelta = 1
		case upperdelta == 1 && (m != '9' || u != '0'):
			// Example:
			// m = 1234598x
			// u = 1234600x
			upperdelta = 2
		}
		// Okay to round up if upper has a different digit and either upper
		// is inclusive or upper is bigger than the result of rounding up.
		okup := upperdelta > 0 && (inclusive || upperdelta > 1 || ui+1 < upper.nd)

		// If it's okay to do either, then round to the nearest one.
		// If it's okay to do only one, do it.
		switch {
		case okdown && okup:
			d.trunc = tieUp // a tie rounds up (shouldRoundUp) as if digits were cut off
			d.Round(mi + 1)
			return
		case okdown:
			d.RoundDown(mi + 1)
			return
		case okup:
			d.RoundUp(mi + 1)
			return
		}
	}
}

// formatDigits is Go's formatDigits for fmt 'g' and the shortest digits (prec = nd): %e if the
// exponent is below -4 or at least eprec, which is 6 for the shortest form.
func formatDigits(dst []byte, neg bool, d *decimal) int {
	exp := d.dp - 1
	if exp < -4 || exp >= 6 {
		return fmtE(dst, neg, d, d.nd-1)
	}
	return fmtF(dst, neg, d, max(d.nd-d.dp, 0))
}

// fmtE is %e: -d.ddddde±dd
func fmtE(dst []byte, neg bool, d *decimal, prec int) int {
	n := 0
	// sign
	if neg {
		dst[n] = '-'
		n++
	}

	// first digit
	ch := byte('0')
	if d.nd != 0 {
		ch = d.d[0]
	}
	dst[n] = ch
	n++

	// .moredigits
	if prec > 0 {
		dst[n] = '.'
		n++
		i := 1
		m := min(d.nd, prec+1)
		if i < m {
			n += copy(dst[n:], d.d[i:m])
			i = m
		}
		for ; i <= prec; i++ {
			dst[n] = '0'
			n++
		}
	}

	// e±
	dst[n] = 'e'
	n++
	exp := d.dp - 1
	if d.nd == 0 { // special case: 0 has exponent 0
		exp = 0
	}
	if exp < 0 {
		ch = '-'
		exp = -exp
	} else {
		ch = '+'
	}
	dst[n] = ch
	n++

	// dd or ddd
	switch {
	case exp < 10:
		dst[n] = '0'
		dst[n+1] = byte(exp) + '0'
		n += 2
	case exp < 100:
		dst[n] = byte(exp/10) + '0'
		dst[n+1] = byte(exp%10) + '0'
		n += 2
	default:
		dst[n] = byte(exp/100) + '0'
		dst[n+1] = byte(exp/10)%10 + '0'
		dst[n+2] = byte(exp%10) + '0'
		n += 3
	}
	return n
}

// fmtF is %f: -ddddddd.ddddd
func fmtF(dst []byte, neg bool, d *decimal, prec int) int {
	n := 0
	// sign
	if neg {
		dst[n] = '-'
		n++
	}

	// integer, padded with zeros as needed.
	if d.dp > 0 {
		m := min(d.nd, d.dp)
		n += copy(dst[n:], d.d[:m])
		for ; m < d.dp; m++ {
			dst[n] = '0'
			n++
		}
	} else {
		dst[n] = '0'
		n++
	}

	// fraction
	if prec > 0 {
		dst[n] = '.'
		n++
		for i := 0; i < prec; i++ {
			ch := byte('0')
			if j := d.dp + i; 0 <= j && j < d.nd {
				ch = d.d[j]
			}
			dst[n] = ch
			n++
		}
	}
	return n
}
