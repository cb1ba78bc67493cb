package runtime

import "unsafe"

// error.go: the run-time errors' messages (Go's runtime/error.go).
//
// Go's run-time errors are values of several types (errorString, plainError, boundsError,
// TypeAssertionError, …) that implement error. This runtime has no interface values of its
// own (docs/ABI.md "The runtime in Go"): every run-time error panics as a runtime.plainError
// whose Error() is the whole message, "runtime error: …" (panicplain, panic.go); only %T of
// the recovered value would tell them apart. The types here build the message as Go's
// Error() methods do.

// A boundsError is Go's: an index or slice expression out of range (x is the index or the
// bound, y the length, capacity or other bound), with the code of the expression's form.
type boundsError struct {
	x int64
	y int
	// signed says whether x is a signed integer: its message says nothing of a negative x
	// that is unsigned (a huge value then).
	signed bool
	code   boundsErrorCode
}

// boundsErrorCode is Go's abi.BoundsErrorCode: the form of the failing expression.
type boundsErrorCode uint8

const (
	boundsIndex      boundsErrorCode = iota // s[x], 0 <= x < len(s) failed
	boundsSliceAlen                         // s[?:x], 0 <= x <= len(s) failed
	boundsSliceAcap                         // s[?:x], 0 <= x <= cap(s) failed
	boundsSliceB                            // s[x:y], 0 <= x <= y failed (but boundsSliceA didn't happen)
	boundsSlice3Alen                        // s[?:?:x], 0 <= x <= len(s) failed
	boundsSlice3Acap                        // s[?:?:x], 0 <= x <= cap(s) failed
	boundsSlice3B                           // s[?:x:y], 0 <= x <= y failed (but boundsSlice3A didn't happen)
	boundsSlice3C                           // s[x:y:?], 0 <= x <= y failed (but boundsSlice3A/B didn't happen)
	boundsConvert                           // (*[x]T)(s), 0 <= x <= len(s) failed
)

// boundsErrorFmt has the format of each code's message: %x is x, %y is y (Go's).
var boundsErrorFmt = [...]string{
	"index out of range [%x] with length %y",
	"slice bounds out of range [:%x] with length %y",
	"slice bounds out of range [:%x] with capacity %y",
	"slice bounds out of range [%x:%y]",
	"slice bounds out of range [::%x] with length %y",
	"slice bounds out of range [::%x] with capacity %y",
	"slice bounds out of range [:%x:%y]",
	"slice bounds out of range [%x:%y:]",
	"cannot convert slice with length %y to array or pointer to array with length %x",
}

// boundsNegErrorFmt is boundsErrorFmt for a negative (signed) x, which says nothing of y.
var boundsNegErrorFmt = [...]string{
	"index out of range [%x]",
	"slice bounds out of range [:%x]",
	"slice bounds out of range [:%x]",
	"slice bounds out of range [%x:]",
	"slice bounds out of range [::%x]",
	"slice bounds out of range [::%x]",
	"slice bounds out of range [:%x:]",
	"slice bounds out of range [%x::]",
	"",
}

// Error is Go's boundsError.Error: "runtime error: " and the code's format with x and y in
// decimal. Go appends to a new []byte (appendIntStr); here the message is printed into the
// M's print buffer and made a string there (printtostring_begin/end). The tables and the
// format are read through pointers, without bounds checks (whose panics would come back here).
func (e boundsError) Error() string {
	fmts := unsafe.Pointer(&boundsErrorFmt)
	if e.signed && e.x < 0 {
		fmts = unsafe.Pointer(&boundsNegErrorFmt)
	}
	fmt := *(*string)(unsafe.Add(fmts, uintptr(e.code)*unsafe.Sizeof("")))
	printtostring_begin()
	printstring("runtime error: ")
	p := unsafe.Pointer(unsafe.StringData(fmt))
	for i := uintptr(0); i < uintptr(len(fmt)); i++ {
		c := unsafe.Add(p, i)
		if *(*byte)(c) != '%' {
			printbytes(c, 1)
			continue
		}
		i++
		if *(*byte)(unsafe.Add(p, i)) == 'y' {
			printint(int64(e.y))
		} else if e.signed {
			printint(e.x)
		} else {
			printuint(uint64(e.x))
		}
	}
	return printtostring_end()
}

// panicBounds is the panic(boundsError{…}) of Go's goPanic* functions (not in Go, where each
// builds the value itself).
func panicBounds(x int64, y int, signed bool, code boundsErrorCode) {
	panicplain(boundsError{x: x, y: y, signed: signed, code: code}.Error())
}

// Go's goPanic* functions (panic.go): compiled code calls them when a bounds check fails, x in
// RAX and y in RBX, the register ABI of their Go signatures (docs/ABI.md), so that, unlike
// Go's (whose compiler passes the values in other registers: asm_amd64.s's panicIndex and
// friends move them), they need no assembly. The ...U forms take an unsigned x. They never
// return.

func goPanicIndex(x int, y int) {
	panicBounds(int64(x), y, true, boundsIndex)
}

func goPanicIndexU(x uint, y int) {
	panicBounds(int64(x), y, false, boundsIndex)
}

func goPanicSliceAlen(x int, y int) {
	panicBounds(int64(x), y, true, boundsSliceAlen)
}

func goPanicSliceAlenU(x uint, y int) {
	panicBounds(int64(x), y, false, boundsSliceAlen)
}

func goPanicSliceAcap(x int, y int) {
	panicBounds(int64(x), y, true, boundsSliceAcap)
}

func goPanicSliceAcapU(x uint, y int) {
	panicBounds(int64(x), y, false, boundsSliceAcap)
}

func goPanicSliceB(x int, y int) {
	panicBounds(int64(x), y, true, boundsSliceB)
}

func goPanicSliceBU(x uint, y int) {
	panicBounds(int64(x), y, false, boundsSliceB)
}

func goPanicSlice3Alen(x int, y int) {
	panicBounds(int64(x), y, true, boundsSlice3Alen)
}

func goPanicSlice3AlenU(x uint, y int) {
	panicBounds(int64(x), y, false, boundsSlice3Alen)
}

func goPanicSlice3Acap(x int, y int) {
	panicBounds(int64(x), y, true, boundsSlice3Acap)
}

func goPanicSlice3AcapU(x uint, y int) {
	panicBounds(int64(x), y, false, boundsSlice3Acap)
}

func goPanicSlice3B(x int, y int) {
	panicBounds(int64(x), y, true, boundsSlice3B)
}

func goPanicSlice3BU(x uint, y int) {
	panicBounds(int64(x), y, false, boundsSlice3B)
}

func goPanicSlice3C(x int, y int) {
	panicBounds(int64(x), y, true, boundsSlice3C)
}

func goPanicSlice3CU(x uint, y int) {
	panicBounds(int64(x), y, false, boundsSlice3C)
}

// goPanicSliceConvert is Go's, for a slice converted to an array or a pointer to one: x is the
// array's length, y the slice's. x is never negative (Go's is signed; this message has no
// negative form).
func goPanicSliceConvert(x int, y int) {
	panicBounds(int64(x), y, true, boundsConvert)
}
