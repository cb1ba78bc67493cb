// Package strconv, its integer, boolean and quoting parts: every rune through IsPrint,
// IsGraphic and the QuoteRune family, every rune below U+3000 (and every 7th above) through
// Quote, twenty thousand generated strings through ParseInt, ParseUint (every base and
// bit size, the invalid ones too), Atoi, ParseBool, Quote and Unquote, and a hundred
// thousand numbers through FormatInt and FormatUint in every base. The results, the errors'
// texts included, are hashed (FNV-1a); a few are printed. Go's binary prints the same.
package main

import (
	"errors"
	"strconv"
	"unicode/utf8"
)

var h uint64 = 14695981039346656037

func mix(s string) {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	h ^= 0xff
	h *= 1099511628211
}

func mixErr(err error) {
	if err == nil {
		mix("<nil>")
		return
	}
	mix(err.Error())
}

func mixBool(b bool) {
	if b {
		mix("t")
	} else {
		mix("f")
	}
}

var seed uint64 = 88172645463325252

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func report(what string) {
	println(what, h)
	h = 14695981039346656037
}

func main() {
	for r := rune(-3); r <= utf8.MaxRune+3; r++ {
		mixBool(strconv.IsPrint(r))
		mixBool(strconv.IsGraphic(r))
		if r%7 == 0 || r < 0x3000 {
			mix(strconv.QuoteRune(r))
			mix(strconv.QuoteRuneToASCII(r))
			mix(strconv.QuoteRuneToGraphic(r))
			s := string(r)
			mix(strconv.Quote(s))
			mix(strconv.QuoteToGraphic(s))
			mixBool(strconv.CanBackquote(s))
		}
	}
	report("runes:")

	const alphabet = "0123456789abcdefxXobO_+-zZ\x80"
	inputs := []string{"", "0", "-0", "+", "-", "0x", "0x1f", "0X_1F", "0b101", "0o17", "017", "1_000", "_1",
		"1__0", "1_", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
		"-9223372036854775809", "18446744073709551615", "18446744073709551616", "abc", "zz", "ZZ",
		"127", "128", "-128", "-129", "255", "256", "1e3", " 1", "١٢", "true", "FALSE", "T", "tRUE"}
	for i := 0; i < 20000; i++ {
		b := make([]byte, next()%22)
		for j := range b {
			b[j] = alphabet[next()%uint64(len(alphabet))]
		}
		inputs = append(inputs, string(b))
	}
	bases := []int{0, 2, 8, 10, 16, 36, 1, 37, -1}
	sizes := []int{0, 8, 16, 32, 64, 65, -1}
	for _, s := range inputs {
		for _, base := range bases {
			for _, bits := range sizes {
				v, err := strconv.ParseInt(s, base, bits)
				mix(strconv.FormatInt(v, 10))
				mixErr(err)
				u, err := strconv.ParseUint(s, base, bits)
				mix(strconv.FormatUint(u, 10))
				mixErr(err)
			}
		}
		n, err := strconv.Atoi(s)
		mix(strconv.Itoa(n))
		mixErr(err)
		b, err := strconv.ParseBool(s)
		mixBool(b)
		mixErr(err)
		q := strconv.Quote(s)
		mix(q)
		mix(strconv.QuoteToASCII(s))
		mixBool(strconv.CanBackquote(s))
		for _, in := range []string{q, s, "'" + s + "'", "`" + s + "`", q[:len(q)-1]} {
			out, err := strconv.Unquote(in)
			mix(out)
			mixErr(err)
			out, err = strconv.QuotedPrefix(in)
			mix(out)
			mixErr(err)
		}
	}
	report("parse:")

	for i := 0; i < 100000; i++ {
		v := int64(next()) >> (next() % 64)
		base := 2 + int(next()%35)
		mix(strconv.FormatInt(v, base))
		mix(strconv.FormatUint(uint64(v), base))
		mix(strconv.Itoa(int(v)))
		mix(string(strconv.AppendInt([]byte("n="), v, base)))
		mix(string(strconv.AppendUint(nil, uint64(v), base)))
	}
	report("format:")

	n, err := strconv.Atoi("12x")
	println(n, err.Error(), errors.Is(err, strconv.ErrSyntax), errors.Unwrap(err) == strconv.ErrSyntax)
	var ne *strconv.NumError = err.(*strconv.NumError)
	println(ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	v, err := strconv.ParseInt("-0x_7f", 0, 8)
	println(v, err == nil)
	v, err = strconv.ParseInt("300", 10, 8)
	println(v, err.Error(), errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseUint("1", 10, 65)
	println(err.Error())
	println(strconv.Itoa(-1234567), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<64-1, 2), strconv.IntSize)
	println(strconv.Quote("héllo\n\x00☺\U0001F600\xff"), strconv.QuoteToASCII("é☺"), strconv.QuoteRune('\''), strconv.FormatBool(true))
	s, err := strconv.Unquote(`"a\tb\u00e9\101\x41"`)
	println(s, err == nil, strconv.IsPrint('\u00ad'), strconv.IsGraphic('\u3000'))
	println(string(strconv.AppendQuoteRune(strconv.AppendBool([]byte("x="), false), '☺')))
	r, mb, tail, err := strconv.UnquoteChar(`\u263a rest`, '"')
	println(r, mb, tail, err == nil)
	defer func() { println("recovered:", recover().(string)) }()
	println(strconv.FormatInt(1, 1))
}
