package main

func main() {
	x := 2.0
	a := x / 0.0
	b := 1.0 / 0.0
	var c int = 3.0
	d := x % 2
	e := 1 << 2.5
	println(a, b, c, d, e)
}
