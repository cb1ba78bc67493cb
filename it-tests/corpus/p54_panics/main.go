package main

// panic(v) with a value of each kind rt0gen has, as Go prints it (runtime.printpanicval):
// "panic: " and the value, a string with a tab after each of its newlines, then a blank
// line and the goroutine's header ("goroutine N [running]:"), exit status 2. PANIC picks
// the panic: from main, from a function main calls, from init, from another goroutine;
// without PANIC nothing panics.

import (
	"os"
	"runtime"
)

var which = os.Getenv("PANIC")

func init() {
	if which == "init" {
		panic("in init")
	}
}

// check panics with a message built at run time; it never returns when it panics, so it
// needs no return after the panic (a call of panic is a terminating statement)
func check(n int) int {
	if n >= 0 {
		return n
	}
	panic("negative: " + os.Getenv("PANIC") + "!")
}

func worker(n int) {
	println("worker", n)
	if n == 2 {
		panic(n * 100)
	}
}

func main() {
	println("start", which)
	switch which {
	case "string":
		panic("boom")
	case "empty":
		panic("")
	case "newlines":
		panic("line 1\nline 2\n\tindented\n")
	case "int":
		panic(42)
	case "negint":
		n := -9223372036854775807
		panic(n - 1)
	case "const":
		const big = 1 << 62
		panic(big + 1)
	case "bool":
		panic(len(which) > 3)
	case "false":
		panic(false)
	case "call":
		println(check(1))
		println(check(-1))
	case "goroutine":
		go worker(1)
		go worker(2)
		for {
			runtime.Gosched()
		}
	}
	println("no panic")
}
