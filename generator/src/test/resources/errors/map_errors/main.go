package main

type S struct{ f int }

func main() {
	var a map[[]int]int
	var b map[map[int]int]int
	m := map[string]S{}
	p := &m["a"]
	m["a"].f = 1
	delete(m)
	delete(m, 1)
	delete(3, 1)
	clear(5)
	_, _, _ = a, b, p
}
