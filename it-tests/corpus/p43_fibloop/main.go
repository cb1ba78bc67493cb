package main

func main() {
	a, b := 0, 1
	for i := 0; i < 90; i++ {
		a, b = b, a+b
	}
	println("fib(90) =", a)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	println(x, y, z)
	var p, q int
	p, q = q+1, p+2
	println(p, q)
}
