package main

import "os"

var v = first()

func first() int {
	println("first")
	return 1
}

func init() {
	println("init exits with 3")
	os.Exit(3)
}

func init() {
	println("never printed")
}

func main() {
	println("main never runs")
}
