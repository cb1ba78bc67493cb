package zeta

func init() { println("zeta.init") }

func Z() int { return 26 }
