package main

// schedtick%61: a chain of goroutines that each start the next keeps the local queue
// (runnext) busy, while goroutines that yield wait in the global queue; every 61st
// schedule the scheduler takes one from the global queue first. The interleaving is
// recorded and printed at the end.

import "runtime"

var order = ""
var hops = 0

func loop(id int, n int) {
	for i := 0; i < n; i++ {
		order = order + " l" + itoa(id) + "." + itoa(i)
		runtime.Gosched()
	}
}

func hop(n int) {
	hops++
	if n > 0 {
		go hop(n - 1)
	}
	if n%10 == 0 {
		order = order + " h" + itoa(n)
	}
}

func main() {
	go loop(1, 30)
	go loop(2, 20)
	go hop(250)
	go loop(3, 10)
	for i := 0; i < 100; i++ {
		if i%5 == 0 {
			order = order + " m" + itoa(i)
		}
		runtime.Gosched()
	}
	println("order:" + order)
	println("hops:", hops, "goroutines:", runtime.NumGoroutine())
}

// itoa: the decimal form of n (no strconv in rt0gen's subset).
func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n >= 10 {
		return itoa(n/10) + digit(n%10)
	}
	return digit(n)
}

func digit(d int) string {
	switch d {
	case 0:
		return "0"
	case 1:
		return "1"
	case 2:
		return "2"
	case 3:
		return "3"
	case 4:
		return "4"
	case 5:
		return "5"
	case 6:
		return "6"
	case 7:
		return "7"
	case 8:
		return "8"
	}
	return "9"
}
