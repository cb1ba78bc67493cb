package main

func main() {
	var i int = 1.5
	const c = 1e400
	var f float64 = c
	var g float64 = 1e400
	j := int(2.5)
	const h float64 = 1.5
	k := int(h)
	println(i, f, g, j, k)
}
