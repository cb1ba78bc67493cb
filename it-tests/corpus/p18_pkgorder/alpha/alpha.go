package alpha

import "example.com/order/zeta"

var A = zeta.Z() + 1

func init() { println("alpha.init", A) }
