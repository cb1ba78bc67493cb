// sync.Cond, OnceFunc, Pool and Map: a producer hands items to consumers that wait on a condition
// variable (the runtime's notify list: Signal wakes the oldest waiter, Broadcast all); a Pool
// gives back its last items first; a Map from several goroutines. What is printed is read
// under the lock or after Wait, so GOMAXPROCS=1 and the default print the same.
package main

import (
	"sync"
)

type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
	done  bool
}

func main() {
	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	var wg sync.WaitGroup
	sums := make([]int, 3)
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				q.mu.Lock()
				for len(q.items) == 0 && !q.done {
					q.cond.Wait()
				}
				if len(q.items) == 0 {
					q.mu.Unlock()
					return
				}
				it := q.items[0]
				q.items = q.items[1:]
				q.mu.Unlock()
				sums[w] += it
			}
		}()
	}
	for i := 1; i <= 100; i++ {
		q.mu.Lock()
		q.items = append(q.items, i)
		q.mu.Unlock()
		q.cond.Signal()
	}
	q.mu.Lock()
	q.done = true
	q.mu.Unlock()
	q.cond.Broadcast()
	wg.Wait()
	println("cond: total", sums[0]+sums[1]+sums[2])

	calls := 0
	once := sync.OnceFunc(func() { calls++ })
	once()
	once()
	println("oncefunc: calls", calls)

	p := sync.Pool{New: func() any { return "new" }}
	p.Put("a")
	p.Put("b")
	p.Put("c")
	println("pool:", p.Get().(string), p.Get().(string), p.Get().(string), p.Get().(string))

	var m sync.Map
	var wg2 sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for k := 0; k < 10; k++ {
				m.Store(k*4+g, g)
				m.LoadOrStore("shared", g)
			}
		}()
	}
	wg2.Wait()
	n, sum := 0, 0
	m.Range(func(k, v any) bool {
		if _, ok := k.(int); ok {
			n++
			sum += v.(int)
		}
		return true
	})
	v, ok := m.Load(7)
	_, shared := m.Load("shared")
	println("map:", n, sum, v.(int), ok, shared)
	prev, loaded := m.Swap(7, 9)
	println("map:", prev.(int), loaded, m.CompareAndSwap(7, 9, 10), m.CompareAndSwap(7, 9, 11), m.CompareAndDelete(7, 11), m.CompareAndDelete(7, 10))
	a, l := m.LoadOrStore(7, 12)
	d, dl := m.LoadAndDelete(7)
	println("map:", a.(int), l, d.(int), dl)
	m.Delete(0)
	m.Clear()
	_, ok = m.Load(1)
	println("map: cleared", !ok)
}
