package main

func init() { println("main.go init") }

func main() { println("main", xv, yv, zv) }
