// Preemption: a goroutine that never blocks or yields still lets the others run, because
// sysmon stops it after 10 ms (Go's forcePreemptNS). main spins three ways, each until a
// goroutine it started has set a flag: in a loop without calls (only an asynchronous
// preemption, SIGURG, can stop it), in a loop calling a function of its own (the stack check
// at its entry sees the request), and in a loop calling into the runtime (a map lookup: the
// goroutine stops on its way back from the runtime). Then 20,000 goroutines are started while main
// keeps going: it is preempted while it starts them, as in Go, so that they run, and
// finish, early; each reports on a channel. With more than one P the goroutine that sets the
// flag may run on another P and finish before main's first look at the flag, in Go too: the
// counts say something only at GOMAXPROCS=1 (then main must have looped), so at more Ps each
// line reads true whatever the count.
package main

import "runtime"

var flag [3]bool
var n [3]int
var sinkInt int
var m = map[int]int{1: 1, 2: 2, 3: 3}

//go:noinline
func step(k int) int {
	return g(k) + 1
}

//go:noinline
func g(k int) int { return k & 7 }

func set(i int) { flag[i] = true }

func worker(out chan int) {
	runtime.Gosched()
	out <- 1
}

func main() {
	go set(0)
	for !flag[0] {
		n[0]++
	}
	println("a loop without calls was preempted:", n[0] > 0 || runtime.GOMAXPROCS(0) > 1)

	go set(1)
	for !flag[1] {
		sinkInt = step(n[1])
		n[1]++
	}
	println("a loop calling a function was preempted:", n[1] > 0 || runtime.GOMAXPROCS(0) > 1)

	go set(2)
	for !flag[2] {
		sinkInt += m[n[2]&3]
		n[2]++
	}
	println("a loop calling the runtime was preempted:", n[2] > 0 || runtime.GOMAXPROCS(0) > 1)

	out := make(chan int, 20000)
	for i := 0; i < 20000; i++ {
		go worker(out)
	}
	done := 0
	for i := 0; i < 20000; i++ {
		done += <-out
	}
	println("goroutines done:", done)
}
