// The nil map: reads give the zero value, len is 0, range, delete and clear do nothing,
// comparisons with nil; then an assignment panics: "assignment to entry in nil map", exit 2.
package main

type T struct {
	Name string
	M    map[string]int
}

var global map[int]string

func lookup(m map[string]int, k string) (int, bool) {
	v, ok := m[k]
	return v, ok
}

func main() {
	var m map[string]int
	println(m == nil, len(m), m["a"])
	v, ok := lookup(m, "b")
	println(v, ok)
	n := 0
	for k, v := range m {
		n += len(k) + v
	}
	println(n)
	delete(m, "a")
	clear(m)
	println(len(m), global == nil, global[3] == "", len(global))
	var t T
	println(t.M == nil, t.M["x"])
	m = map[string]int{}
	m["a"] = 1
	println(len(m), m != nil)
	m = nil
	println(len(m))
	t.M["x"] = 1
	println("not reached")
}
