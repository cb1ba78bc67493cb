package main

type T T
type V W
type W V

func main() {
	type L L
	var n int8 = 3
	println(n << int8(-1))
}
