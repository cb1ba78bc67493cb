package main

import "os"

// Func types and values: declared functions used as values, func-typed variables,
// parameters, results and struct fields, comparison with nil, calls through them.

type BinOp func(int, int) int

type calc struct {
	name string
	op   BinOp
}

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }
func mul(a, b int) int { return a * b }

func apply(f func(int, int) int, x, y int) int { return f(x, y) }

func pick(name string) BinOp {
	switch name {
	case "add":
		return add
	case "sub":
		return sub
	case "mul":
		return mul
	}
	return nil
}

func twice(f func(string) string, s string) string { return f(f(s)) }

func exclaim(s string) string { return s + "!" }

func pair() (func() int, func() string) { return one, word }

func one() int     { return 1 }
func word() string { return "word" }

var global = mul

var table = []calc{{"add", add}, {"sub", sub}, {"mul", mul}}

func main() {
	f := add
	println("f(2, 3) =", f(2, 3))
	println("apply(sub, 10, 4) =", apply(sub, 10, 4))
	println("global(6, 7) =", global(6, 7))
	global = add
	println("global(6, 7) =", global(6, 7))
	for _, name := range []string{"add", "sub", "mul", "div"} {
		op := pick(name)
		if op == nil {
			println(name, "is nil")
			continue
		}
		println(name, op(9, 3), op != nil)
	}
	for i := 0; i < len(table); i++ {
		c := table[i]
		println(c.name, c.op(5, 2), table[i].op(8, 8))
	}
	var g func(string) string
	println("g == nil:", g == nil)
	g = exclaim
	println(twice(g, "hey"), g != nil)
	n, w := pair()
	println(n(), w())
	ops := [3]BinOp{add, sub, mul}
	total := 0
	for _, op := range ops {
		total = op(total, 3)
	}
	println("total", total)
	var exit func(int) = os.Exit
	println("exiting")
	exit(3)
}
