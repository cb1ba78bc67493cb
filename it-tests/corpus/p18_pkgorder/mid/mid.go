package mid

func init() { println("mid.init") }

func M() int { return 13 }
