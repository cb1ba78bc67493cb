package main

func main() { s := "a"
	println(s - s) }
