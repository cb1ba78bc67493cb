package main

import "os"

func code(n int) int {
	if n > 100 {
		return 255
	}
	return n * 2
}

func main() {
	println("exiting")
	defer1()
	os.Exit(code(21))
}

func defer1() {
	println("still here")
}
