package main

func v() {}
func g() (int, int) { return 1, 2 }

func main() {
	panic()
	panic(1, 2)
	panic(v())
	panic(g())
	x := panic(1)
	panic(1 << 70)
	panic(undefined)
	println(x)
}
