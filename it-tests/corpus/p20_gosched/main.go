package main

import "runtime"

func worker(id int, steps int) {
	for i := 0; i < steps; i++ {
		println("worker", id, "step", i)
		runtime.Gosched()
	}
	println("worker", id, "done")
}

func main() {
	go worker(1, 3)
	go worker(2, 2)
	go worker(3, 4)
	for i := 0; i < 6; i++ {
		println("main yields", i)
		runtime.Gosched()
	}
	println("main exits; goroutines:", runtime.NumGoroutine())
}
