package main

// Goroutines that start goroutines and yield: each go statement puts the new G in
// runnext and kicks the previous one to the tail of the local queue; Gosched puts the
// caller on the global queue.

import "runtime"

var order = ""

func child(depth int, id int) {
	order = order + " s" + itoa(id)
	if depth < 3 {
		go child(depth+1, id*10+1)
		go child(depth+1, id*10+2)
		runtime.Gosched()
	}
	order = order + " e" + itoa(id)
}

func main() {
	go child(0, 1)
	go child(0, 2)
	for i := 0; i < 12; i++ {
		order = order + " m" + itoa(i)
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
