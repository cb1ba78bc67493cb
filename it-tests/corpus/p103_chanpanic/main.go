// A send on a closed channel: a blocked sender is woken by close and panics.
package main

func send(c chan int, done chan bool) {
	println("sending")
	done <- true
	c <- 1
	println("not reached")
}

func main() {
	c := make(chan int)
	done := make(chan bool)
	go send(c, done)
	<-done
	println("closing")
	close(c)
	<-done
}
