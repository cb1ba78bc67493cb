// Compiled code speed: primes below 300,000 counted by trial division (nested loops, % and /).
package main

const limit = 300000

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	if n%2 == 0 {
		return n == 2
	}
	for d := 3; d <= n/d; d += 2 {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	count, last := 0, 0
	for n := 2; n < limit; n++ {
		if isPrime(n) {
			count++
			last = n
		}
	}
	println("primes below", limit, ":", count, "the last:", last)
}
