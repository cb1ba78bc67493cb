// Maps: int, string, struct, array and float64 keys; struct, slice and map elements; comma-ok,
// delete, len, clear, op= and ++ on elements, literals (elided inner literals, a later equal
// key winning), maps in struct fields and as arguments and results, growth, deletion while
// ranging, and Go's evaluation order in m[k] = f() and m[k] += f(). Ranges sum or sort their
// keys, so the output does not depend on the iteration order.
package main

type Point struct {
	X, Y int
}

type Key struct {
	Name string
	N    int
}

type Padded struct {
	B bool
	N int64
	C byte
}

type Inventory struct {
	Name  string
	Items map[string]int
}

var primes = map[int]bool{2: true, 3: true, 5: true, 7: true, 11: true}
var names = map[string]string{"go": "Go", "c": "C"}
var cap0, hasGo = names["go"]

var trace string

func key(s string) string {
	trace += "k(" + s + ")"
	return s
}

func val(n int) int {
	trace += "v"
	return n
}

func pick(m map[string]int) map[string]int {
	trace += "m"
	return m
}

// sortedKeys returns the keys in increasing order (insertion sort).
func sortedKeys(m map[int]string) []int {
	ks := make([]int, 0, len(m))
	for k := range m {
		ks = append(ks, k)
		for i := len(ks) - 1; i > 0 && ks[i] < ks[i-1]; i-- {
			ks[i], ks[i-1] = ks[i-1], ks[i]
		}
	}
	return ks
}

func sortedStrings(m map[string]int) []string {
	ks := []string{}
	for k := range m {
		ks = append(ks, k)
		for i := len(ks) - 1; i > 0 && ks[i] < ks[i-1]; i-- {
			ks[i], ks[i-1] = ks[i-1], ks[i]
		}
	}
	return ks
}

func count(words []string) map[string]int {
	c := make(map[string]int)
	for _, w := range words {
		c[w]++
	}
	return c
}

func addAll(dst map[string]int, src map[string]int) {
	for k, v := range src {
		dst[k] += v
	}
}

func bump(m map[string]int) int {
	m["a"] = 100
	return 1
}

func main() {
	// int keys, string elements
	m := make(map[int]string)
	m[3] = "three"
	m[1] = "one"
	m[2] = "two"
	m[10] = "ten"
	println(len(m), m[1], m[2], m[3], m[10], m[4] == "")
	for _, k := range sortedKeys(m) {
		println(k, m[k])
	}
	v, ok := m[2]
	println(v, ok)
	v, ok = m[42]
	println(v == "", ok)
	delete(m, 2)
	delete(m, 99)
	_, ok = m[2]
	println(len(m), ok)
	m[1] += "!"
	println(m[1])

	// string keys, counting, op= and ++
	words := []string{"the", "cat", "and", "the", "dog", "and", "the", "bird"}
	c := count(words)
	for _, w := range sortedStrings(c) {
		println(w, c[w])
	}
	c["the"] *= 10
	c["new"]--
	println(c["the"], c["new"], len(c))
	addAll(c, map[string]int{"cat": 5, "fish": 1})
	println(c["cat"], c["fish"], len(c))

	// struct elements, elided literals
	pts := map[string]Point{"a": {1, 2}, "b": {X: 3}}
	p := pts["a"]
	println(p.X, p.Y, pts["b"].X, pts["b"].Y, pts["z"].X)
	p.X = 100
	println(pts["a"].X)
	pts["a"] = p
	println(pts["a"].X)
	sum := 0
	for name, pt := range pts {
		sum += len(name) + pt.X + pt.Y
	}
	println(sum)

	// struct, padded struct, array and float64 keys
	byKey := map[Key]int{{"x", 1}: 10, {"y", 2}: 20}
	byKey[Key{"x", 1}] += 5
	k := Key{"y", 2}
	println(byKey[Key{"x", 1}], byKey[k], byKey[Key{"x", 2}], len(byKey))
	pad := map[Padded]string{}
	pad[Padded{true, 7, 'q'}] = "first"
	pad[Padded{true, 7, 'q'}] += "+"
	println(pad[Padded{true, 7, 'q'}], len(pad))
	grid := map[[2]int]string{{0, 0}: "origin", {1, 0}: "east"}
	grid[[2]int{0, 1}] = "north"
	println(grid[[2]int{0, 0}], grid[[2]int{0, 1}], grid[[2]int{1, 1}] == "", len(grid))
	fl := map[float64]int{}
	fl[0.5] = 1
	fl[-0.0] = 2
	fl[0.0]++
	fl[1.0/3] = 4
	println(fl[0.5], fl[0], fl[1.0/3], len(fl))

	// nested maps and maps in structs
	nested := map[string]map[string]int{}
	for _, pair := range [][2]string{{"a", "x"}, {"a", "y"}, {"b", "x"}, {"a", "x"}} {
		inner, found := nested[pair[0]]
		if !found {
			inner = map[string]int{}
			nested[pair[0]] = inner
		}
		inner[pair[1]]++
	}
	println(len(nested), len(nested["a"]), nested["a"]["x"], nested["b"]["x"], nested["c"]["x"])
	inv := Inventory{Name: "shop", Items: map[string]int{"apple": 3}}
	inv.Items["pear"] = 2
	invs := []Inventory{inv}
	invs[0].Items["apple"]++
	println(inv.Name, inv.Items["apple"], inv.Items["pear"], len(invs[0].Items))

	// slices as elements
	groups := map[bool][]int{}
	for i := range 10 {
		groups[i%2 == 0] = append(groups[i%2 == 0], i)
	}
	println(len(groups[true]), len(groups[false]), groups[true][4], groups[false][0])

	// package-level maps
	n := 0
	for p := range primes {
		n += p
	}
	println(n, primes[7], primes[8], cap0, hasGo)

	// a later equal key wins; evaluation order of m[k] = f()
	two := 2
	lit := map[int]string{1: "a", two: "b", 1 + 1: "c"}
	println(len(lit), lit[2])
	trace = ""
	target := map[string]int{}
	pick(target)[key("a")] = val(1)
	println(trace, target["a"])

	// op= and ++ read the element after the right side is evaluated (gc: through mapassign's address)
	ord := map[string]int{"a": 1}
	ord["a"] += bump(ord)
	ord["b"]++
	println(ord["a"], ord["b"])

	// growth, deletion while ranging
	big := make(map[int]int, 10)
	for i := 0; i < 10000; i++ {
		big[i*7] = i
	}
	total := 0
	for k, v := range big {
		total += k - 7*v
	}
	println(len(big), total, big[7*9999])
	seen := 0
	for k := range big {
		if k%2 == 0 {
			delete(big, k)
		}
		seen++
	}
	println(len(big), seen)
	odd := 0
	for k := range big {
		if k%2 == 1 {
			odd++
		}
	}
	println(odd)

	// clear, and a map after clear
	clear(big)
	println(len(big), big[7])
	big[1] = 1
	println(len(big))
	s := []int{1, 2, 3}
	clear(s[1:])
	println(s[0], s[1], s[2])

	// maps are references
	alias := c
	alias["zebra"] = 26
	println(c["zebra"], len(c) == len(alias))
	var none map[string]int
	println(none == nil, c != nil, len(none), none["x"])
}
