package main

import "runtime"

func spin(tag string, n int) {
	for i := 0; i < n; i++ {
		println(tag, i)
		runtime.Gosched()
	}
}

func main() {
	for i := 0; i < 5; i++ {
		go spin("g", i)
	}
	go spin("last", 2)
	spin("main", 8)
}
