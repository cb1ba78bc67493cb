// Channels: unbuffered and buffered ping-pong, close and range, comma-ok, len and cap.
package main

type pair struct {
	a, b int
}

func pinger(ping chan<- int, pong <-chan int, n int, done chan bool) {
	for i := 0; i < n; i++ {
		ping <- i
		v := <-pong
		println("pinger got", v)
	}
	close(ping)
	done <- true
}

// ponger says when it has seen ping closed: main waits for it, so the line comes before
// main's next ones at any GOMAXPROCS and however slowly the program runs (without the wait it
// came only when main blocked long enough for the scheduler to reach ponger: never natively at
// GOMAXPROCS=1, sometimes under valgrind).
func ponger(ping <-chan int, pong chan<- int, closed chan bool) {
	for v := range ping {
		println("ponger got", v)
		pong <- v * 10
	}
	println("ponger: ping closed")
	closed <- true
}

func producer(c chan pair, n int) {
	for i := 0; i < n; i++ {
		c <- pair{i, i * i}
		println("produced", i, "len", len(c), "cap", cap(c))
	}
	close(c)
}

func arrays(c chan [3]int) {
	c <- [3]int{1, 2, 3}
	c <- [3]int{4, 5, 6}
	close(c)
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan bool)
	closed := make(chan bool)
	go ponger(ping, pong, closed)
	go pinger(ping, pong, 3, done)
	<-done
	<-closed

	c := make(chan pair, 2)
	go producer(c, 5)
	for {
		p, ok := <-c
		if !ok {
			println("closed")
			break
		}
		println("consumed", p.a, p.b, ok)
	}
	v, ok := <-c
	println("after close:", v.a, v.b, ok)

	a := make(chan [3]int, 1)
	go arrays(a)
	x := <-a
	y := <-a
	z := <-a
	println(x[0], x[2], y[1], z[0], len(a), cap(a))

	var nilc chan int
	println(len(nilc), cap(nilc), nilc == nil, c != nil, c == c)

	b := make(chan string, 3)
	b <- "one"
	b <- "two"
	println(len(b), cap(b))
	var s string
	s = <-b
	println(s, len(b))
	s, ok = <-b
	println(s, ok)
	close(b)
	s, ok = <-b
	println(s == "", ok)
	for range b {
		println("never")
	}
	var n int64 = 4
	d := make(chan uint8, n)
	d <- 255
	println(<-d)
}
