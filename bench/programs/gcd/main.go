// Compiled code speed: Euclid's algorithm. The greatest common divisors of every pair below
// 700 summed, and the pairs that are coprime counted (a loop of %, a call per pair).
package main

const limit = 700

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func main() {
	sum, coprime := 0, 0
	for i := 1; i < limit; i++ {
		for j := 1; j < limit; j++ {
			g := gcd(i, j)
			sum += g
			if g == 1 {
				coprime++
			}
		}
	}
	println("gcd sum below", limit, ":", sum, "coprime pairs:", coprime)
}
