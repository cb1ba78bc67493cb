package main

type S struct{ f int }

func main() {
	m := map[string]S{}
	x := map[int]int{1: 2, 1: 3}
	y := map[string]int{"a": 1, "a": 2}
	_, _ = x, y
	var n, ok int = m["x"]
	v, ok2 := m["y"]
	ok2 = 1
	_ = v
}
