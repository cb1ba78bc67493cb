// Compiled code speed: recursive Fibonacci, fib(30) (1.6 million calls).
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	println("fib(30) =", fib(30))
}
