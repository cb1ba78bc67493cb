package main

// Packages that start goroutines in their init functions, before and after os's init
// (which starts the finalizer goroutine): the goids, the order the goroutines run in, and
// NumGoroutine (which does not count the finalizer goroutine). A go 1.21 module: no
// GOMAXPROCS updater goroutine, the finalizer goroutine all the same. With MODE=a, b or m
// that goroutine divides by zero ("goroutine N [running]:" shows its goid). Go's order of
// package initialization is its linker's: c.d, c-d, c, e, f, a, (os and the packages it
// imports), b, main; a package without init work of its own (z) is left out.

import (
	"example.com/p53_fingorder/a"
	"example.com/p53_fingorder/b"
	_ "example.com/p53_fingorder/c"
	_ "example.com/p53_fingorder/c-d"
	_ "example.com/p53_fingorder/c.d"
	_ "example.com/p53_fingorder/e"
	_ "example.com/p53_fingorder/f"
	"runtime"
)

func main() {
	b.Started()
	go a.Tick("m", 3)
	for i := 0; i < 4; i++ {
		a.Log = a.Log + " main"
		runtime.Gosched()
	}
	println("log:" + a.Log)
	println("goroutines:", runtime.NumGoroutine())
}
