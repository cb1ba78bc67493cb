// Compiled code speed: the Collatz sequence of every number below 100,000, its steps counted.
package main

const limit = 100000

func steps(n int) int {
	s := 0
	for n != 1 {
		if n%2 == 0 {
			n = n / 2
		} else {
			n = 3*n + 1
		}
		s++
	}
	return s
}

func main() {
	total, longest, start := 0, 0, 0
	for i := 1; i < limit; i++ {
		s := steps(i)
		total += s
		if s > longest {
			longest, start = s, i
		}
	}
	println("collatz below", limit, "steps:", total, "longest:", longest, "from", start)
}
