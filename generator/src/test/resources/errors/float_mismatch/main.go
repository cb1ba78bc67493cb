package main

func main() {
	var f float64 = 1.5
	var i int = 3
	println(f*i)
	println(float64(i) * f)
	var s string = 1.5
	println(s, f+"a")
	println(int(f) + 1.5)
	println(f < 1, -f, !f)
}
