package left

import "example.com/diamond/base"

var L = base.Trace("left.L", base.Value+10)

func init() { println("left.init", L) }
