// Compiled code speed: bit twiddling. The set bits of every number below 1,000,000 counted
// one at a time (shifts, masks), and a xorshift generator stepped as many times.
package main

const limit = 1000000

func popcount(x int) int {
	n := 0
	for x != 0 {
		n += x & 1
		x = x >> 1
	}
	return n
}

func xorshift(x int) int {
	x ^= x << 13
	x ^= x >> 7
	x ^= x << 17
	return x
}

func main() {
	ones, x, mix := 0, 88172645463325252, 0
	for i := 0; i < limit; i++ {
		ones += popcount(i)
		x = xorshift(x)
		mix ^= x &^ (x >> 32)
	}
	println("ones below", limit, ":", ones, "xorshift:", x, "mix:", mix)
}
