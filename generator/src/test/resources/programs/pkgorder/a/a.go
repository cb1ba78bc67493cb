package a

var A = f()

func f() int { println("init a.A"); return 1 }

func init() { println("a.init") }
