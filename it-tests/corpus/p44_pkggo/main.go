package main

import (
	"example.com/pkggo/worker"
	"runtime"
)

func init() { println("main.init ready =", worker.Ready, "goroutines:", runtime.NumGoroutine()) }

func main() { println("main.main") }
