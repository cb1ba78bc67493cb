// Package e imports z, which has no init work (constants only): z has no init task, so e
// does not wait for it and initializes before f.
package e

import "example.com/p53_fingorder/z"

func init() {
	println("e.init", z.Z, z.Twice())
}
