package main

import "runtime"

func show(name string, a, b int, ok bool) {
	println("goroutine", name, a, b, a+b, ok)
}

func main() {
	x := 40
	go show("first", x, 2, true)
	go show("second", x*2, -x, false)
	s := "third"
	go show(s+"!", 0, 0, x > 1)
	println("main before yield", runtime.NumGoroutine())
	runtime.Gosched()
	println("main after yield", runtime.NumGoroutine())
}
