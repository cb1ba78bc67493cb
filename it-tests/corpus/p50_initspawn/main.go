package main

import (
	"example.com/initspawn/a"
	"example.com/initspawn/b"
	"runtime"
)

func init() {
	a.Start("main.init", 2)
	a.Log = a.Log + " main.init"
}

func main() {
	a.Start("main", 1)
	println("main: b.Ready =", b.Ready, "goroutines:", runtime.NumGoroutine())
	for i := 0; i < 6; i++ {
		a.Log = a.Log + " m"
		runtime.Gosched()
	}
	println("log:" + a.Log)
	println("goroutines:", runtime.NumGoroutine())
}
