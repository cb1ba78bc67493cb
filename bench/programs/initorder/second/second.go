// Depends on first, so Go initializes it after first and before main.
package second

import "example.com/bench/initorder/first"

var Value = trace("second.Value", first.Value+10)

func trace(name string, v int) int {
	println("init", name, "=", v)
	return v
}

func init() { println("second.init", Value) }
