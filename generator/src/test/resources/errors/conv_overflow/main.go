package main

type Small int8

const big = 1 << 40

func main() {
	println(int8(300), byte(256), uint(-1), int32(big), Small(200), uint64(-1))
	var s string = "a"
	println(int8(s), bool(1))
}
