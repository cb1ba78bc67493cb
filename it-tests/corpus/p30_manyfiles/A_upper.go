package main

var xv = note("A_upper.go var", zv+1)

func note(s string, v int) int {
	println(s, v)
	return v
}

func init() { println("A_upper.go init") }
