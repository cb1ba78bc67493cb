package main

const c int = 9223372036854775807
func main() { println(c + 1) }
