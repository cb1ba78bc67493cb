// Package a starts goroutines from its init and yields there: they run before any
// later package's init, interleaved with the yields.
package a

import "runtime"

var Log = ""

func worker(id string, n int) {
	for i := 0; i < n; i++ {
		Log = Log + " " + id
		runtime.Gosched()
	}
	Log = Log + " " + id + "-done"
}

// Start is called by other packages' inits too.
func Start(id string, n int) {
	go worker(id, n)
}

func init() {
	Start("a1", 3)
	Start("a2", 2)
	Log = Log + " a.init"
	runtime.Gosched()
	Log = Log + " a.init-back"
}
