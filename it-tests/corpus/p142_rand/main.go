// Package math/rand's top-level functions, which draw from a generator seeded at random in
// each run (Go 1.20 and later), so only what holds in every run is printed: every result in
// its range, a million Intn(10) spread evenly (each count within 16 standard deviations of
// 100,000), Perm a permutation, Shuffle moving every element once at most per step, two runs
// of a thousand draws not equal, and the panics of Intn, Int31n, Int63n and Shuffle.
package main

import "math/rand"

func main() {
	ok := true
	for i := 0; i < 100000; i++ {
		if v := rand.Int63(); v < 0 {
			ok = false
		}
		if v := rand.Int31(); v < 0 {
			ok = false
		}
		if v := rand.Int(); v < 0 {
			ok = false
		}
		n := 1 + i%1000
		if v := rand.Intn(n); v < 0 || v >= n {
			ok = false
		}
		if v := rand.Int31n(int32(n)); v < 0 || v >= int32(n) {
			ok = false
		}
		if v := rand.Int63n(int64(n) << 40); v < 0 || v >= int64(n)<<40 {
			ok = false
		}
		if v := rand.Intn(1 << 40); v < 0 || v >= 1<<40 {
			ok = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			ok = false
		}
		if f := rand.Float32(); f < 0 || f >= 1 {
			ok = false
		}
	}
	println("in range:", ok)

	var counts [10]int
	for i := 0; i < 1000000; i++ {
		counts[rand.Intn(10)]++
	}
	even := true
	for _, c := range counts {
		if c < 95000 || c > 105000 {
			even = false
		}
	}
	println("even:", even)

	var high, low int
	for i := 0; i < 100000; i++ {
		if rand.Uint64()>>63 == 1 {
			high++
		}
		if rand.Uint32()>>31 == 1 {
			low++
		}
	}
	println("top bits:", high > 45000 && high < 55000, low > 45000 && low < 55000)

	p := rand.Perm(1000)
	seen := make([]bool, 1000)
	perm := len(p) == 1000
	for _, v := range p {
		if v < 0 || v >= 1000 || seen[v] {
			perm = false
			continue
		}
		seen[v] = true
	}
	println("perm:", perm, len(rand.Perm(0)))

	a := make([]int, 100)
	for i := range a {
		a[i] = i
	}
	swaps := 0
	rand.Shuffle(len(a), func(i, j int) {
		if j > i {
			perm = false
		}
		a[i], a[j] = a[j], a[i]
		swaps++
	})
	sum := 0
	for _, v := range a {
		sum += v
	}
	println("shuffle:", perm, swaps, sum)

	same := true
	x := make([]int64, 1000)
	for i := range x {
		x[i] = rand.Int63()
	}
	for i := range x {
		if rand.Int63() != x[i] {
			same = false
		}
	}
	println("repeats:", same)

	try(func() { rand.Intn(0) })
	try(func() { rand.Int31n(-1) })
	try(func() { rand.Int63n(0) })
	try(func() { rand.Shuffle(-1, func(i, j int) {}) })
}

func try(f func()) {
	defer func() { println("recovered:", recover().(string)) }()
	f()
}
