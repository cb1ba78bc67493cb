package runtime

import "unsafe"

// print.go: print and println (Go's runtime/print.go). The compiler brackets the calls of one
// print statement with printlock and printunlock and calls printstring, printint, printsp, …
// for its operands (docs/ABI.md, "Runtime entry points"); the output goes to fd 2.
//
// Go writes each piece with write(2) as it comes (gwrite → writeErr). Here the pieces of one
// print statement collect in the current M's printbuf between printlock and printunlock and
// go out with one write; outside a printlock every piece is written at once. The bytes on fd 2
// are the same. As in Go, debuglock keeps two Ms' print statements from interleaving (and
// guards the number buffers below). Go's recordForPanic backlog and g.writebuf are left out:
// nothing redirects print output (Go's writebuf is for its own tests).

// debuglock is Go's: held by the M inside a print statement.
var debuglock mutex

// printlock opens a print statement. Go: mp.printlock++, and lock(&debuglock) on the first
// level; the level also says whether gwrite buffers.
func printlock() {
	mp := getg().m
	mp.printlock++
	if mp.printlock == 1 {
		lock(&debuglock)
	}
}

// printunlock closes a print statement: Go: mp.printlock--, unlock(&debuglock) at level 0;
// here the buffered bytes go out first.
func printunlock() {
	mp := getg().m
	mp.printlock--
	if mp.printlock == 0 {
		printflush()
		unlock(&debuglock)
	}
}

// printflush writes out the current M's printbuf (not in Go, which buffers nothing).
func printflush() {
	mp := getg().m
	n := mp.printlen
	if n != 0 {
		mp.printlen = 0
		write1(2, unsafe.Pointer(&mp.printbuf[0]), int32(n))
	}
}

// gwrite is Go's gwrite: b's bytes to the print buffer (printbytes).
func gwrite(b []byte) {
	printbytes(unsafe.Pointer(unsafe.SliceData(b)), uintptr(len(b)))
}

// printbytes is gwrite's work (not in Go) for callers holding a pointer and a length, who
// need not build a slice (and its checks): the n bytes at p are appended to the M's print
// buffer, which is flushed when full and, unless inside printlock, at the end. (Printing
// never switches M.)
func printbytes(p unsafe.Pointer, n uintptr) {
	mp := getg().m
	for {
		room := printBufSize - uintptr(mp.printlen)
		if n <= room {
			memmove(unsafe.Add(unsafe.Pointer(&mp.printbuf), mp.printlen), p, n)
			break
		}
		memmove(unsafe.Add(unsafe.Pointer(&mp.printbuf), mp.printlen), p, room)
		mp.printlen = printBufSize
		p = unsafe.Add(p, room)
		n -= room
		printflush()
	}
	mp = getg().m
	mp.printlen += int64(n)
	if mp.printlock == 0 {
		printflush()
	}
}

// printtostring_begin (not in Go): what is printed until printtostring_end goes to a new
// string, not to fd 2 (a run-time error's message, made by the code that prints it, where Go
// formats it with its own helpers): whatever is buffered goes out first, and printlock keeps
// the rest in the buffer (a message fits in it).
func printtostring_begin() {
	printflush()
	printlock()
}

// printtostring_end returns the bytes printed since printtostring_begin as a new string; the
// buffer is left empty, the lock released.
func printtostring_end() string {
	mp := getg().m
	n := uintptr(mp.printlen)
	p := mallocgc(n, nil, false)
	memmove(p, unsafe.Pointer(&mp.printbuf[0]), n)
	mp.printlen = 0
	printunlock()
	return unsafe.String((*byte)(p), int(n))
}

func printsp() {
	printstring(" ")
}

func printnl() {
	printstring("\n")
}

func printbool(v bool) {
	if v {
		printstring("true")
	} else {
		printstring("false")
	}
}

// float64Bytes: float64 requires 1+17+1+1+1+3 = 24 bytes max (sign+digits+decimal point+e+
// sign+exponent digits).
const float64Bytes = 24

// printfloat is Go's printfloat64: gwrite(strconv.AppendFloat(buf[:0], v, 'g', -1, 64)), the
// shortest decimal that reads back as v (genericFtoa, ftoa.go).
func printfloat(v float64) {
	buf := printfloatbuf[:float64Bytes]
	n := genericFtoa(buf, v, 64)
	gwrite(buf[:n])
}

// float32Bytes: float32 requires 1+9+1+1+1+2 = 15 bytes max.
const float32Bytes = 15

// printfloat32 is Go's printfloat32: strconv.AppendFloat(buf[:0], float64(v), 'g', -1, 32),
// the shortest decimal that reads back as the float32 (0.1, not 0.10000000149011612).
func printfloat32(v float32) {
	buf := printfloatbuf[:float32Bytes]
	n := genericFtoa(buf, float64(v), 32)
	gwrite(buf[:n])
}

// complex128Bytes: 24+24+1+1+1 = 51 bytes max (paren+float64+float64+i+paren).
const complex128Bytes = 2*float64Bytes + 3

// printcomplex is Go's printcomplex128: strconv.AppendComplex(buf[:0], c, 'g', -1, 128).
func printcomplex(c complex128) {
	buf := printfloatbuf[:complex128Bytes]
	n := formatComplex(buf, real(c), imag(c), 64)
	gwrite(buf[:n])
}

// complex64Bytes: 15+15+1+1+1 = 33 bytes max.
const complex64Bytes = 2*float32Bytes + 3

// printcomplex64 is Go's printcomplex64: strconv.AppendComplex(buf[:0], complex128(c), 'g', -1, 64).
func printcomplex64(c complex64) {
	buf := printfloatbuf[:complex64Bytes]
	n := formatComplex(buf, float64(real(c)), float64(imag(c)), 32)
	gwrite(buf[:n])
}

// formatComplex is strconv's AppendComplex into buf: "(", re, im with a sign added unless it
// prints with one ("+NaN", "+Inf"), "i)"; it returns the length.
func formatComplex(buf []byte, re, im float64, bitSize int) int {
	buf[0] = '('
	n := 1
	n += genericFtoa(buf[n:], re, bitSize)
	i := n
	n += genericFtoa(buf[n:], im, bitSize)
	if buf[i] != '+' && buf[i] != '-' {
		copy(buf[i+1:n+1], buf[i:n])
		buf[i] = '+'
		n++
	}
	buf[n] = 'i'
	buf[n+1] = ')'
	return n + 2
}

// The buffers Go's print functions have on their stacks (var buf [20]byte) are package
// variables here: rt0gen keeps every array variable in a heap object (lowering has no stack
// objects yet), which runtime code may not make. debuglock lets one M print at a time, and
// nothing switches goroutines in the middle of a print; a fatal signal's handler that prints
// over them abandons the print it interrupted.
var (
	printnumbuf   [20]byte              // printuint, printint, printhex
	printfloatbuf [complex128Bytes]byte // printfloat, printfloat32, printcomplex, printcomplex64
)

// printuint is Go's printuint (Go formats with strconv.RuntimeFormatBase10): the digits
// are written backwards from the end of printnumbuf (through a pointer: no index checks).
func printuint(v uint64) {
	end := unsafe.Add(unsafe.Pointer(&printnumbuf), len(printnumbuf))
	p := end
	for v >= 10 {
		q := v / 10
		p = unsafe.Add(p, -1)
		*(*byte)(p) = byte(v - 10*q + '0')
		v = q
	}
	p = unsafe.Add(p, -1)
	*(*byte)(p) = byte(v + '0')
	printbytes(p, uintptr(end)-uintptr(p))
}

// printint is Go's printint: "-" and printuint(-v) for a negative v. (go1.26 writes the '-'
// and the digits with one gwrite; the bytes are the same. This is go1.25's, which shares
// printuint's code.)
func printint(v int64) {
	if v < 0 {
		printstring("-")
		v = -v
	}
	printuint(uint64(v))
}

// printhex is Go's printhex (printhexopts(true, minhexdigits, v), minhexdigits being 0 here):
// "0x" and lower-case hex digits, written as printuint writes its digits.
func printhex(v uint64) {
	const dig = "0123456789abcdef"
	end := unsafe.Add(unsafe.Pointer(&printnumbuf), len(printnumbuf))
	p := end
	for {
		p = unsafe.Add(p, -1)
		*(*byte)(p) = *(*byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(dig)), v%16))
		v /= 16
		if v == 0 {
			break
		}
	}
	p = unsafe.Add(p, -2)
	*(*byte)(p) = '0'
	*(*byte)(unsafe.Add(p, 1)) = 'x'
	printbytes(p, uintptr(end)-uintptr(p))
}

func printpointer(p unsafe.Pointer) {
	printhex(uint64(uintptr(p)))
}

func printuintptr(p uintptr) {
	printhex(uint64(p))
}

// printstring is Go's: gwrite(bytes(s)), the string's bytes (here as pointer and length).
func printstring(s string) {
	printbytes(unsafe.Pointer(unsafe.StringData(s)), uintptr(len(s)))
}

// printslice is Go's printslice: "[len/cap]" and the data pointer.
func printslice(s []byte) {
	printstring("[")
	printint(int64(len(s)))
	printstring("/")
	printint(int64(cap(s)))
	printstring("]")
	printpointer(unsafe.Pointer(unsafe.SliceData(s)))
}

// printeface is Go's printeface(e eface): "(" type "," data ")", both as pointers. The
// interface's two words are the two arguments (Go passes them as an eface, in the same registers).
func printeface(typ, data unsafe.Pointer) {
	printstring("(")
	printpointer(typ)
	printstring(",")
	printpointer(data)
	printstring(")")
}

// printiface is Go's printiface(i iface): the same with the itab word.
func printiface(tab, data unsafe.Pointer) {
	printstring("(")
	printpointer(tab)
	printstring(",")
	printpointer(data)
	printstring(")")
}
