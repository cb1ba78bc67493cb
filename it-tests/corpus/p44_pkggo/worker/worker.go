package worker

import "runtime"

var Ready = start()

func start() int {
	go background("started by worker's var initializer")
	return 1
}

func background(s string) {
	println("background:", s)
}

func init() {
	println("worker.init, goroutines:", runtime.NumGoroutine())
	runtime.Gosched()
	println("worker.init after Gosched")
}
