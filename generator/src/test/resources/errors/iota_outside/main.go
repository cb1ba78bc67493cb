package main

func main() { println(iota) }
