// Package utf8 is Go's unicode/utf8 for rt0gen: runes to and from UTF-8, with Go's rules. A
// sequence decodes only if it is the shortest encoding of a rune up to MaxRune that is not a
// surrogate half; anything else decodes as (RuneError, 1), one byte at a time, and an empty
// input as (RuneError, 0). An invalid rune encodes as RuneError.
package utf8

import "unsafe"

// Numbers fundamental to the encoding.
const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte
	MaxRune   = '\U0010FFFF' // maximum valid Unicode code point
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character
)

// Code points in the surrogate range are not valid for UTF-8.
const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

const (
	t1 = 0b00000000
	tx = 0b10000000
	t2 = 0b11000000
	t3 = 0b11100000
	t4 = 0b11110000
	t5 = 0b11111000

	maskx = 0b00111111
	mask2 = 0b00011111
	mask3 = 0b00001111
	mask4 = 0b00000111

	rune1Max = 1<<7 - 1
	rune2Max = 1<<11 - 1
	rune3Max = 1<<16 - 1

	// The default lowest and highest continuation byte.
	locb = 0b10000000
	hicb = 0b10111111

	// RuneError's three bytes.
	runeErrorByte0 = t3 | (RuneError >> 12)
	runeErrorByte1 = tx | (RuneError>>6)&maskx
	runeErrorByte2 = tx | RuneError&maskx
)

// lead describes a first byte b: the length of the sequence it starts (0: b cannot start
// one, or is ASCII when b < RuneSelf: 1), and the range the second byte must be in, which
// rules out the overlong forms (E0, F0), the surrogates (ED) and what is above MaxRune (F4).
func lead(b byte) (n int, lo, hi byte) {
	switch {
	case b < RuneSelf:
		return 1, 0, 0
	case b < 0xC2: // a continuation byte, or C0 and C1 (overlong two-byte forms)
		return 0, 0, 0
	case b < 0xE0:
		return 2, locb, hicb
	case b == 0xE0:
		return 3, 0xA0, hicb
	case b == 0xED:
		return 3, locb, 0x9F
	case b < 0xF0:
		return 3, locb, hicb
	case b == 0xF0:
		return 4, 0x90, hicb
	case b < 0xF4:
		return 4, locb, hicb
	case b == 0xF4:
		return 4, locb, 0x8F
	}
	return 0, 0, 0
}

// bytesString is p's bytes as a string, without a copy (unsafe.String): the []byte forms
// call their string forms with it, which only read it while they run.
func bytesString(p []byte) string {
	return unsafe.String(unsafe.SliceData(p), len(p))
}

// FullRune reports whether the bytes in p begin with a full UTF-8 encoding of a rune. An
// invalid encoding is considered a full Rune since it will convert as a width-1 error rune.
func FullRune(p []byte) bool {
	return FullRuneInString(bytesString(p))
}

// FullRuneInString is like FullRune but its input is a string.
func FullRuneInString(s string) bool {
	if len(s) == 0 {
		return false
	}
	n, lo, hi := lead(s[0])
	if n <= 1 || len(s) >= n {
		return true // ASCII, invalid, or long enough
	}
	// Short: full only if what is there is already invalid.
	if len(s) > 1 && (s[1] < lo || hi < s[1]) {
		return true
	}
	if len(s) > 2 && (s[2] < locb || hicb < s[2]) {
		return true
	}
	return false
}

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune and its width in
// bytes: (RuneError, 0) if p is empty, (RuneError, 1) if the encoding is invalid.
func DecodeRune(p []byte) (r rune, size int) {
	return DecodeRuneInString(bytesString(p))
}

// DecodeRuneInString is like DecodeRune but its input is a string.
func DecodeRuneInString(s string) (r rune, size int) {
	if len(s) == 0 {
		return RuneError, 0
	}
	b := s[0]
	n, lo, hi := lead(b)
	if n == 1 {
		return rune(b), 1
	}
	if n == 0 || len(s) < n || s[1] < lo || hi < s[1] {
		return RuneError, 1
	}
	if n == 2 {
		return rune(b&mask2)<<6 | rune(s[1]&maskx), 2
	}
	if s[2] < locb || hicb < s[2] {
		return RuneError, 1
	}
	if n == 3 {
		return rune(b&mask3)<<12 | rune(s[1]&maskx)<<6 | rune(s[2]&maskx), 3
	}
	if s[3] < locb || hicb < s[3] {
		return RuneError, 1
	}
	return rune(b&mask4)<<18 | rune(s[1]&maskx)<<12 | rune(s[2]&maskx)<<6 | rune(s[3]&maskx), 4
}

// DecodeLastRune unpacks the last UTF-8 encoding in p and returns the rune and its width in
// bytes: (RuneError, 0) if p is empty, (RuneError, 1) if the encoding is invalid.
func DecodeLastRune(p []byte) (r rune, size int) {
	return DecodeLastRuneInString(bytesString(p))
}

// DecodeLastRuneInString is like DecodeLastRune but its input is a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	r = rune(s[start])
	if r < RuneSelf {
		return r, 1
	}
	// Back up to the byte that could start the last rune, at most UTFMax bytes: if that
	// rune does not end at the end, the last byte alone is an error.
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// RuneLen returns the number of bytes in the UTF-8 encoding of the rune; -1 if the rune is
// not a valid value to encode in UTF-8.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r <= rune1Max:
		return 1
	case r <= rune2Max:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r <= rune3Max:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding of the rune, and
// returns the number of bytes written; an invalid rune is written as RuneError. As in Go, a
// p too short for the encoding panics on the index of its last byte, before anything is
// written.
func EncodeRune(p []byte, r rune) int {
	switch i := uint32(r); {
	case i <= rune1Max:
		p[0] = byte(r)
		return 1
	case i <= rune2Max:
		_ = p[1]
		p[0] = t2 | byte(r>>6)
		p[1] = tx | byte(r)&maskx
		return 2
	case i < surrogateMin, surrogateMax < i && i <= rune3Max:
		_ = p[2]
		p[0] = t3 | byte(r>>12)
		p[1] = tx | byte(r>>6)&maskx
		p[2] = tx | byte(r)&maskx
		return 3
	case i > rune3Max && i <= MaxRune:
		_ = p[3]
		p[0] = t4 | byte(r>>18)
		p[1] = tx | byte(r>>12)&maskx
		p[2] = tx | byte(r>>6)&maskx
		p[3] = tx | byte(r)&maskx
		return 4
	default:
		_ = p[2]
		p[0] = runeErrorByte0
		p[1] = runeErrorByte1
		p[2] = runeErrorByte2
		return 3
	}
}

// AppendRune appends the UTF-8 encoding of r to the end of p and returns the extended
// buffer; an invalid rune appends the encoding of RuneError.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) <= rune1Max {
		return append(p, byte(r))
	}
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// RuneCount returns the number of runes in p; erroneous and short encodings are treated as
// single runes of width 1 byte.
func RuneCount(p []byte) int {
	return RuneCountInString(bytesString(p))
}

// RuneCountInString is like RuneCount but its input is a string.
func RuneCountInString(s string) (n int) {
	for i := 0; i < len(s); n++ {
		if s[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRuneInString(s[i:])
		i += size
	}
	return n
}

// RuneStart reports whether the byte could be the first byte of an encoded, possibly invalid
// rune: second and subsequent bytes always have the top two bits set to 10.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool {
	return ValidString(bytesString(p))
}

// ValidString reports whether s consists entirely of valid UTF-8-encoded runes.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidRune reports whether r can be legally encoded as UTF-8: not out of range, not a
// surrogate half.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
