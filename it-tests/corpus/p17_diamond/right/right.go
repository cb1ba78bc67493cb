package right

import "example.com/diamond/base"

var R = base.Trace("right.R", base.Value+20)

func init() { println("right.init", R) }
