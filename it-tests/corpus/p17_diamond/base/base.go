package base

var Value = trace("base.Value", 1)

func trace(s string, v int) int {
	println("init", s)
	return v
}

func init() { println("base.init") }

func Trace(s string, v int) int { return trace(s, v) }
