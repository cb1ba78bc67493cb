// Package unicode/utf8, which rt0gen compiles from Go: every function on every sequence of one
// and two bytes, on the three- and four-byte sequences that start with each lead byte, and on
// every rune from -2 to MaxRune+2, folded into FNV-1a hashes (one per function), and a few
// results printed as they are: the edge cases of Go's rules (overlong forms, surrogates,
// runes above MaxRune, short input), a string of Go's test programs, and EncodeRune's panics.
package main

import "unicode/utf8"

type fnv uint64

func (h *fnv) add(x int) {
	for i := 0; i < 4; i++ {
		*h = (*h ^ fnv(byte(x>>(8*i)))) * 1099511628211
	}
}

func newFnv() fnv { return 14695981039346656037 }

// inputs calls f with every sequence of one and two bytes, and with 3- and 4-byte sequences
// of each lead byte followed by continuation and other bytes.
func inputs(f func(p []byte)) {
	f(nil)
	for a := 0; a < 256; a++ {
		f([]byte{byte(a)})
		for b := 0; b < 256; b++ {
			f([]byte{byte(a), byte(b)})
		}
	}
	tails := []byte{0x00, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xff}
	for a := 0xc0; a < 256; a++ {
		for _, b := range tails {
			for _, c := range tails {
				f([]byte{byte(a), b, c})
				for _, d := range tails {
					f([]byte{byte(a), b, c, d})
				}
			}
		}
	}
}

func main() {
	decode, decodeStr, last, lastStr, full, fullStr, count, valid := newFnv(), newFnv(), newFnv(), newFnv(), newFnv(), newFnv(), newFnv(), newFnv()
	n := 0
	inputs(func(p []byte) {
		n++
		r, size := utf8.DecodeRune(p)
		decode.add(int(r))
		decode.add(size)
		r, size = utf8.DecodeRuneInString(string(p))
		decodeStr.add(int(r))
		decodeStr.add(size)
		r, size = utf8.DecodeLastRune(p)
		last.add(int(r))
		last.add(size)
		r, size = utf8.DecodeLastRuneInString(string(p))
		lastStr.add(int(r))
		lastStr.add(size)
		if utf8.FullRune(p) {
			full.add(1)
		} else {
			full.add(0)
		}
		if utf8.FullRuneInString(string(p)) {
			fullStr.add(1)
		} else {
			fullStr.add(0)
		}
		count.add(utf8.RuneCount(p))
		count.add(utf8.RuneCountInString(string(p)))
		if utf8.Valid(p) {
			valid.add(1)
		}
		if utf8.ValidString(string(p)) {
			valid.add(2)
		}
	})
	println("inputs", n)
	println("DecodeRune", uint64(decode), uint64(decodeStr))
	println("DecodeLastRune", uint64(last), uint64(lastStr))
	println("FullRune", uint64(full), uint64(fullStr))
	println("RuneCount", uint64(count), "Valid", uint64(valid))

	enc, app, runeLen, validRune := newFnv(), newFnv(), newFnv(), newFnv()
	buf := make([]byte, 4)
	for r := rune(-2); r <= utf8.MaxRune+2; r++ {
		k := utf8.EncodeRune(buf, r)
		enc.add(k)
		for _, b := range buf[:k] {
			enc.add(int(b))
		}
		for _, b := range utf8.AppendRune([]byte{'x'}, r) {
			app.add(int(b))
		}
		runeLen.add(utf8.RuneLen(r))
		if utf8.ValidRune(r) {
			validRune.add(1)
		} else {
			validRune.add(0)
		}
	}
	println("EncodeRune", uint64(enc), "AppendRune", uint64(app))
	println("RuneLen", uint64(runeLen), "ValidRune", uint64(validRune))

	for _, s := range []string{"", "a", "\xc0\x80", "\xe0\x80\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe6\x97", "\xf0\x9f\x98", "日本語", "\xef\xbf\xbd", "a\xffb"} {
		r, size := utf8.DecodeRuneInString(s)
		lr, lsize := utf8.DecodeLastRuneInString(s)
		println(len(s), r, size, lr, lsize, utf8.FullRuneInString(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	}
	println(utf8.RuneLen(-1), utf8.RuneLen(0xd800), utf8.RuneLen(0x10ffff), utf8.RuneLen(0x110000), utf8.RuneStart(0xbf), utf8.RuneStart(0xc2))
	println(string(utf8.AppendRune(nil, 0xd800)), string(utf8.AppendRune([]byte("go "), '語')), utf8.RuneError, utf8.UTFMax)
	short([]byte{0, 0}, '語')
	short([]byte{0}, 0x10ffff)
	short([]byte{0, 0}, -1)
}

// short encodes r into a slice too short for it: EncodeRune panics on the index of the
// encoding's last byte, having written nothing.
func short(b []byte, r rune) {
	defer func() { println(recover().(error).Error(), b[0]) }()
	utf8.EncodeRune(b, r)
}
