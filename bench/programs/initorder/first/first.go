// The package initialized first: the others depend on it.
package first

var Value = trace("first.Value", 1)

func trace(name string, v int) int {
	println("init", name, "=", v)
	return v
}

func init() { println("first.init", Value) }
