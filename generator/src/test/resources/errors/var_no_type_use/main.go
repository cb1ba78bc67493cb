package main

func main() { var x = y
	println(x) }
