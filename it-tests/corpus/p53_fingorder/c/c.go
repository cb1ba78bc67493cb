// Package c imports nothing: Go initializes it first, before a, which sorts earlier but
// imports runtime (whose init task comes first in Go's order).
package c

func init() {
	println("c.init")
}
