// Package bytes, the part rt0gen has: three hundred thousand triples of generated slices
// (nil, empty, with and without room beyond their length; ASCII, multibyte runes, an invalid
// byte, Unicode spaces) through every search, split, join, replace and trim function, with
// each result's bytes, whether it is nil and its spare capacity hashed (FNV-1a); a Buffer's
// length, capacity and contents as it is written, read (Read, ReadByte, ReadRune, Unread*,
// ReadBytes, ReadString, Next, Peek), truncated and grown; Readers read, seeked and reset at
// random; package io's functions over Buffers
// and readers of its own (Copy, CopyN, CopyBuffer, ReadAll, ReadFull, ReadAtLeast,
// LimitReader, TeeReader, Discard, NopCloser, WriteString) with their errors; the panics of
// Repeat, Grow, Truncate and a Buffer that cannot grow. Go's binary prints the same.
package main

import (
	"bytes"
	"io"
)

var h uint64 = 14695981039346656037

func mixInt(n int) {
	for i := 0; i < 8; i++ {
		h ^= uint64(n) >> (8 * i) & 0xff
		h *= 1099511628211
	}
}

func mix(b []byte) {
	if b == nil {
		mixInt(-1)
	}
	mixInt(len(b))
	mixInt(cap(b) - len(b))
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
}

func mixStr(s string) {
	mixInt(len(s))
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
}

func mixErr(err error) {
	if err == nil {
		mixInt(0)
		return
	}
	mixStr(err.Error())
}

// onlyReader and onlyWriter hide a Buffer's other methods (WriteTo, ReadFrom, WriteString),
// so io's functions take their general paths.
type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

type onlyWriter struct{ w io.Writer }

func (o onlyWriter) Write(p []byte) (int, error) { return o.w.Write(p) }

func mixAll(a [][]byte) {
	if a == nil {
		mixInt(-1)
	}
	mixInt(len(a))
	for _, b := range a {
		mix(b)
	}
}

func mixBool(b bool) {
	if b {
		mixInt(1)
	} else {
		mixInt(0)
	}
}

var seed uint64 = 88172645463325252

func next() int {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return int(seed >> 1)
}

var alpha = []string{"a", "b", "ab", " ", "\t", "é", "\xff", "\u3000", ",", "", "\u2028", "x", "€"}

func gen() []byte {
	var b bytes.Buffer
	for n := next() % 8; n > 0; n-- {
		b.WriteString(alpha[next()%len(alpha)])
	}
	if b.Len() == 0 && next()%2 == 0 {
		return nil
	}
	s := make([]byte, b.Len(), b.Len()+next()%3)
	copy(s, b.Bytes())
	return s
}

func report(what string) {
	println(what, h)
	h = 14695981039346656037
}

func isA(r rune) bool { return r == 'a' || r == 0xFFFD }

func main() {
	runes := []rune{'a', 'é', 0xFFFD, -1, 0x110000, ' ', '\u3000', '€'}
	for i := 0; i < 300000; i++ {
		s, u, v := gen(), gen(), gen()
		us := string(u)
		n := next()%6 - 2
		mixInt(bytes.Index(s, u))
		mixInt(bytes.LastIndex(s, u))
		mixInt(bytes.Count(s, u))
		mixInt(bytes.IndexAny(s, us))
		mixInt(bytes.LastIndexAny(s, us))
		mixInt(bytes.Compare(s, u))
		mixBool(bytes.Equal(s, u))
		mixBool(bytes.Contains(s, u))
		mixBool(bytes.ContainsAny(s, us))
		mixBool(bytes.HasPrefix(s, u))
		mixBool(bytes.HasSuffix(s, u))
		if len(u) > 0 {
			mixInt(bytes.IndexByte(s, u[0]))
			mixInt(bytes.LastIndexByte(s, u[0]))
		}
		mixAll(bytes.Split(s, u))
		mixAll(bytes.SplitN(s, u, n))
		mixAll(bytes.SplitAfter(s, u))
		mixAll(bytes.SplitAfterN(s, u, n))
		mixAll(bytes.Fields(s))
		mixAll(bytes.FieldsFunc(s, isA))
		mix(bytes.TrimSpace(s))
		mix(bytes.Trim(s, us))
		mix(bytes.TrimLeft(s, us))
		mix(bytes.TrimRight(s, us))
		mix(bytes.TrimPrefix(s, u))
		mix(bytes.TrimSuffix(s, u))
		mix(bytes.TrimFunc(s, isA))
		mix(bytes.TrimLeftFunc(s, isA))
		mix(bytes.TrimRightFunc(s, isA))
		mixInt(bytes.IndexFunc(s, isA))
		mixInt(bytes.LastIndexFunc(s, isA))
		mixBool(bytes.ContainsFunc(s, isA))
		mix(bytes.Replace(s, u, v, n))
		mix(bytes.ReplaceAll(s, u, v))
		mix(bytes.Clone(s))
		k := next() % 4
		mix(bytes.Join([][]byte{s, u, v}[:k], v))
		mix(bytes.Repeat(s, k))
		before, after, found := bytes.Cut(s, u)
		mix(before)
		mix(after)
		mixBool(found)
		after, found = bytes.CutPrefix(s, u)
		mix(after)
		mixBool(found)
		before, found = bytes.CutSuffix(s, u)
		mix(before)
		mixBool(found)
		for _, r := range runes {
			mixInt(bytes.IndexRune(s, r))
			mixBool(bytes.ContainsRune(s, r))
		}
	}
	report("bytes:")

	var b bytes.Buffer
	for i := 0; i < 3000; i++ {
		switch i % 6 {
		case 0:
			b.WriteString(string(gen()))
		case 1:
			b.WriteByte(byte(i))
		case 2:
			b.WriteRune(rune(i * 37))
		case 3:
			b.Write(gen())
		case 4:
			mix(b.Next(next() % 7))
		case 5:
			if i%90 == 5 {
				b.Truncate(b.Len() / 2)
			}
		}
		if i%97 == 0 {
			b.Grow(i)
		}
		if i%1000 == 999 {
			b.Reset()
		}
		mixInt(b.Len())
		mixInt(b.Cap())
		mixInt(b.Available())
	}
	mix(b.Bytes())
	mixStr(b.String())
	// (only c's contents: gc may put the []byte(s) of a Buffer that does not escape in a 32-byte
	// buffer on the stack, so its capacity is its escape analysis's choice, not the language's)
	c := bytes.NewBufferString("hello, world")
	mixStr(string(c.Next(5)))
	c.WriteString("!")
	mixStr(c.String())
	mix(bytes.NewBuffer(make([]byte, 3, 10)).AvailableBuffer())
	report("buffer:")

	var r bytes.Buffer
	for i := 0; i < 20000; i++ {
		switch next() % 12 {
		case 0:
			r.Write(gen())
		case 1:
			p := make([]byte, next()%9)
			n, err := r.Read(p)
			mixInt(n)
			mixErr(err)
			mix(p[:n])
		case 2:
			c, err := r.ReadByte()
			mixInt(int(c))
			mixErr(err)
		case 3:
			ru, size, err := r.ReadRune()
			mixInt(int(ru))
			mixInt(size)
			mixErr(err)
		case 4:
			mixErr(r.UnreadByte())
		case 5:
			mixErr(r.UnreadRune())
		case 6:
			line, err := r.ReadBytes(',')
			mix(line)
			mixErr(err)
		case 7:
			line, err := r.ReadString(' ')
			mixStr(line)
			mixErr(err)
		case 8:
			p, err := r.Peek(next() % 5)
			mixStr(string(p))
			mixErr(err)
		case 9:
			r.WriteString("a,b c\xff")
		case 10:
			mix(r.Next(next() % 4))
		case 11:
			var w bytes.Buffer
			n, err := r.WriteTo(&w)
			mixInt(int(n))
			mixErr(err)
			n, err = r.ReadFrom(&w)
			mixInt(int(n))
			mixErr(err)
		}
		mixInt(r.Len())
		mixInt(r.Cap())
	}
	report("reader:")

	for i := 0; i < 20000; i++ {
		br := bytes.NewReader(gen())
		for k := 0; k < 6; k++ {
			switch next() % 9 {
			case 0:
				p := make([]byte, next()%5)
				n, err := br.Read(p)
				mixInt(n)
				mixStr(string(p[:n]))
				mixErr(err)
			case 1:
				c, err := br.ReadByte()
				mixInt(int(c))
				mixErr(err)
			case 2:
				ru, size, err := br.ReadRune()
				mixInt(int(ru))
				mixInt(size)
				mixErr(err)
			case 3:
				mixErr(br.UnreadByte())
			case 4:
				mixErr(br.UnreadRune())
			case 5:
				off, err := br.Seek(int64(next()%12-3), next()%4)
				mixInt(int(off))
				mixErr(err)
			case 6:
				p := make([]byte, next()%5)
				n, err := br.ReadAt(p, int64(next()%12-2))
				mixInt(n)
				mixStr(string(p[:n]))
				mixErr(err)
			case 7:
				var w bytes.Buffer
				n, err := br.WriteTo(&w)
				mixInt(int(n))
				mixStr(w.String())
				mixErr(err)
			case 8:
				br.Reset(gen())
			}
			mixInt(br.Len())
			mixInt(int(br.Size()))
		}
	}
	report("bytes.Reader:")

	for i := 0; i < 3000; i++ {
		src := gen()
		var dst bytes.Buffer
		n, err := io.Copy(&dst, bytes.NewBuffer(src))
		mixInt(int(n))
		mixErr(err)
		mixStr(dst.String())
		k := int64(next() % 12)
		n, err = io.CopyN(&dst, onlyReader{bytes.NewBuffer(src)}, k)
		mixInt(int(n))
		mixErr(err)
		n, err = io.CopyBuffer(onlyWriter{&dst}, onlyReader{bytes.NewBuffer(src)}, make([]byte, 1+next()%3))
		mixInt(int(n))
		mixErr(err)
		all, err := io.ReadAll(onlyReader{io.LimitReader(bytes.NewBuffer(src), k)})
		mix(all)
		mixErr(err)
		p := make([]byte, next()%12)
		m, err := io.ReadFull(onlyReader{bytes.NewBuffer(src)}, p)
		mixInt(m)
		mixErr(err)
		m, err = io.ReadAtLeast(bytes.NewBuffer(src), p, next()%14)
		mixInt(m)
		mixErr(err)
		var tee bytes.Buffer
		all, err = io.ReadAll(io.TeeReader(bytes.NewBuffer(src), &tee))
		mixBool(bytes.Equal(all, tee.Bytes()))
		mixErr(err)
		n, err = io.Copy(io.Discard, onlyReader{bytes.NewBuffer(src)})
		mixInt(int(n))
		mixErr(err)
		m, err = io.WriteString(onlyWriter{&dst}, string(src))
		mixInt(m)
		mixErr(err)
		mixStr(dst.String())
	}
	big := bytes.Repeat([]byte("0123456789"), 10000)
	all, err := io.ReadAll(onlyReader{bytes.NewBuffer(big)})
	mixInt(len(all))
	mixInt(cap(all))
	mixErr(err)
	rc := io.NopCloser(bytes.NewBufferString("x"))
	_, isWriterTo := rc.(io.WriterTo)
	mixBool(isWriterTo)
	mixErr(rc.Close())
	report("io:")
	println(io.EOF.Error(), io.ErrUnexpectedEOF.Error(), io.ErrShortBuffer.Error(), io.SeekEnd)

	println(string(bytes.Join(bytes.Fields([]byte(" a\u2028b\u3000c\t\n")), []byte("|"))), string(bytes.Repeat([]byte("ab"), 3)))
	println(bytes.TrimSpace([]byte("  ")) == nil, bytes.Trim(nil, "x") == nil, bytes.Join(nil, nil) != nil, bytes.Clone(nil) == nil)
	var nb *bytes.Buffer
	println(nb.String(), len(bytes.Split([]byte("héllo\xff"), nil)), bytes.SplitN([]byte("a,b"), []byte(","), 0) == nil)
	var d bytes.Buffer
	d.WriteString("x")
	println(d.Len(), d.Cap())
	try(func() { bytes.Repeat([]byte("x"), -1) })
	try(func() { bytes.Repeat([]byte("xy"), 1<<62) })
	try(func() { d.Grow(-1) })
	try(func() { d.Truncate(5) })
	try(func() { d.Grow(1<<63 - 1) })
	try(func() {
		var e bytes.Buffer
		e.Grow(1<<63 - 1)
	})
}

func try(f func()) {
	defer func() {
		switch r := recover().(type) {
		case string:
			println("recovered:", r)
		case error:
			println("recovered error:", r.Error(), r == bytes.ErrTooLarge)
		}
	}()
	f()
}
