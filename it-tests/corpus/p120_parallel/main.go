// CPU-bound work split over GOMAXPROCS goroutines, which run at once on as many threads: each
// goroutine sums its own share of a range (no lock), publishes it with sync/atomic, and
// main waits on a sync.WaitGroup; the total is the same whatever GOMAXPROCS is. Then the
// goroutines of a worker pool take jobs from one channel and send results on another.
package main

import (
	"runtime"
	"sync"
	"sync/atomic"
)

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	const limit = 300000
	procs := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	var total int64
	for w := 0; w < procs; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			s := 0
			for n := 1 + w; n < limit; n += procs {
				s += collatz(n)
			}
			atomic.AddInt64(&total, int64(s))
		}(w)
	}
	wg.Wait()
	println("collatz steps below", limit, "total", total)

	jobs := make(chan int, 16)
	results := make(chan int, 16)
	for w := 0; w < 4; w++ {
		go func() {
			for n := range jobs {
				results <- collatz(n)
			}
		}()
	}
	go func() {
		for n := 1; n <= 1000; n++ {
			jobs <- n
		}
		close(jobs)
	}()
	sum, longest := 0, 0
	for i := 0; i < 1000; i++ {
		r := <-results
		sum += r
		if r > longest {
			longest = r
		}
	}
	println("pool: sum", sum, "longest", longest)
}
