package main

import (
	"example.com/order/mid"
	"example.com/order/alpha"
	"example.com/order/zeta"
)

func init() { println("main.init", alpha.A, mid.M(), zeta.Z()) }

func main() { println("main.main") }
