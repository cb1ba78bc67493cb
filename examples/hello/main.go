// hello is rt0gen's first program: two package initializers and main, printing with the
// built-in println (to stderr, as in Go). Go runs every init before main, in source order.
package main

func init() {
	println("init", 1)
}

func init() {
	println("init", 2)
}

func main() {
	println("hello, world")
}
