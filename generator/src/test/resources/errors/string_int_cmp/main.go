package main

func main() { println("a" == 1) }
