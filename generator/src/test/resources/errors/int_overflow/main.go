package main

type Celsius int16

func main() {
	var a int8 = 300
	var b byte = 256
	var c uint = -1
	var d Celsius = 40000
	var e int8 = 1
	println(a, b, c, d, e+300, e == 128)
}
