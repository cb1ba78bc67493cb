// Package b starts a goroutine from a variable initializer and one from init.
package b

import (
	"example.com/initspawn/a"
	"runtime"
)

var Ready = start()

func start() int {
	a.Start("bvar", 2)
	return runtime.NumGoroutine()
}

func init() {
	a.Start("binit", 1)
	a.Log = a.Log + " b.init"
	runtime.Gosched()
	runtime.Gosched()
	a.Log = a.Log + " b.init-back"
}
