package strings

import (
	"unicode/utf8"
	"unsafe"
)

// A Builder builds a string with Write methods, copying as little as it can (Go's: String
// returns the bytes themselves). The zero value is ready; a non-zero Builder must not be
// copied (its methods panic, as Go's, when a copy is used).
type Builder struct {
	addr *Builder // of the receiver, to find copies by value
	buf  []byte
}

// makeNoZero is Go's bytealg.MakeNoZero, from the runtime (slice.go): a []byte of length n
// whose capacity is all of the size class n rounds up to, as Builder.Cap shows.
func makeNoZero(n int) []byte

func (b *Builder) copyCheck() {
	if b.addr == nil {
		b.addr = b
	} else if b.addr != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String returns the bytes written so far, as a string sharing them.
func (b *Builder) String() string {
	return unsafe.String(unsafe.SliceData(b.buf), len(b.buf))
}

// Len returns the number of bytes written.
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the Builder's buffer.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset makes b the zero Builder.
func (b *Builder) Reset() {
	b.addr = nil
	b.buf = nil
}

func (b *Builder) grow(n int) {
	buf := makeNoZero(2*cap(b.buf) + n)[:len(b.buf)]
	copy(buf, b.buf)
	b.buf = buf
}

// Grow makes room for n more bytes without another allocation.
func (b *Builder) Grow(n int) {
	b.copyCheck()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		b.grow(n)
	}
}

// Write appends p; the error is always nil.
func (b *Builder) Write(p []byte) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends c; the error is always nil.
func (b *Builder) WriteByte(c byte) error {
	b.copyCheck()
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends r's UTF-8 encoding; the error is always nil.
func (b *Builder) WriteRune(r rune) (int, error) {
	b.copyCheck()
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - n, nil
}

// WriteString appends s; the error is always nil.
func (b *Builder) WriteString(s string) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, s...)
	return len(s), nil
}
