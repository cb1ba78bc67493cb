// Finalizers (runtime.SetFinalizer): an object that nothing reaches any more has its finalizer
// run once, on the finalizer goroutine, after the collection that finds it so; a finalizer may
// take its object as an interface and may return values (ignored); a removed finalizer, and the
// finalizer of an object still reached, never runs; an object reached only from a finalized one
// is finalized by a later collection. The finalizers run in no set order: only counts and sums
// are printed.
package main

import "runtime"

type node struct {
	id   int
	next *node
	pad  [6]int
}

var done = make(chan int, 4096)

func finNode(n *node) { done <- n.id }

func finAny(x any) { done <- x.(*node).id }

func finResults(n *node) (r [300]int, s string) {
	r[299] = n.id
	done <- r[299]
	return r, "ignored"
}

func never(n *node) { panic("the finalizer of a reachable object, or a removed one, ran") }

var kept []*node

var global node

// build makes the objects on a goroutine of their own, which then ends: no live goroutine's
// stack holds their addresses (rt0gen scans stacks conservatively).
func build(ch chan bool) {
	for i := 0; i < 100; i++ {
		runtime.SetFinalizer(&node{id: i}, finNode)
	}
	for i := 100; i < 150; i++ {
		runtime.SetFinalizer(&node{id: i}, finAny)
	}
	for i := 150; i < 160; i++ {
		runtime.SetFinalizer(&node{id: i}, finResults)
	}
	for i := 160; i < 200; i++ {
		n := &node{id: i}
		runtime.SetFinalizer(n, never)
		runtime.SetFinalizer(n, nil)
	}
	for i := 200; i < 220; i++ {
		n := &node{id: i}
		runtime.SetFinalizer(n, never)
		kept = append(kept, n)
	}
	b := &node{id: 1001}
	a := &node{id: 1000, next: b}
	runtime.SetFinalizer(b, finNode)
	runtime.SetFinalizer(a, finNode)
	runtime.SetFinalizer(&global, never) // a global is never unreachable: nothing is recorded
	ch <- true
}

func main() {
	ch := make(chan bool)
	go build(ch)
	<-ch
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	runtime.GC()
	seen := map[int]bool{}
	sum := 0
	for len(seen) < 161 {
		id := <-done
		if seen[id] {
			println("finalized twice:", id)
		}
		seen[id] = true
		sum += id
	}
	println("first collection:", len(seen), "finalized, ids summing to", sum, "chain head:", seen[1000], "its next:", seen[1001])
	runtime.GC()
	id := <-done
	println("second collection: finalized", id, "waiting:", len(done))
	runtime.GC()
	runtime.GC()
	println("after two more: waiting", len(done), "kept", len(kept), kept[0].id, kept[19].id)
	runtime.KeepAlive(kept)
}
