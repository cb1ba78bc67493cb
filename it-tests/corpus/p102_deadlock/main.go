// Every goroutine blocked: Go's "fatal error: all goroutines are asleep - deadlock!" with
// the header of each goroutine (chan receive, chan send, select, nil channels), exit 2.
package main

func recvForever(c chan int) {
	<-c
}

func sendForever(c chan int, v int) {
	c <- v
}

func selectForever(a, b chan int) {
	select {
	case <-a:
	case b <- 1:
	}
}

func nilRecv() {
	var c chan int
	<-c
}

func nilSend() {
	var c chan string
	c <- "x"
}

func noCases() {
	select {}
}

func main() {
	c := make(chan int)
	d := make(chan int, 1)
	go recvForever(c)
	go sendForever(c, 1)
	go recvForever(d)
	go selectForever(make(chan int), make(chan int))
	go nilRecv()
	go nilSend()
	go noCases()
	println("started")
	d <- 5
	d <- 6
	d <- 7
	println("not reached")
}
