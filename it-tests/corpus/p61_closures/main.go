package main

import "runtime"

// Function literals and closures: captured variables are shared, Go 1.22 loop variables
// are per iteration, closures calling themselves, nested closures, go func(){…}(), and
// Go 1.23's range over functions (the loop body made the yield closure).

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

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				println("  count stopped at", i)
				return
			}
		}
		println("  count done")
	}
}

func pairs(s ...string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, x := range s {
			if !yield(i, x) {
				return
			}
		}
	}
}

func find(target int) (idx int, found bool) {
	for i := range count(10) {
		if i == target {
			return i * 100, true
		}
	}
	return -1, false
}

func rangeFuncs() (r string) {
	defer func() { r += "!" }()
	for i, s := range pairs("a", "b", "c") {
		if s == "b" {
			continue
		}
		println(i, s)
	}
	println(find(4))
	println(find(42))
outer:
	for i := range count(4) {
		for j := range count(4) {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			defer print("deferred ", i, j, "\n")
		}
	}
	for i := range count(3) {
		if i == 1 {
			return "returned from the loop body"
		}
	}
	return "not here"
}

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

	println(rangeFuncs())
}
