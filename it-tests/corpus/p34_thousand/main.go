package main

import "runtime"

var done = 0

func work(id int) {
	runtime.Gosched()
	done++
}

func main() {
	for i := 0; i < 1000; i++ {
		go work(i)
	}
	println("spawned, goroutines:", runtime.NumGoroutine())
	for done < 1000 {
		runtime.Gosched()
	}
	println("all done:", done, "goroutines:", runtime.NumGoroutine())
}
