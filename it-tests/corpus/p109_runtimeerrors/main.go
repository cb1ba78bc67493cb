package main

// The run-time errors compiled code finds, each recovered and its Error() printed: every
// form of boundsError's message (Go's goPanicIndex… entries: a signed, negative and unsigned
// index, the slice bounds of two and three indexes, a slice converted to an array pointer),
// integer division by zero, a negative shift, unsafe.Slice's and unsafe.String's checks.
// Then an index out of range nothing recovers: "panic: runtime error: …", the goroutine's
// header, exit status 2.

import (
	"os"
	"unsafe"
)

var sink int

func try(name string, f func()) {
	defer func() {
		e, _ := recover().(error)
		println(name, e.Error())
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	n := len(os.Args) + 4 // 5
	m := -len(os.Args)    // -1
	one := len(os.Args)   // 1
	var u uint = uint(n)
	var big uint = 1 << 63 // as an unsigned index: no negative form
	try("index", func() { sink = s[n] })
	try("index negative", func() { sink = s[m] })
	try("index unsigned", func() { sink = s[u] })
	try("index unsigned huge", func() { sink = s[big] })
	try("slice string len", func() { sink = len("abc"[:n]) })
	try("slice cap", func() { sink = len(s[:n]) })
	try("slice negative", func() { sink = len(s[:m]) })
	try("slice unsigned", func() { sink = len(s[:u]) })
	try("slice low > high", func() { sink = len(s[2:one]) })
	try("slice low negative", func() { sink = len(s[m:]) })
	try("slice3 array len", func() { a := [3]int{}; sink = len(a[:1:n]) })
	try("slice3 cap", func() { sink = len(s[:1:n]) })
	try("slice3 max negative", func() { sink = len(s[:1:m]) })
	try("slice3 high > max", func() { sink = len(s[:2:one]) })
	try("slice3 high negative", func() { sink = len(s[:m:2]) })
	try("slice3 low > high", func() { sink = len(s[2:one:3]) })
	try("slice3 low negative", func() { sink = len(s[m:1:3]) })
	try("slice3 unsigned", func() { sink = len(s[u:1:3]) })
	try("convert", func() { p := (*[4]int)(s); sink = p[1] })
	try("divide", func() { sink = n / (m + 1) })
	try("shift", func() { sink = n << m })
	try("unsafe.Slice len", func() { sink = len(unsafe.Slice(&s[0], m)) })
	try("unsafe.Slice nil", func() { var p *int; sink = len(unsafe.Slice(p, n)) })
	try("unsafe.String len", func() { b := byte(0); sink = len(unsafe.String(&b, m)) })
	try("unsafe.String nil", func() { var p *byte; sink = len(unsafe.String(p, n)) })
	sink = s[n*1000]
}
