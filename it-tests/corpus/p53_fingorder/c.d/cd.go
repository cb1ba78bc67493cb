// Package cd (path c.d): its symbol name escapes the dot, "c%2ed..inittask", first of all.
package cd

func init() {
	println("c.d.init")
}
