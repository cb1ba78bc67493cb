package main

import "runtime"

func main() {
	n := runtime.GOMAXPROCS(0)
	println("GOMAXPROCS", n)
	println("NumCPU", runtime.NumCPU())
	old := runtime.GOMAXPROCS(3)
	println("set 3, old", old == n, "now", runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(-5)
	println("after -5", runtime.GOMAXPROCS(0))
}
