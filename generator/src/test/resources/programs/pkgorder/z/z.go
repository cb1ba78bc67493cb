package z

import "example.com/t/a"

var Z = g()

func g() int { println("init z.Z"); return a.A + 10 }
