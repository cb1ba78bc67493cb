package main

func add(a, b int) int { return a + b }

func mul(a, b int) int { return a * b }

func main() {
	println(1+2*3, (1+2)*3, 10-4-3, 100/10/5, 2*3%4, -2*-3)
	println(add(mul(2, 3), mul(4, add(1, 1))))
	println(1<<2+1, 1<<(2+1), 7&3|8, 7^2&3, 6&^3<<1)
	println(3 > 2 && 2 > 1, 1 > 2 || 2 > 1, !(1 == 1) || !false)
	x := 5
	y := -x + +x - ^x
	println(y)
	println(x*x-2*x+1 == (x-1)*(x-1))
}
