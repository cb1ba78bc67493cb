package main

const (
	Sunday = iota
	Monday
	Tuesday
)

const (
	a = iota * 10
	b
	c = "str"
	d
	e = iota
)

const prefix = "rt0"
const full = prefix + "gen"
const typed int = 7
const shifted = typed << 3
const truth = 3 > 2 && full != ""

func main() {
	println(Sunday, Monday, Tuesday)
	println(a, b, c, d, e)
	println(full, len(full), shifted, truth)
	const x = 1 << 40
	println(x>>38, -x)
}
