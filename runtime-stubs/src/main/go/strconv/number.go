// Package strconv is Go's strconv for rt0gen, its integer, boolean and quoting parts, with
// Go's algorithms (Go 1.26's strconv and internal/strconv: atoi.go, itoa.go, atob.go,
// quote.go) and Go's errors: *NumError values that wrap ErrSyntax, ErrRange or an "invalid
// base"/"invalid bit size" error, worded as Go's. Not here: the floating-point and complex
// conversions (ParseFloat, FormatFloat, AppendFloat, ParseComplex, FormatComplex), whose
// shortest-digit and correct-rounding algorithms are a package of their own.
package strconv

import "errors"

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

const maxUint64 = 1<<64 - 1

// ErrRange: a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax: a value does not have the right syntax for the target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion: the function, its input, and why.
type NumError struct {
	Func string // ParseBool, ParseInt, ParseUint, Atoi, ...
	Num  string // the input
	Err  error  // ErrRange, ErrSyntax, or an invalid base or bit size
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// The failures, each a *NumError with its own copy of the input (Go clones it, so an error
// does not keep a large input alive).
func syntaxError(fn, str string) *NumError { return &NumError{fn, clone(str), ErrSyntax} }

func rangeError(fn, str string) *NumError { return &NumError{fn, clone(str), ErrRange} }

func baseError(fn, str string, base int) *NumError {
	return &NumError{fn, clone(str), errors.New("invalid base " + Itoa(base))}
}

func bitSizeError(fn, str string, bitSize int) *NumError {
	return &NumError{fn, clone(str), errors.New("invalid bit size " + Itoa(bitSize))}
}

func clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	return string([]byte(s))
}

// lower maps an ASCII letter to lower case (and leaves a digit a non-letter).
func lower(c byte) byte {
	return c | ('x' - 'X')
}

// ParseBool returns the value of 1, t, T, TRUE, true, True, 0, f, F, FALSE, false or False.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, syntaxError("ParseBool", str)
}

// FormatBool returns "true" or "false".
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends "true" or "false" to dst.
func AppendBool(dst []byte, b bool) []byte {
	if b {
		return append(dst, "true"...)
	}
	return append(dst, "false"...)
}

// ParseUint is ParseInt for unsigned numbers: no sign is accepted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	n, e := parseUint(s, base, bitSize)
	if e != errNone {
		return n, toError("ParseUint", s, base, bitSize, e)
	}
	return n, nil
}

// ParseInt interprets s in base 2 to 36 (0: the prefix says, 0b, 0o, 0 or 0x, else 10, and
// underscores may separate digits as in Go literals) and returns the value that fits in
// bitSize bits (0: int), or the nearest one it can hold with ErrRange.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	n, e := parseInt(s, base, bitSize)
	if e != errNone {
		return n, toError("ParseInt", s, base, bitSize, e)
	}
	return n, nil
}

// Atoi is ParseInt(s, 10, 0), converted to int, with Go's fast path for short inputs.
func Atoi(s string) (int, error) {
	if 0 < len(s) && len(s) < 19 {
		s0 := s
		if s[0] == '-' || s[0] == '+' {
			s = s[1:]
			if len(s) < 1 {
				return 0, syntaxError("Atoi", s0)
			}
		}
		n := 0
		for i := 0; i < len(s); i++ {
			ch := s[i] - '0'
			if ch > 9 {
				return 0, syntaxError("Atoi", s0)
			}
			n = n*10 + int(ch)
		}
		if s0[0] == '-' {
			n = -n
		}
		return n, nil
	}
	n, e := parseInt(s, 10, 0)
	if e != errNone {
		return int(n), toError("Atoi", s, 0, 0, e)
	}
	return int(n), nil
}

// toError makes a parse's failure the *NumError Go's strconv returns for it (number.go).
func toError(fn, s string, base, bitSize int, e parseError) error {
	switch e {
	case errSyntax:
		return syntaxError(fn, s)
	case errRange:
		return rangeError(fn, s)
	case errBase:
		return baseError(fn, s, base)
	}
	return bitSizeError(fn, s, bitSize)
}

// The reasons a parse fails, before they become a *NumError (Go's internal/strconv.Error).
type parseError int

const (
	errNone parseError = iota
	errRange
	errSyntax
	errBase
	errBitSize
)

func parseUint(s string, base int, bitSize int) (uint64, parseError) {
	if s == "" {
		return 0, errSyntax
	}
	base0 := base == 0
	s0 := s
	switch {
	case 2 <= base && base <= 36:
	case base == 0:
		base = 10
		if s[0] == '0' {
			switch {
			case len(s) >= 3 && lower(s[1]) == 'b':
				base = 2
				s = s[2:]
			case len(s) >= 3 && lower(s[1]) == 'o':
				base = 8
				s = s[2:]
			case len(s) >= 3 && lower(s[1]) == 'x':
				base = 16
				s = s[2:]
			default:
				base = 8
				s = s[1:]
			}
		}
	default:
		return 0, errBase
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, errBitSize
	}
	// cutoff: the smallest n for which n*base overflows 64 bits
	cutoff := uint64(maxUint64)/uint64(base) + 1
	maxVal := uint64(1)<<uint(bitSize) - 1
	underscores := false
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d byte
		switch {
		case c == '_' && base0:
			underscores = true
			continue
		case '0' <= c && c <= '9':
			d = c - '0'
		case 'a' <= lower(c) && lower(c) <= 'z':
			d = lower(c) - 'a' + 10
		default:
			return 0, errSyntax
		}
		if d >= byte(base) {
			return 0, errSyntax
		}
		if n >= cutoff {
			return maxVal, errRange
		}
		n *= uint64(base)
		n1 := n + uint64(d)
		if n1 < n || n1 > maxVal {
			return maxVal, errRange
		}
		n = n1
	}
	if underscores && !underscoreOK(s0) {
		return 0, errSyntax
	}
	return n, errNone
}

func parseInt(s string, base int, bitSize int) (int64, parseError) {
	if s == "" {
		return 0, errSyntax
	}
	neg := false
	switch s[0] {
	case '+':
		s = s[1:]
	case '-':
		s = s[1:]
		neg = true
	}
	un, err := parseUint(s, base, bitSize)
	if err != errNone && err != errRange {
		return 0, err
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	cutoff := uint64(1 << uint(bitSize-1))
	if !neg && un >= cutoff {
		return int64(cutoff - 1), errRange
	}
	if neg && un > cutoff {
		return -int64(cutoff), errRange
	}
	n := int64(un)
	if neg {
		n = -n
	}
	return n, errNone
}

// underscoreOK reports whether s's underscores are where Go's literal syntax allows them:
// each between two digits, or between the base prefix and a digit.
func underscoreOK(s string) bool {
	saw := '^' // '^' start, '0' a digit or prefix, '_' an underscore, '!' anything else
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		saw = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' || hex && 'a' <= lower(s[i]) && lower(s[i]) <= 'f' {
			saw = '0'
			continue
		}
		if s[i] == '_' {
			if saw != '0' {
				return false
			}
			saw = '_'
			continue
		}
		if saw == '_' {
			return false
		}
		saw = '!'
	}
	return saw != '_'
}

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// FormatUint returns i in base 2 to 36, lower-case letters for digits of 10 and above.
func FormatUint(i uint64, base int) string {
	return string(formatBits(nil, i, base, false))
}

// FormatInt returns i in base 2 to 36, with a '-' when negative.
func FormatInt(i int64, base int) string {
	if i < 0 {
		return string(formatBits(nil, uint64(-i), base, true))
	}
	return string(formatBits(nil, uint64(i), base, false))
}

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string {
	return FormatInt(int64(i), 10)
}

// AppendInt appends FormatInt(i, base) to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	if i < 0 {
		return formatBits(dst, uint64(-i), base, true)
	}
	return formatBits(dst, uint64(i), base, false)
}

// AppendUint appends FormatUint(i, base) to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return formatBits(dst, i, base, false)
}

// formatBits appends u's digits in base (a '-' first if neg) to dst, as Go's does: the digits
// from the right into a 65-byte buffer (64 binary digits and a sign at most).
func formatBits(dst []byte, u uint64, base int, neg bool) []byte {
	if base < 2 || base > len(digits) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	var a [64 + 1]byte
	i := len(a)
	b := uint64(base)
	for u >= b {
		i--
		q := u / b
		a[i] = digits[u-q*b]
		u = q
	}
	i--
	a[i] = digits[u]
	if neg {
		i--
		a[i] = '-'
	}
	return append(dst, a[i:]...)
}
