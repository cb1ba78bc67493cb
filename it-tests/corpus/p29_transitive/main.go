package main

var result = level1()
var base = seed()
var mid = base * 2

func level1() int { return level2() + 1 }

func level2() int { return level3() * 10 }

func level3() int {
	println("level3 sees mid =", mid)
	return mid
}

func seed() int {
	println("seed")
	return 21
}

func main() {
	println(result, base, mid)
}
