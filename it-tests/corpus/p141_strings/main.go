// Package strings, the part rt0gen has: three hundred thousand pairs of generated strings
// (ASCII, two- and three-byte runes, an invalid byte, Unicode spaces) through every search,
// split, join, replace and trim function, every rune through Fields and TrimSpace (Go's
// unicode.IsSpace), a Builder's length and capacity as it grows, Readers read, seeked and
// reset at random (errors included), and the panics of Repeat,
// Builder.Grow and a copied Builder. The results are hashed (FNV-1a); a few are printed.
// Go's binary prints the same, and the same packages under GODEBUG=inittrace=1 (errors, iter,
// sync, unicode: Go's strings imports them; then main, whose rule needs code).
package main

import "strings"

var h uint64 = 14695981039346656037

var rule = strings.Repeat("-", 20)

func mix(s string) {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	h ^= 0xff
	h *= 1099511628211
}

func mixInt(n int) {
	for i := 0; i < 8; i++ {
		h ^= uint64(n) >> (8 * i) & 0xff
		h *= 1099511628211
	}
}

func mixErr(err error) {
	if err == nil {
		mix("<nil>")
		return
	}
	mix(err.Error())
}

func mixAll(a []string) {
	mixInt(len(a))
	if a == nil {
		mix("<nil>")
	}
	for _, s := range a {
		mix(s)
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

var alpha = []string{"a", "b", "ab", " ", "\t", "é", "\xff", "\u3000", ",", "", "\u2028", "x", "ba", "€"}

func gen() string {
	var b strings.Builder
	for n := next() % 8; n > 0; n-- {
		b.WriteString(alpha[next()%len(alpha)])
	}
	return b.String()
}

func report(what string) {
	println(what, h)
	h = 14695981039346656037
}

func isA(r rune) bool { return r == 'a' || r == 0xFFFD }

func main() {
	println(rule)
	for r := rune(0); r <= 0x10FFFF; r++ {
		if r&0xFF == 0 || r < 0x3100 || r == 0x3000 {
			s := "x" + string(r) + "y" + string(r)
			mixAll(strings.Fields(s))
			mix(strings.TrimSpace(string(r) + "z" + string(r)))
		}
	}
	report("spaces:")

	runes := []rune{'a', 'é', 0xFFFD, -1, 0x110000, ' ', '\u3000', '€'}
	for i := 0; i < 300000; i++ {
		s, u, v := gen(), gen(), gen()
		n := next()%6 - 2
		mixInt(strings.Index(s, u))
		mixInt(strings.LastIndex(s, u))
		mixInt(strings.Count(s, u))
		mixInt(strings.IndexAny(s, u))
		mixInt(strings.LastIndexAny(s, u))
		mixInt(strings.Compare(s, u))
		mixBool(strings.Contains(s, u))
		mixBool(strings.ContainsAny(s, u))
		mixBool(strings.HasPrefix(s, u))
		mixBool(strings.HasSuffix(s, u))
		if len(u) > 0 {
			mixInt(strings.IndexByte(s, u[0]))
			mixInt(strings.LastIndexByte(s, u[0]))
		}
		mixAll(strings.Split(s, u))
		mixAll(strings.SplitN(s, u, n))
		mixAll(strings.SplitAfter(s, u))
		mixAll(strings.SplitAfterN(s, u, n))
		mixAll(strings.Fields(s))
		mixAll(strings.FieldsFunc(s, isA))
		mix(strings.TrimSpace(s))
		mix(strings.Trim(s, u))
		mix(strings.TrimLeft(s, u))
		mix(strings.TrimRight(s, u))
		mix(strings.TrimPrefix(s, u))
		mix(strings.TrimSuffix(s, u))
		mix(strings.TrimFunc(s, isA))
		mix(strings.TrimLeftFunc(s, isA))
		mix(strings.TrimRightFunc(s, isA))
		mixInt(strings.IndexFunc(s, isA))
		mixInt(strings.LastIndexFunc(s, isA))
		mixBool(strings.ContainsFunc(s, isA))
		mix(strings.Replace(s, u, v, n))
		mix(strings.ReplaceAll(s, u, v))
		k := next() % 4
		mix(strings.Join([]string{s, u, v}[:k], v))
		mix(strings.Repeat(s, k))
		before, after, found := strings.Cut(s, u)
		mix(before)
		mix(after)
		mixBool(found)
		after, found = strings.CutPrefix(s, u)
		mix(after)
		mixBool(found)
		before, found = strings.CutSuffix(s, u)
		mix(before)
		mixBool(found)
		for _, r := range runes {
			mixInt(strings.IndexRune(s, r))
			mixBool(strings.ContainsRune(s, r))
		}
		mix(strings.Clone(s))
	}
	report("strings:")

	var b strings.Builder
	for i := 0; i < 2000; i++ {
		switch i % 4 {
		case 0:
			b.WriteString(gen())
		case 1:
			b.WriteByte(byte(i))
		case 2:
			b.WriteRune(rune(i * 37))
		case 3:
			b.Write([]byte(gen()))
		}
		if i%97 == 0 {
			b.Grow(i)
		}
		mixInt(b.Len())
		mixInt(b.Cap())
	}
	mix(b.String())
	report("builder:")

	for i := 0; i < 20000; i++ {
		src := gen()
		r := strings.NewReader(src)
		for k := 0; k < 6; k++ {
			switch next() % 9 {
			case 0:
				p := make([]byte, next()%5)
				n, err := r.Read(p)
				mixInt(n)
				mix(string(p[:n]))
				mixErr(err)
			case 1:
				c, err := r.ReadByte()
				mixInt(int(c))
				mixErr(err)
			case 2:
				ru, size, err := r.ReadRune()
				mixInt(int(ru))
				mixInt(size)
				mixErr(err)
			case 3:
				mixErr(r.UnreadByte())
			case 4:
				mixErr(r.UnreadRune())
			case 5:
				off, err := r.Seek(int64(next()%12-3), next()%4)
				mixInt(int(off))
				mixErr(err)
			case 6:
				p := make([]byte, next()%5)
				n, err := r.ReadAt(p, int64(next()%12-2))
				mixInt(n)
				mix(string(p[:n]))
				mixErr(err)
			case 7:
				var b strings.Builder
				n, err := r.WriteTo(&b)
				mixInt(int(n))
				mix(b.String())
				mixErr(err)
			case 8:
				r.Reset(gen())
			}
			mixInt(r.Len())
			mixInt(int(r.Size()))
		}
	}
	report("reader:")

	println(strings.Join(strings.Fields(" a\u2028b\u3000c\t\n"), "|"), strings.Repeat("ab", 3), strings.ReplaceAll("abc", "", "-"))
	println(len(strings.Split("héllo\xff", "")), strings.SplitN("a,b,c", ",", 0) == nil, strings.Count("five", ""))
	var c strings.Builder
	c.WriteString("abc")
	println(c.String(), c.Len(), c.Cap())
	c.Reset()
	println(c.Len(), c.Cap(), c.String() == "")
	try(func() { println(strings.Repeat("x", -1)) })
	try(func() { println(strings.Repeat("xy", 1<<62)) })
	try(func() { c.Grow(-1) })
	try(func() {
		c.WriteString("x")
		d := c
		d.WriteString("y")
	})
}

func try(f func()) {
	defer func() { println("recovered:", recover().(string)) }()
	f()
}
