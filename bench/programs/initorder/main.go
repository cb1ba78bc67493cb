// Three packages, each with a variable initializer and an init function:
// first, then second, then main, then main.main.
package main

import (
	"example.com/bench/initorder/first"
	"example.com/bench/initorder/second"
)

var total = trace("main.total", first.Value+second.Value)

func trace(name string, v int) int {
	println("init", name, "=", v)
	return v
}

func init() { println("main.init", total) }

func main() { println("main.main", total) }
