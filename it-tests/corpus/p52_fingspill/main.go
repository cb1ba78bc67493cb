package main

// The finalizer goroutine. os's init makes Stdin, Stdout and Stderr with NewFile, which
// calls runtime.SetFinalizer; its first call starts the finalizer goroutine (createfing). That
// system goroutine takes a goid (the program's goroutines start one higher), waits in
// runnext and is pushed to the local queue by the first `go`, so it takes one of the queue's
// 256 slots when the queue spills half of itself to the global queue, and one schedule
// (schedtick) when it runs and parks. The order the goroutines run in is recorded and printed
// at the end; with MODE=panic a goroutine then divides by zero ("goroutine N [running]:").

import (
	"os"
	"runtime"
)

var order = ""
var ran = 0
var zero = 0

func worker(id int) {
	ran++
	if id%16 == 0 || id > 250 {
		order = order + " " + itoa(id)
	}
}

func yielder(id int, n int) {
	for i := 0; i < n; i++ {
		order = order + " y" + itoa(id) + "." + itoa(i)
		runtime.Gosched()
	}
}

func boom() {
	println("boom:", ran, "ran")
	println(1 / zero)
}

func main() {
	mode := os.Getenv("MODE")
	go yielder(1, 4)
	for id := 0; id < 300; id++ {
		go worker(id)
	}
	go yielder(2, 4)
	println("started, goroutines:", runtime.NumGoroutine())
	for i := 0; i < 8; i++ {
		order = order + " m" + itoa(i)
		runtime.Gosched()
	}
	println("order:" + order)
	println("ran:", ran, "goroutines:", runtime.NumGoroutine())
	if mode == "panic" {
		go boom()
		runtime.Gosched()
	}
}

// itoa: the decimal form of n (no strconv in rt0gen's subset).
func itoa(n int) string {
	if n >= 10 {
		return itoa(n/10) + digit(n%10)
	}
	return digit(n)
}

func digit(d int) string {
	switch d {
	case 0:
		return "0"
	case 1:
		return "1"
	case 2:
		return "2"
	case 3:
		return "3"
	case 4:
		return "4"
	case 5:
		return "5"
	case 6:
		return "6"
	case 7:
		return "7"
	case 8:
		return "8"
	}
	return "9"
}
