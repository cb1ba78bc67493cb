// sync's Mutex, RWMutex, WaitGroup and Once over goroutines that contend for them: what is
// printed depends on no interleaving (every shared variable is read under its lock or after
// Wait), so GOMAXPROCS=1 and the default print the same. Waiters park on the runtime's
// semaphores (sync.runtime_SemacquireMutex, sync.runtime_SemacquireWaitGroup).
package main

import (
	"runtime"
	"sync"
	"sync/atomic"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) add(k string, d int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k] += d
}

func main() {
	var wg sync.WaitGroup
	c := &counter{n: map[string]int{}}
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				c.add("total", 1)
				if j%100 == 0 {
					c.add("hundreds", j/100)
				}
				if j%97 == 0 {
					runtime.Gosched()
				}
			}
			c.add("workers", i)
		}()
	}
	wg.Wait()
	println("total", c.n["total"], "hundreds", c.n["hundreds"], "workers", c.n["workers"])

	// goroutines queue on a held mutex, then get it one by one
	var mu sync.Mutex
	mu.Lock()
	var wg2 sync.WaitGroup
	got := 0
	for i := 0; i < 5; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			got += i
			mu.Unlock()
		}()
	}
	runtime.Gosched()
	println("held: got", got, "trylock", mu.TryLock())
	mu.Unlock()
	wg2.Wait()
	mu.Lock()
	println("released: got", got)
	mu.Unlock()

	// readers share the RWMutex, a writer excludes them
	var rw sync.RWMutex
	shared := map[int]int{}
	var wg3 sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			for k := 0; k < 10; k++ {
				rw.Lock()
				shared[k] += w
				rw.Unlock()
				runtime.Gosched()
			}
		}()
	}
	var reads atomic.Int32
	for r := 0; r < 4; r++ {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			for k := 0; k < 10; k++ {
				rw.RLock()
				_ = shared[k]
				rw.RUnlock()
				reads.Add(1)
			}
		}()
	}
	wg3.Wait()
	sum := 0
	for _, v := range shared {
		sum += v
	}
	println("rw: sum", sum, "reads", reads.Load(), "tryrlock", rw.TryRLock(), "trylock", rw.TryLock())
	rw.RUnlock()

	// Once runs its function once, whoever calls first
	var once sync.Once
	var wg4 sync.WaitGroup
	calls := 0
	for i := 0; i < 10; i++ {
		wg4.Add(1)
		go func() {
			defer wg4.Done()
			once.Do(func() { calls++ })
		}()
	}
	wg4.Wait()
	println("once: calls", calls)

	// WaitGroup.Go (Go 1.25)
	var wg5 sync.WaitGroup
	var total atomic.Int64
	for i := 1; i <= 10; i++ {
		wg5.Go(func() { total.Add(int64(i)) })
	}
	wg5.Wait()
	println("go: total", total.Load())

	// a WaitGroup's counter may not go negative: Go's panic, recovered
	func() {
		defer func() {
			println("recovered:", recover().(string))
		}()
		var w sync.WaitGroup
		w.Add(1)
		w.Done()
		w.Done()
	}()
	var l sync.Locker = &mu
	l.Lock()
	l.Unlock()
	l = rw.RLocker()
	l.Lock()
	l.Unlock()
	println("done")
}
