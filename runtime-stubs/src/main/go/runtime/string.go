package runtime

import "unsafe"

// string.go: string operations, as Go's runtime/string.go.
//
// The buf arguments of Go's conversions stay in the signatures (docs/ABI.md) and are always
// nil from rt0gen: every result is on the heap (or a byte of staticuint64s, for a string of one
// byte). The concatenations have no buf argument.

// The constant is known to the compiler.
// There is no fundamental theory behind this number.
const tmpStringBufSize = 32

type tmpBuf [tmpStringBufSize]byte

// concatstring2 .. concatstring5 implement a Go string concatenation x+y+z+...: Go's
// concatstrings(buf, []string{a0, ...}). If only one string is non-empty, it is the result
// as is (no copy); otherwise a new string with them all copied in. Go throws "string
// concatenation too long" when the length overflows. Go's take a buf argument first (a
// stack buffer for a result that does not escape); rt0gen's do not, and concatstring5's
// fifth string is on the stack (docs/ABI.md).
func concatstring2(a0, a1 string) string {
	if len(a1) == 0 {
		return a0
	}
	if len(a0) == 0 {
		return a1
	}
	l := len(a0) + len(a1)
	if l < len(a0) {
		throw("string concatenation too long")
	}
	s, _ := rawstring(l)
	p := unsafe.Pointer(unsafe.StringData(s))
	memmove(p, unsafe.Pointer(unsafe.StringData(a0)), uintptr(len(a0)))
	memmove(unsafe.Add(p, len(a0)), unsafe.Pointer(unsafe.StringData(a1)), uintptr(len(a1)))
	return s
}

func concatstring3(a0, a1, a2 string) string {
	return concatstrings(a0, a1, a2, "", "")
}

func concatstring4(a0, a1, a2, a3 string) string {
	return concatstrings(a0, a1, a2, a3, "")
}

func concatstring5(a0, a1, a2, a3, a4 string) string {
	return concatstrings(a0, a1, a2, a3, a4)
}

// concatstrings is Go's concatstrings(buf, a []string) for up to five strings: the slice
// Go builds of its arguments would be a heap allocation in rt0gen's runtime code, so the
// strings come as arguments (empty ones where there are fewer), each handled in turn
// without a loop over them (a loop would index them through a call, with every string
// spilled around it).
func concatstrings(a0, a1, a2, a3, a4 string) string {
	l := concatlen(a0, a1, a2, a3, a4)
	// One non-empty string is the result as it is (Go's count == 1; Go copies it when it is
	// on the stack, and no string is on a stack in rt0gen): its length is then the total.
	// When all are empty, the result is a0.
	if l == len(a0) {
		return a0
	}
	if l == len(a1) {
		return a1
	}
	if l == len(a2) {
		return a2
	}
	if l == len(a3) {
		return a3
	}
	if l == len(a4) {
		return a4
	}
	s, _ := rawstring(l)
	concatcopy(unsafe.Pointer(unsafe.StringData(s)), a0, a1, a2, a3, a4)
	return s
}

// concatbyte2 .. concatbyte5 implement []byte(x+y+...), the bytes of a concatenation in a new
// slice without the string between (Go's, by concatbytes; without the buf argument, as
// concatstring2's).
func concatbyte2(a0, a1 string) []byte {
	return concatbytes(a0, a1, "", "", "")
}

func concatbyte3(a0, a1, a2 string) []byte {
	return concatbytes(a0, a1, a2, "", "")
}

func concatbyte4(a0, a1, a2, a3 string) []byte {
	return concatbytes(a0, a1, a2, a3, "")
}

func concatbyte5(a0, a1, a2, a3, a4 string) []byte {
	return concatbytes(a0, a1, a2, a3, a4)
}

// concatbytes is Go's concatbytes(buf, a []string) for up to five strings: rawbyteslice of
// their total length (cap rounded up to the size class) with them copied in; an empty, not
// nil, slice when they are all empty.
func concatbytes(a0, a1, a2, a3, a4 string) []byte {
	l := concatlen(a0, a1, a2, a3, a4)
	if l == 0 {
		// This is to match the return type of the non-optimized concatenation.
		return unsafe.Slice((*byte)(unsafe.Pointer(&zerobase)), 0)
	}
	b := rawbyteslice(l)
	concatcopy(unsafe.Pointer(unsafe.SliceData(b)), a0, a1, a2, a3, a4)
	return b
}

// concatlen is the total length of concatstrings' or concatbytes' strings; Go throws "string
// concatenation too long" when it overflows.
func concatlen(a0, a1, a2, a3, a4 string) int {
	l := len(a0) + len(a1)
	if l < len(a1) {
		throw("string concatenation too long")
	}
	if l += len(a2); l < len(a2) {
		throw("string concatenation too long")
	}
	if l += len(a3); l < len(a3) {
		throw("string concatenation too long")
	}
	if l += len(a4); l < len(a4) {
		throw("string concatenation too long")
	}
	return l
}

// concatcopy copies the strings one after another to p.
func concatcopy(p unsafe.Pointer, a0, a1, a2, a3, a4 string) {
	memmove(p, unsafe.Pointer(unsafe.StringData(a0)), uintptr(len(a0)))
	p = unsafe.Add(p, len(a0))
	memmove(p, unsafe.Pointer(unsafe.StringData(a1)), uintptr(len(a1)))
	p = unsafe.Add(p, len(a1))
	if len(a2) != 0 {
		memmove(p, unsafe.Pointer(unsafe.StringData(a2)), uintptr(len(a2)))
		p = unsafe.Add(p, len(a2))
	}
	if len(a3) != 0 {
		memmove(p, unsafe.Pointer(unsafe.StringData(a3)), uintptr(len(a3)))
		p = unsafe.Add(p, len(a3))
	}
	if len(a4) != 0 {
		memmove(p, unsafe.Pointer(unsafe.StringData(a4)), uintptr(len(a4)))
	}
}

// cmpstring compares two strings lexicographically by bytes, as unsigned: -1, 0 or +1
// (Go's is internal/bytealg's assembly, runtime·cmpstring; the shorter string is less
// when one is a prefix of the other).
func cmpstring(a, b string) int {
	l := len(a)
	if len(b) < l {
		l = len(b)
	}
	pa := unsafe.StringData(a)
	pb := unsafe.StringData(b)
	for i := 0; i < l; i++ {
		c1 := *(*byte)(unsafe.Add(unsafe.Pointer(pa), i))
		c2 := *(*byte)(unsafe.Add(unsafe.Pointer(pb), i))
		if c1 != c2 {
			if c1 < c2 {
				return -1
			}
			return +1
		}
	}
	if len(a) < len(b) {
		return -1
	}
	if len(a) > len(b) {
		return +1
	}
	return 0
}

// staticuint64s holds the data of every one-byte string slicebytetostring makes: Go's
// staticuint64s is an array of 256 uint64s whose first byte each is used; here the 256
// bytes themselves, a constant string (an array literal would be initialization code).
const staticuint64s = "" +
	"\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f" +
	"\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f" +
	"\x20\x21\x22\x23\x24\x25\x26\x27\x28\x29\x2a\x2b\x2c\x2d\x2e\x2f" +
	"\x30\x31\x32\x33\x34\x35\x36\x37\x38\x39\x3a\x3b\x3c\x3d\x3e\x3f" +
	"\x40\x41\x42\x43\x44\x45\x46\x47\x48\x49\x4a\x4b\x4c\x4d\x4e\x4f" +
	"\x50\x51\x52\x53\x54\x55\x56\x57\x58\x59\x5a\x5b\x5c\x5d\x5e\x5f" +
	"\x60\x61\x62\x63\x64\x65\x66\x67\x68\x69\x6a\x6b\x6c\x6d\x6e\x6f" +
	"\x70\x71\x72\x73\x74\x75\x76\x77\x78\x79\x7a\x7b\x7c\x7d\x7e\x7f" +
	"\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f" +
	"\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f" +
	"\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf" +
	"\xb0\xb1\xb2\xb3\xb4\xb5\xb6\xb7\xb8\xb9\xba\xbb\xbc\xbd\xbe\xbf" +
	"\xc0\xc1\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xcb\xcc\xcd\xce\xcf" +
	"\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xd9\xda\xdb\xdc\xdd\xde\xdf" +
	"\xe0\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef" +
	"\xf0\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa\xfb\xfc\xfd\xfe\xff"

// slicebytetostring converts a byte slice to a string: string(b). "" for an empty slice,
// a byte of staticuint64s for a one-byte one, else a copy on the heap. buf is always nil.
func slicebytetostring(buf *tmpBuf, ptr *byte, n int) string {
	if n == 0 {
		// Turns out to be a relatively common case.
		// Consider that you want to parse out data between parens in "foo()bar",
		// you find the indices and convert the subslice to string.
		return ""
	}
	if n == 1 {
		b := int(*ptr)
		return staticuint64s[b : b+1]
	}
	s, _ := rawstring(n)
	memmove(unsafe.Pointer(unsafe.StringData(s)), unsafe.Pointer(ptr), uintptr(n))
	return s
}

// stringtoslicebyte is []byte(s): rawbyteslice(len(s)) with s copied in (so cap is Go's,
// rounded up to the size class). buf is always nil.
func stringtoslicebyte(buf *tmpBuf, s string) []byte {
	b := rawbyteslice(len(s))
	copy(b, s)
	return b
}

// stringtoslicerune is []rune(s): the runes `for range s` visits (an invalid byte is
// runeError) in rawruneslice(countrunes). buf is always nil.
func stringtoslicerune(buf *[tmpStringBufSize]rune, s string) []rune {
	// two passes.
	// unlike slicerunetostring, no race because strings are immutable.
	n := 0
	for range s {
		n++
	}

	a := rawruneslice(n)

	n = 0
	for _, r := range s {
		a[n] = r
		n++
	}
	return a
}

// slicerunetostring is string(a): the UTF-8 encoding of each rune (encoderune: an invalid
// one gives runeError), measured first, then written into a new string. buf is always nil.
// Go measures with encoderune into a [4]byte on its stack: runelen here (utf8.go).
func slicerunetostring(buf *tmpBuf, a []rune) string {
	size1 := 0
	for _, r := range a {
		size1 += runelen(r)
	}
	// 3 bytes more, as Go: encoderune may write 4 bytes at b[size2:] while size2 < size1.
	s, b := rawstring(size1 + 3)
	size2 := 0
	for _, r := range a {
		// check for race
		if size2 >= size1 {
			break
		}
		size2 += encoderune(b[size2:], r)
	}
	return s[:size2]
}

// intstring is string(rune(v)): v's UTF-8 encoding, runeError's when v is not a valid rune
// (outside int32, negative, above maxRune, a surrogate). buf is always nil: a new 4-byte
// string (Go's rawstring(4)). An ASCII v (a digit, a letter) is a byte of staticuint64s, as
// slicebytetostring gives a one-byte string, and allocates nothing: Go's compiler passes a
// stack buffer when the string does not escape, which rt0gen does not do yet (docs/GC.md).
func intstring(buf *[4]byte, v int64) string {
	if uint64(v) < runeSelf {
		return staticuint64s[v : v+1]
	}
	s, b := rawstring(4)
	if int64(rune(v)) != v {
		v = runeError
	}
	n := encoderune(b, rune(v))
	return s[:n]
}

// rawstring allocates storage for a new string. The returned string and byte slice both
// refer to the same storage. The storage is not zeroed (here it is: mallocgc's memory
// always is). Callers should use b to set the string contents and then drop b.
func rawstring(size int) (s string, b []byte) {
	p := mallocgc(uintptr(size), nil, false)
	return unsafe.String((*byte)(p), size), unsafe.Slice((*byte)(p), size)
}

// rawbyteslice allocates a new byte slice of len size whose cap is size rounded up to the
// size class (roundupsize).
func rawbyteslice(size int) (b []byte) {
	cap := roundupsize(uintptr(size), true)
	p := mallocgc(cap, nil, false)
	return unsafe.Slice((*byte)(p), cap)[:size]
}

// rawruneslice allocates a new rune slice of len size whose cap is rounded to the size
// class of size*4 bytes. Go throws "out of memory" when size > maxAlloc/4.
func rawruneslice(size int) (b []rune) {
	if uintptr(size) > maxAlloc/4 {
		throw("out of memory")
	}
	mem := roundupsize(uintptr(size)*4, true)
	p := mallocgc(mem, nil, false)
	return unsafe.Slice((*rune)(p), mem/4)[:size]
}
