package runtime

import "unsafe"

// utf8.go: UTF-8 for string conversions and for range over a string, as Go's runtime/utf8.go
// (a copy of unicode/utf8's decoding and encoding, which the runtime cannot import).

// Numbers fundamental to the encoding.
const (
	runeError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	runeSelf  = 0x80         // characters below runeSelf are represented as themselves in a single byte.
	maxRune   = '\U0010FFFF' // Maximum valid Unicode code point.
)

// Code points in the surrogate range are not valid for UTF-8.
const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

const (
	t1 = 0x00 // 0000 0000
	tx = 0x80 // 1000 0000
	t2 = 0xC0 // 1100 0000
	t3 = 0xE0 // 1110 0000
	t4 = 0xF0 // 1111 0000
	t5 = 0xF8 // 1111 1000

	maskx = 0x3F // 0011 1111
	mask2 = 0x1F // 0001 1111
	mask3 = 0x0F // 0000 1111
	mask4 = 0x07 // 0000 0111

	rune1Max = 1<<7 - 1
	rune2Max = 1<<11 - 1
	rune3Max = 1<<16 - 1

	// The default lowest and highest continuation byte.
	locb = 0x80 // 1000 0000
	hicb = 0xBF // 1011 1111
)

// countrunes returns the number of runes in s: what `for range s` visits (each byte of an
// invalid sequence counts as one). Compiled code calls it for len([]rune(s)) (docs/ABI.md).
func countrunes(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

// decoderune returns the non-ASCII rune at the start of s[k:] and the index after the rune
// in s. If the string appears to be incomplete or decoding problems are encountered
// (runeerror, k + 1) is returned to ensure progress when decoderune is used to iterate
// over a string. Compiled code calls it for `for range s`, for a byte >= runeSelf (the
// caller has handled ASCII, so a byte below t2 is (runeError, k+1) here too).
//
// Go's decodes each sequence length in its own case, with a chain of && conditions; this
// one reads the length and the leading bits first, then the continuation bytes in a loop:
// the same results in a third of the code rt0gen generates for Go's text.
func decoderune(s string, k int) (r rune, pos int) {
	if k >= len(s) {
		return runeError, k + 1
	}
	s = s[k:]
	var n int    // the sequence's length
	var min rune // its smallest rune: a shorter sequence encodes anything below (overlong)
	switch c := s[0]; {
	case c < t2:
		return runeError, k + 1
	case c < t3:
		r, n, min = rune(c&mask2), 2, rune1Max+1 // 0080-07FF two byte sequence
	case c < t4:
		r, n, min = rune(c&mask3), 3, rune2Max+1 // 0800-FFFF three byte sequence
	case c < t5:
		r, n, min = rune(c&mask4), 4, rune3Max+1 // 10000-1FFFFF four byte sequence
	default:
		return runeError, k + 1
	}
	if len(s) < n {
		return runeError, k + 1
	}
	for i := 1; i < n; i++ {
		c := s[i] ^ tx // a continuation byte, locb..hicb, becomes 0..maskx
		if c > maskx {
			return runeError, k + 1
		}
		r = r<<6 | rune(c)
	}
	if r < min || maxRune < r {
		return runeError, k + 1
	}
	if uint32(r)-surrogateMin <= surrogateMax-surrogateMin { // a surrogate
		return runeError, k + 1
	}
	return r, k + n
}

// encoderune writes into p (which must be large enough) the UTF-8 encoding of the rune.
// It returns the number of bytes written. A rune above maxRune (a negative one too) or a
// surrogate is written as runeError. Go's indexes p with bounds checks (and `_ = p[3]` to
// have gc drop the later ones); rt0gen has no such elimination, so it writes through an
// array pointer to p's data (the callers, string.go, make room for the bytes it writes).
func encoderune(p []byte, r rune) int {
	b := (*[4]byte)(unsafe.Pointer(unsafe.SliceData(p)))
	// Negative values are erroneous. Making it unsigned addresses the problem.
	switch i := uint32(r); {
	case i <= rune1Max:
		b[0] = byte(r)
		return 1
	case i <= rune2Max:
		b[0] = t2 | byte(r>>6)
		b[1] = tx | byte(r)&maskx
		return 2
	case i > maxRune, i-surrogateMin <= surrogateMax-surrogateMin: // a surrogate
		r = runeError
		fallthrough
	case i <= rune3Max:
		b[0] = t3 | byte(r>>12)
		b[1] = tx | byte(r>>6)&maskx
		b[2] = tx | byte(r)&maskx
		return 3
	default:
		b[0] = t4 | byte(r>>18)
		b[1] = tx | byte(r>>12)&maskx
		b[2] = tx | byte(r>>6)&maskx
		b[3] = tx | byte(r)&maskx
		return 4
	}
}

// runelen is the number of bytes encoderune writes for r. Go's slicerunetostring measures
// with encoderune into a [4]byte on its stack; a slice of a local array would be a heap
// allocation in rt0gen's runtime code (no escape analysis yet), so it measures with this.
func runelen(r rune) int {
	switch i := uint32(r); {
	case i <= rune1Max:
		return 1
	case i <= rune2Max:
		return 2
	case i <= rune3Max, i > maxRune:
		return 3 // a surrogate or an invalid rune too: runeError's 3 bytes
	default:
		return 4
	}
}
