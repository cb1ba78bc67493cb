// Package a sorts before os and does not import it: Go initializes it before os, so the
// goroutine its init starts is created before the finalizer goroutine (a smaller goid) and
// is pushed out of runnext by it.
package a

import "runtime"

var Log = ""

// Boom: whose goroutine divides by zero in its second step (b's init sets it from $MODE).
var Boom = ""
var zero = 0

func Tick(who string, n int) {
	for i := 0; i < n; i++ {
		Log = Log + " " + who + digit(i)
		if i == 1 && Boom == who {
			println("boom: log" + Log)
			println(1 / zero)
		}
		runtime.Gosched()
	}
}

func init() {
	go Tick("a", 3)
	Log = Log + " a.init"
}

func digit(d int) string {
	switch d {
	case 0:
		return "0"
	case 1:
		return "1"
	case 2:
		return "2"
	}
	return "3"
}
