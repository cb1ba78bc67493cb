// Compiled code speed on slices: a sieve of Eratosthenes over a []bool, an insertion sort and
// prefix sums over []int, appends with Go's growth, bounds-checked indexing throughout.
package main

const limit = 2000000

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func insertionSort(a []int) {
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i - 1
		for j >= 0 && a[j] > v {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = v
	}
}

func main() {
	ps := sieve(limit)
	sums := make([]int, len(ps)+1)
	for i, p := range ps {
		sums[i+1] = sums[i] + p
	}
	// a pseudo-random permutation of 3,000 values, sorted
	a := make([]int, 3000)
	x := 12345
	for i := range a {
		x = (x*1103515245 + 12345) % 2147483648
		a[i] = x % 100000
	}
	insertionSort(a)
	sorted := true
	for i := 1; i < len(a); i++ {
		if a[i-1] > a[i] {
			sorted = false
		}
	}
	println("primes:", len(ps), "sum:", sums[len(ps)], "sorted:", sorted, a[0], a[len(a)-1])
}
