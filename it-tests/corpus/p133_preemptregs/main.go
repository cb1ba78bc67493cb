// Asynchronous preemption leaves no root behind: main spins in a loop with no call, a
// register pointing into a slice of sixteen 1 MiB buffers, until sysmon stops it with a signal
// (SIGURG) and the goroutine that ends the loop runs (with GOMAXPROCS=1; with more Ps it runs
// beside main and nothing is preempted). When main runs on, the buffers are dead,
// and a collection frees them. The kernel wrote main's registers, that pointer among them, on
// the signal stack; Go scans no signal stack, and rt0gen's collector scanned m0's (a runtime
// variable) and kept the buffers until the next signal overwrote the word.
package main

import (
	"runtime"
	"sync/atomic"
)

const mib = 1 << 20

// flag ends spin's loop, once started says the loop has begun. Both are read and written
// there without sync/atomic, so that the loop has no call: only a signal can stop it
// (neither gc nor rt0gen moves the load out of the loop). Should main be stopped before the
// loop (at spin's entry, its time slice having run out while it allocated), the goroutine
// yields until the loop has begun, and the signal that stops it comes 10 ms later.
var flag, started int32

func big(n int) [][]byte {
	bufs := make([][]byte, n)
	for i := range bufs {
		bufs[i] = make([]byte, mib)
		bufs[i][0] = byte(i + 1)
	}
	return bufs
}

// spin reads the first buffer's bytes through p, kept in a register, until flag is set.
func spin(bufs [][]byte) int {
	s, i := 0, 0
	p := &bufs[0]
	for flag == 0 {
		started = 1
		s += int((*p)[i])
		i = (i + 1) & 15
	}
	return s
}

func main() {
	bufs := big(16)
	go func() { // runs once sysmon preempts main (GOMAXPROCS=1)
		for atomic.LoadInt32(&started) == 0 {
			runtime.Gosched()
		}
		atomic.StoreInt32(&flag, 1)
	}()
	s := spin(bufs)
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	println("spun:", s > 0, "a preempted register's buffers freed:", m.HeapAlloc/mib < 8)
}
