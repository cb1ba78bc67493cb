package main

func div(a, b uint8) uint8 { return a / b }

func main() {
	var q int16 = -32768
	println(q / -1, q % -1)
	var z uint8
	for i := uint8(250); i != 4; i++ {
		z += i
	}
	println("sum", z)
	println(div(200, z-z))
	println("not reached")
}
