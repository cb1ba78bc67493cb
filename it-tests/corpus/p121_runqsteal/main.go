// The run queues under contention, on as many threads as GOMAXPROCS: main makes 20,000
// goroutines that each yield once (Gosched: to the global queue) and then add their number to
// a total with sync/atomic. main's P's run queue fills and spills half of itself to the global
// queue (runqputslow) while the other Ps' Ms steal halves of it and its runnext (runqsteal)
// and take batches from the global queue; their dead goroutines come back to main through the
// free lists. Then a chain of 2,000 goroutines passes a token from main back to main 10
// times over unbuffered channels, each hand-off waking a goroutine that may be on another
// thread. The figures
// printed are the same whatever GOMAXPROCS is.
package main

import (
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	const n = 20000
	var wg sync.WaitGroup
	var total, count int64
	for i := 1; i <= n; i++ {
		wg.Add(1)
		go func(i int) {
			runtime.Gosched()
			atomic.AddInt64(&total, int64(i))
			atomic.AddInt64(&count, 1)
			wg.Done()
		}(i)
	}
	wg.Wait()
	println("goroutines:", count, "total:", total, "want:", int64(n)*(n+1)/2)

	const ring, rounds = 2000, 10
	chans := make([]chan int, ring+1)
	for i := range chans {
		chans[i] = make(chan int)
	}
	for i := 0; i < ring; i++ {
		go func(in, out chan int) {
			for v := range in {
				out <- v + 1
			}
		}(chans[i], chans[i+1])
	}
	hops := 0
	for r := 0; r < rounds; r++ {
		chans[0] <- hops
		hops = <-chans[ring]
	}
	println("ring:", ring, "rounds:", rounds, "hops:", hops)
}
