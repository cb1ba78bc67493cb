package main

const (
	A = iota
	B
	C
	_
	E
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const name string = "rt0gen"
const big = 1 << 62
const yes = true


func main() {
	println(A, B, C, E)
	println(KB, MB, GB)
	println(name, len(name), big, yes, !yes)
	const local = 3 * 7
	println(local, local/2, local%4)
}
