package main

var x int = 1 << 64
func main() {}
