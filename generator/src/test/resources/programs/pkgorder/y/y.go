package y

var _ = h("first blank")
var Y = h("Y")
var _ = h("second blank")

func h(s string) int { println("init y", s); return 100 }
