package main

import "runtime"

var started = spawn()

func spawn() int {
	go hello("from a var initializer")
	return 1
}

func hello(s string) {
	println("goroutine says hello", s)
}

func init() {
	go hello("from init")
	println("init: goroutines", runtime.NumGoroutine())
	runtime.Gosched()
	println("init after Gosched")
}

func main() {
	println("main: started =", started, "goroutines", runtime.NumGoroutine())
	runtime.Gosched()
	println("main done", runtime.NumGoroutine())
}
