// Goroutines at scale: main starts N goroutines (N from the environment variable GOROUTINES,
// a decimal number; 1,000 when it is unset) that each yield once and end; main yields until
// it is the only goroutine left. Needs no lock, so it runs the same with any GOMAXPROCS.
// rt0gen has no strconv and no string indexing: N is parsed by a binary search over itoa.
package main

import (
	"os"
	"runtime"
)

func digit(d int) string {
	switch d {
	case 0:
		return "0"
	case 1:
		return "1"
	case 2:
		return "2"
	case 3:
		return "3"
	case 4:
		return "4"
	case 5:
		return "5"
	case 6:
		return "6"
	case 7:
		return "7"
	case 8:
		return "8"
	}
	return "9"
}

func itoa(n int) string {
	if n < 10 {
		return digit(n)
	}
	return itoa(n/10) + digit(n%10)
}

// atoi: decimal numbers of the same length order as their strings do.
func atoi(s string) int {
	lo, hi := 1, 10
	for i := 1; i < len(s); i++ {
		lo, hi = lo*10, hi*10
	}
	if s == "0" {
		return 0
	}
	for lo < hi {
		mid := lo + (hi-lo)/2
		if itoa(mid) < s {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo >= 10 && itoa(lo) != s || lo < 10 && itoa(lo) != s {
		println("GOROUTINES is not a decimal number:", s)
		os.Exit(2)
	}
	return lo
}

func worker() {
	runtime.Gosched()
}

func main() {
	n := 1000
	if s := os.Getenv("GOROUTINES"); s != "" {
		n = atoi(s)
	}
	for i := 0; i < n; i++ {
		go worker()
	}
	// The count that ends the wait is the one printed: a second NumGoroutine call can count
	// more, in Go's runtime as in rt0gen's, while another thread moves dead goroutines from
	// its P's free list to the global one (gcount reads the lists while they change; Go's
	// comment: "the result can be inconsistent").
	left := runtime.NumGoroutine()
	for left > 1 {
		runtime.Gosched()
		left = runtime.NumGoroutine()
	}
	println("goroutines:", n, "left:", left)
}
