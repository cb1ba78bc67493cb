// runtime.Goexit: a goroutine ends from deep in its calls after running every deferred call,
// the latest first, in which recover() returns nil (no panic is running); the code after the
// call never runs. Then main itself calls Goexit: its deferred calls run, the other goroutines
// go on, and when none is left Go ends the program with "no goroutines (main called
// runtime.Goexit) - deadlock!". runtime.LockOSThread and UnlockOSThread are accepted.
package main

import "runtime"

var log = make(chan string, 16)

func deep(n int) {
	defer func() { log <- "deep deferred " + itoa(n) }()
	if n == 0 {
		runtime.Goexit()
		log <- "not reached"
	}
	deep(n - 1)
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func worker(done chan bool) {
	defer func() { close(done) }()
	defer func() {
		if r := recover(); r == nil {
			log <- "recover() is nil during Goexit"
		}
	}()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	deep(3)
	log <- "not reached either"
}

func main() {
	done := make(chan bool)
	go worker(done)
	<-done
	close(log)
	for s := range log {
		println(s)
	}
	start := make(chan bool)
	go func() {
		<-start
		println("a goroutine runs after main's Goexit")
	}()
	defer func() {
		println("main's deferred call")
		close(start)
	}()
	runtime.Goexit()
	println("main after Goexit: not reached")
}
