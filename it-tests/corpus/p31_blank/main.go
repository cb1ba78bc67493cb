package main

var _ = mark("first blank")
var _, second = pair()
var _ = mark("third blank")

func mark(s string) int {
	println(s)
	return 0
}

func pair() (int, int) {
	println("pair")
	return 1, 2
}

func main() {
	_ = second
	_, b := pair()
	println("second", second, "b", b)
}
