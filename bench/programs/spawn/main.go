// Creating and finishing goroutines: main starts 200,000 goroutines one after another, each
// sending its number on a channel that main receives from before it starts the next, so that
// one goroutine lives at a time: per operation, a go statement, a goroutine's start and end,
// and a channel handoff. The same with any GOMAXPROCS.
package main

const n = 200000

func worker(done chan int, i int) {
	done <- i
}

func main() {
	done := make(chan int)
	sum := 0
	for i := 0; i < n; i++ {
		go worker(done, i)
		sum += <-done
	}
	println("spawned:", n, "sum:", sum)
}
