package main

func f() (int, int) { return 1, 2 }
func main() { a, b, c := f()
	println(a, b, c) }
