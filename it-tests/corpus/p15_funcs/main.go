package main

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func named(x int) (sq int, neg bool) {
	sq = x * x
	neg = x < 0
	return
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func swap(a, b string) (string, string) { return b, a }

func noResult(s string) {
	println("noResult:", s)
}

func main() {
	q, r := divmod(47, 6)
	println(q, r)
	s, n := named(-4)
	println(s, n)
	println(fib(20))
	x, y := swap("left", "right")
	println(x, y)
	x, y = y, x
	println(x, y)
	noResult("called")
	var a, b int = divmod(100, 7)
	println(a, b)
	_, c := divmod(9, 4)
	println(c)
}
