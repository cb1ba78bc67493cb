// A channel ping-pong: main and one goroutine pass a counter back and forth over two
// unbuffered channels 200,000 times; per operation (a round trip), two sends, two receives
// and two goroutine switches. The same with any GOMAXPROCS.
package main

const rounds = 200000

func pong(ping, back chan int) {
	for v := range ping {
		back <- v + 1
	}
	close(back)
}

func main() {
	ping, back := make(chan int), make(chan int)
	go pong(ping, back)
	v := 0
	for i := 0; i < rounds; i++ {
		ping <- v
		v = <-back
	}
	close(ping)
	_, ok := <-back
	println("rounds:", rounds, "value:", v, "closed:", !ok)
}
