package main

func main() {
	var x float64 = 1
	var i int = 2
	y := x + i
	z := ^x
	w := x << 1
	var u int = x
	println(y, z, w, u, -1e400, 1e400 - 1e400)
}
