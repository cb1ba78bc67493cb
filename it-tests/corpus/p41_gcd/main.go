package main

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	println(gcd(1071, 462), gcd(17, 5), gcd(0, 9), gcd(-12, 18))
	count := 0
	last := 0
	for n := 0; n < 1000; n++ {
		if isPrime(n) {
			count++
			last = n
		}
	}
	println("primes below 1000:", count, "largest:", last)
}
