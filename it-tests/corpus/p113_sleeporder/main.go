// time.Sleep, time.After, time.Tick and Timers: goroutines sleeping 30 ms apart each sleep at
// least their duration; main's receives decide what is printed, so GOMAXPROCS=1 and the
// default print the same, on a loaded machine too. The runtime's timers ready the
// sleepers and feed the channels; when nothing can run it sleeps until the first is due.
package main

import (
	"runtime"
	"time"
)

// start is main's init work (so that GODEBUG=inittrace=1 prints main after time's task)
var start = time.Now()

func main() {
	// each sleeper slept at least its duration, whatever the load; their order is not
	// printed: when the machine stalls past two deadlines both timers fire in one round and
	// the later one runs first (runnext), in Go as here
	done := make(chan int)
	woke := make([]time.Duration, 5)
	for _, i := range []int{3, 1, 4, 2} {
		go func() {
			time.Sleep(time.Duration(i) * 30 * time.Millisecond)
			woke[i] = time.Since(start)
			done <- i
		}()
	}
	sum := 0
	for range 4 {
		sum += <-done
	}
	ok := true
	for i := 1; i <= 4; i++ {
		ok = ok && woke[i] >= time.Duration(i)*30*time.Millisecond
	}
	println("4 sleepers:", sum, "each slept at least its duration:", ok)
	el := time.Since(start)
	println("slept at least 120ms:", el >= 120*time.Millisecond, el.Round(time.Hour).String())

	// a select with a time-out on a channel nobody sends on
	never := make(chan int)
	select {
	case <-never:
		println("unreachable")
	case <-time.After(10 * time.Millisecond):
		println("timed out")
	}

	// a ticker ticks until stopped; a stopped timer never fires
	tk := time.NewTicker(2 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 5 {
			break
		}
	}
	tk.Stop()
	t := time.NewTimer(time.Hour)
	println("ticks", n, "stopped", t.Stop(), t.Stop())

	// a goroutine that polls with Gosched sees a timer fire (findRunnable runs the due timers)
	c := time.After(5 * time.Millisecond)
	polls := 0
poll:
	for {
		select {
		case <-c:
			println("polled until the timer fired") // (polls may be 0 on a loaded machine)
			break poll
		default:
			polls++
		}
		runtime.Gosched()
	}
	d := 90*time.Minute + 1500*time.Millisecond
	println(d.String(), time.Duration(1500).String(), (-2 * time.Microsecond).String(), time.Duration(0).String())
	println(int64(time.Hour), d.Seconds() > 5401, time.Minute.Milliseconds(), (1234567 * time.Nanosecond).Truncate(time.Millisecond).String())
	time.Sleep(0)
	time.Sleep(-time.Second)
	println("done")
}
