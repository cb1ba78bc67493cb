// Package dyn has variables gc initializes with code: its init task runs, and
// GODEBUG=inittrace=1 prints its line, in both binaries.
package dyn

import "example.com/p139_staticinit/stat"

func counted(n int) int {
	m := n * 2
	return m + 1
}

// once is not inlined: an initializer calling it is code, run by dyn's init task.
//
//go:noinline
func once(name string) *stat.Point { return &stat.Point{Name: name} }

func same(p *stat.Point) [2]*stat.Point { return [2]*stat.Point{p, p} }

var (
	Count = counted(20)
	Named = once("named")
	Both  = same(&stat.Point{X: 9}) // a non-constant argument used twice: not static (gc's canRepeat)
	Err   = stat.ErrFirst           // another package's variable: copied at init time
	Errs  = []error{nil, stat.ErrSecond}[1:]
)
