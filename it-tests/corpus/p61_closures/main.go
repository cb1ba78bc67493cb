package main

import "runtime"

// Function literals and closures: captured variables are shared, Go 1.22 loop variables
// are per iteration, closures calling themselves, nested closures, go func(){…}().

func counter() (func() int, func(int)) {
	n := 0
	return func() int { n++; return n }, func(v int) { n = v }
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func makeGreeter(greeting string) func(string) string {
	suffix := "."
	return func(name string) string {
		return greeting + ", " + name + suffix
	}
}

var log string

func record(s string) { log += s }

func main() {
	inc, set := counter()
	println(inc(), inc(), inc())
	set(10)
	println(inc())

	a := adder(100)
	println(a(1), a(2), a(3))

	double := func(x int) int { return x * 2 }
	square := func(x int) int { return x * x }
	println(compose(double, square)(3), compose(square, double)(3))

	hello := makeGreeter("hello")
	println(hello("gopher"))

	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	println("fib(25) =", fib(25))

	var fs [4]func() int
	for i := 0; i < len(fs); i++ {
		fs[i] = func() int { return i * i }
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	var gs [3]func() string
	for i, s := range []string{"a", "b", "c"} {
		gs[i] = func() string { return s + s }
	}
	println(gs[0](), gs[1](), gs[2]())

	x := 1
	bump := func() { x *= 3 }
	bump()
	bump()
	println("x =", x)

	total := 0
	func() {
		total += 5
		func() {
			total += 7
			func() { total *= 2 }()
		}()
	}()
	println("total =", total)

	k := 7
	println(func(y int) int { return k + y }(35))

	for i := 0; i < 3; i++ {
		go func() { record("g"); record("0123456789"[i : i+1]) }()
	}
	msg := "w"
	go func(m string) { record(m) }(msg)
	runtime.Gosched()
	record("m")
	println(log)
}
