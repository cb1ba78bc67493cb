package main

// More goroutines than a P's local run queue holds (256): runqput spills half of the
// queue and the new G to the global queue (runqputslow), and the scheduler later takes
// them back in batches (globrunqget). The order the goroutines run in is recorded in a
// string and printed once at the end, so that no write happens while they are scheduled.

import "runtime"

var order = ""
var ran = 0

func g(id int) {
	order = order + " " + itoa(id)
	ran++
}

func main() {
	for i := 0; i < 300; i++ {
		go g(i)
	}
	println("spawned, goroutines:", runtime.NumGoroutine())
	runtime.Gosched()
	println("after one Gosched, ran:", ran)
	for ran < 300 {
		runtime.Gosched()
	}
	println("order:" + order)
	println("goroutines:", runtime.NumGoroutine())
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
