// Goroutines on several threads: with GOMAXPROCS above 1 each running P has an M (an OS
// thread) of its own, and goroutines move between them (wakep, runqsteal). Every result
// below is the same with any GOMAXPROCS: a pipeline of channels, a select over two senders,
// a sync.Mutex and sync/atomic counters hammered from eight goroutines, sleepers woken by
// timers, and a burst of short-lived goroutines; runtime.GOMAXPROCS changes the number of Ps
// while the program runs (stopping the world).
package main

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

func pipeline(n int) int {
	a := make(chan int)
	b := make(chan int, 3)
	go func() {
		for i := 0; i < n; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for v := range a {
			b <- v * 2
		}
		close(b)
	}()
	s := 0
	for v := range b {
		s += v
	}
	return s
}

func selects(n int) int {
	c1 := make(chan int)
	c2 := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			c1 <- 1
		}
	}()
	go func() {
		for i := 0; i < n; i++ {
			c2 <- 2
		}
	}()
	s := 0
	for got := 0; got < 2*n; got++ {
		select {
		case v := <-c1:
			s += v
		case v := <-c2:
			s += v
		}
	}
	return s
}

func mutexes(g, n int) int {
	var mu sync.Mutex
	var wg sync.WaitGroup
	x := 0
	for i := 0; i < g; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < n; j++ {
				mu.Lock()
				x++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return x
}

func atomics(g, n int) int64 {
	var c int64
	var wg sync.WaitGroup
	for i := 0; i < g; i++ {
		wg.Add(1)
		go func() {
			for j := 0; j < n; j++ {
				atomic.AddInt64(&c, 1)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	return c
}

func sleepers(g int) int32 {
	var wg sync.WaitGroup
	var c int32
	for i := 0; i < g; i++ {
		wg.Add(1)
		go func(i int) {
			time.Sleep(time.Duration(i%5) * time.Millisecond)
			atomic.AddInt32(&c, 1)
			wg.Done()
		}(i)
	}
	wg.Wait()
	return c
}

func spawn(n int) int {
	done := make(chan int, 100)
	for i := 0; i < n; i++ {
		go func(i int) { done <- i }(i)
	}
	s := 0
	for i := 0; i < n; i++ {
		s += <-done
	}
	return s
}

func main() {
	println("pipeline", pipeline(20000))
	println("selects", selects(10000))
	println("mutexes", mutexes(8, 20000))
	println("atomics", atomics(8, 20000))
	println("sleepers", sleepers(100))
	println("spawn", spawn(20000))
	old := runtime.GOMAXPROCS(3)
	println("mutexes", mutexes(8, 5000), runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(1)
	println("spawn", spawn(5000), runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(old)
	println("pipeline", pipeline(5000), runtime.GOMAXPROCS(0) == old)
}
