// select: default, nil channels, several ready cases (what is printed does not depend on
// which one select picks), send and receive cases, a select loop that drains two channels.
package main

func worker(id int, jobs <-chan int, results chan<- int, quit chan bool) {
	for {
		select {
		case j, ok := <-jobs:
			if !ok {
				quit <- true
				return
			}
			results <- j * id
		}
	}
}

func sender(c chan int, n int) {
	for i := 1; i <= n; i++ {
		c <- i
	}
	close(c)
}

func main() {
	c := make(chan int, 1)
	select {
	case v := <-c:
		println("unexpected", v)
	default:
		println("nothing ready")
	}
	select {
	case c <- 7:
		println("sent 7")
	default:
		println("full")
	}
	select {
	case c <- 8:
		println("sent 8")
	default:
		println("full")
	}

	// several ready cases: each is counted; the totals do not depend on the choices
	a := make(chan int, 10)
	b := make(chan int, 10)
	for i := 0; i < 10; i++ {
		a <- 1
		b <- 2
	}
	sum, na, nb := 0, 0, 0
	for i := 0; i < 20; i++ {
		select {
		case x := <-a:
			sum += x
			na++
		case x := <-b:
			sum += x
			nb++
		}
	}
	println("sum", sum, "na", na, "nb", nb, <-c)

	// a nil channel's case is never chosen
	var nilc chan int
	d := make(chan int, 1)
	d <- 42
	select {
	case v := <-nilc:
		println("nil!", v)
	case nilc <- 1:
		println("nil send!")
	case v, ok := <-d:
		println("from d", v, ok)
	}

	// draining two channels until both are closed
	p := make(chan int)
	q := make(chan int)
	go sender(p, 5)
	go sender(q, 7)
	total, count := 0, 0
	for p != nil || q != nil {
		select {
		case v, ok := <-p:
			if !ok {
				p = nil
				continue
			}
			total += v
			count++
		case v, ok := <-q:
			if !ok {
				q = nil
				continue
			}
			total += v
			count++
		}
	}
	println("total", total, "count", count)

	// workers and a select with a send case
	jobs := make(chan int)
	results := make(chan int, 100)
	quit := make(chan bool)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results, quit)
	}
	sent := 0
	for sent < 6 {
		select {
		case jobs <- 1:
			sent++
		}
	}
	close(jobs)
	for w := 0; w < 3; w++ {
		<-quit
	}
	close(results)
	rs := 0
	for r := range results {
		rs += r
	}
	println("jobs", sent, "results > 0:", rs > 0)

	// a closed channel is always ready in a select
	e := make(chan int)
	close(e)
	for i := 0; i < 3; i++ {
		select {
		case v, ok := <-e:
			println("closed e", v, ok)
		default:
			println("default")
		}
	}
	// break out of a select inside a labeled loop
	f := make(chan int, 3)
	f <- 1
	f <- 2
	f <- 3
loop:
	for {
		select {
		case v := <-f:
			if v == 2 {
				break loop
			}
			println("f", v)
		}
	}
	println("after loop", len(f))
}
