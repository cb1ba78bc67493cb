package main

func f(s string) {}
func main() { x := 1
	f(x) }
