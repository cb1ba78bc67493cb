// Package cd (path c-d): Go's linker sorts init tasks by symbol name, PATH..inittask, and
// "c-d..inittask" comes before "c..inittask" ('-' < '.').
package cd

func init() {
	println("c-d.init")
}
