package main

type T int8

const c T = 100

func main() {
	println(c * 2)
	println(-uint(1))
	println(uint8(255) + 1)
	println(int32(1) << 31)
	println(^uint8(0), -int8(-128))
}
