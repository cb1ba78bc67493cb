// Package b imports os, so it initializes after os: its init's goroutine comes after the
// finalizer goroutine.
package b

import (
	"example.com/p53_fingorder/a"
	"os"
	"runtime"
)

func init() {
	a.Boom = os.Getenv("MODE")
	go a.Tick("b", 3)
	println("b.init: goroutines", runtime.NumGoroutine())
	a.Log = a.Log + " b.init"
}

// Started: called by main, so that main imports b (and b initializes before main).
func Started() {
	println("b: started")
}
