package main

var v = 1
const c = v
func main() {}
