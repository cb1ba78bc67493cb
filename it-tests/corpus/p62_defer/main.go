package main

import "os"

// defer: arguments evaluated at the defer statement (also of a deferred println), calls
// run in reverse order at every
// return, deferred closures changing named results, and deferred calls running before a
// panic's message (PANIC picks it) when the goroutine panics.

func trace(s string, n int) { println("deferred", s, n) }

func named() (r int) {
	defer func() { r *= 2 }()
	r = 5
	return r + 1
}

func loop() {
	for i := 0; i < 3; i++ {
		defer trace("loop", i)
	}
	println("loop body done")
}

func early(x int) int {
	defer trace("early", x)
	if x > 0 {
		return x
	}
	return -x
}

func nested() {
	defer println2("nested outer")
	func() {
		defer println2("nested inner")
		println("in the literal")
	}()
	println("after the literal")
}

func println2(s string) { println(s) }

func divide(a, b int) int {
	defer trace("divide", a)
	return a / b
}

func mustPositive(n int) int {
	defer func() { println("checked", n) }()
	if n < 0 {
		panic("negative")
	}
	return n
}

func main() {
	defer trace("main", 1)
	x := 10
	defer func() { println("main's closure sees x =", x) }()
	x = 20
	defer println("deferred println: x =", x, "ok", x > 10)
	println("named() =", named())
	loop()
	println(early(3), early(-4))
	nested()
	f := trace
	defer f("via a func value", 7)
	switch os.Getenv("PANIC") {
	case "divide":
		println(divide(7, 0))
	case "panic":
		println(mustPositive(-1))
	case "index":
		s := []int{1, 2, 3}
		i := 5
		defer trace("index", len(s))
		println(s[i])
	default:
		println(divide(7, 2), mustPositive(3))
	}
}
