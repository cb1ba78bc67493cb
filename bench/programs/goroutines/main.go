// 1,000 goroutines that each yield once and bump a counter; main yields until all are done.
// Run with GOMAXPROCS=1 in the environment (the bench does): one P, so the counter needs no
// lock and the schedule is the same every run. The program never calls runtime.GOMAXPROCS.
package main

import "runtime"

const workers = 1000

var done int

func worker(id int) {
	runtime.Gosched()
	done = done + 1
}

func main() {
	for i := 0; i < workers; i++ {
		go worker(i)
	}
	for done < workers {
		runtime.Gosched()
	}
	println("goroutines done:", done, "left:", runtime.NumGoroutine())
}
