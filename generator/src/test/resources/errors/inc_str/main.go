package main

var s string
func main() { s++ }
