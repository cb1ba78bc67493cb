// A WaitGroup that never reaches zero: one worker finishes, the other blocks for ever on a
// mutex nobody unlocks, main waits. Go's "fatal error: all goroutines are asleep -
// deadlock!" with each goroutine's wait reason (sync.WaitGroup.Wait, sync.Mutex.Lock).
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	wg.Add(2)
	for i := 0; i < 2; i++ {
		go func() {
			defer wg.Done()
			mu.Lock()
			println("worker", i, "has the lock")
		}()
	}
	wg.Wait()
	println("unreachable")
}
