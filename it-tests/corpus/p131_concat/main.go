// String concatenation as gc compiles it: a chain of additions (x + y + (z + w)) is one
// runtime call that evaluates every operand first, left to right, and makes one string,
// so two to five operands cost one allocation, and none when at most one is non-empty.
// []byte(x + y) copies the bytes into the new slice at once, with no string between, and
// []byte("...") of a constant is a slice of exactly its length; string(b) that is only
// compared, switched on with constant cases, looked up in a map or concatenated with a
// non-empty constant is not copied.
// Checked here: the strings, the order in which operands are evaluated, the slices'
// capacities, and the number of allocations runtime.ReadMemStats counts for each shape.
package main

import "runtime"

type S string

var sink string
var bsink []byte
var order string

// f records that the operand s was evaluated.
func f(s string) string {
	order += s + ","
	return s
}

var x, y, z, w, long = "x", "yy", "", "wwww", "a string of more than thirty-two bytes, on the heap"

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

// perOp prints the allocations of one run of op, averaged over 100.
func perOp(name string, op func()) {
	op()
	n0 := mallocs()
	for i := 0; i < 100; i++ {
		op()
	}
	println(name, (mallocs()-n0)/100)
}

func main() {
	a := x + y + z + w
	println(a, len(a))
	b := x + (y + (z + w)) + x
	println(b, len(b))
	c := f("1") + f("2") + f("3") + f("4") + f("5") + f("6") + f("7") + f("8") + f("9") + f("10") + f("11")
	println(c, order)
	order = ""
	d := f("p") + (f("q") + f("r")) + f("s") + (f("t") + (f("u") + f("v")))
	println(d, order)
	var s S = "s"
	t := s + S(x) + "-" + s + S(long)
	println(string(t), len(t))
	u := "pre"
	u += x + y + w
	u += (z + z)
	println(u)
	m := map[string]string{"k": "v"}
	m["k"] += x + (y + w)
	m["new"] += y + x
	println(m["k"], m["new"], len(m))
	e := z + z + z + z + z
	println(e == "", len(e))
	one := z + y + z + z
	println(one, len(one))
	onlyLong := z + long + z
	println(onlyLong == long, len(onlyLong))
	for i := 0; i < 3; i++ {
		u = u + "." + x
	}
	println(u)

	bs := []byte(x + y + w)
	bsink = bs
	println(string(bs), len(bs), cap(bs))
	order = ""
	bs = []byte(f("a") + (f("b") + f("c")) + f("d") + f("e") + f("f") + f(long))
	bsink = bs
	println(string(bs), len(bs), cap(bs), order)
	bs = []byte(z + z)
	bsink = bs
	println(bs == nil, len(bs), cap(bs))

	// []byte of a constant: exactly its length (gc gives it a [n]byte of its own)
	cb := []byte("hello")
	println(len(cb), cap(cb))
	cb = append(cb, '!')
	println(string(cb), len(cb), cap(cb))
	ce := []byte("")
	println(ce == nil, len(ce), cap(ce))
	type B byte
	nb := []B("xyz" + "w")
	println(len(nb), cap(nb), nb[3])

	// string(b) only read, by a comparison or a map lookup, is b's bytes, not a copy
	kb := []byte("key")
	mk := map[string]int{"key": 7}
	println(mk[string(kb)], string(kb) == "key", string(kb) < "kez", "kex" < string(kb), string(kb) != string(kb[:2]))
	v2, ok := mk[string(kb[:2])]
	println(v2, ok)
	kb[2] = 'x'
	println(mk[string(kb)], string(kb) == "key")

	t2 := "[" + string(kb) + "]"
	t3 := string(kb) + string(kb[:1]) + "!"
	kb[0] = 'K'
	println(t2, t3, string(kb))

	for _, w := range []string{"one", "two", "three"} {
		sw := []byte(w)
		switch string(sw) {
		case "one":
			println(1)
		case "t" + "wo":
			println(2)
		default:
			println(0)
		}
	}

	perOp("switch string(b):", func() {
		switch string(cb) {
		case "a":
			sink = "a"
		case "hello!":
			sink = ""
		}
	})
	perOp("compare string(b):", func() {
		if string(cb) == "hello?" || string(cb) > "z" {
			sink = ""
		}
	})
	perOp("string(b) between constants:", func() { sink = "<" + string(cb) + ">" })
	perOp("2 operands:", func() { sink = x + w })
	perOp("3 operands:", func() { sink = x + y + w })
	perOp("4 operands:", func() { sink = x + y + w + long })
	perOp("5 operands:", func() { sink = x + (y + w) + (x + long) })
	perOp("one non-empty:", func() { sink = z + long + z })
	perOp("all empty:", func() { sink = z + z + z })
	perOp("+= of a sum:", func() { v := long; v += x + y; sink = v })
	perOp("[]byte of a sum:", func() { bsink = []byte(x + long) })
	perOp("[]byte of 5 operands:", func() { bsink = []byte(x + y + w + x + long) })
	perOp("[]byte of empty strings:", func() { bsink = []byte(z + z + z) })
	println(len(sink), len(bsink))
}
