// Stack maps: a word of a live frame that the function no longer reads keeps nothing, and
// every word it still reads keeps what it points to. Each check compares runtime.ReadMemStats'
// HeapAlloc after runtime.GC() with a bound far from both outcomes, so Go's binary and
// rt0gen's print the same: the buffers a dead local pointed to are freed (a conservative
// scan of the whole frame kept them: the dead slot still held the slice's array), in main's
// frame, in a caller's frame below the collection, and on a goroutine parked on a channel;
// and the values live across the collection, forty slices in one frame (more slots than one
// stack map word holds), a parked goroutine's own, keep their bytes while new objects of the
// same size reuse the freed memory.
package main

import "runtime"

const mib = 1 << 20

func fill(b []byte, v byte) {
	for i := range b {
		b[i] = v
	}
}

func intact(b []byte, v byte) bool {
	for i := range b {
		if b[i] != v {
			return false
		}
	}
	return true
}

// big makes n buffers of a MiB, each filled: the slice's array points to all of them.
func big(n int) [][]byte {
	bufs := make([][]byte, n)
	for i := range bufs {
		bufs[i] = make([]byte, mib)
		fill(bufs[i], byte(i+1))
	}
	return bufs
}

func total(bufs [][]byte) int {
	t := 0
	for _, b := range bufs {
		t += int(b[0]) + len(b)
	}
	return t
}

func heapMiB() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc / mib
}

// churn allocates objects of the size of the forty slices' arrays, filled, so that the memory of
// any of them freed by mistake is taken and overwritten.
func churn() int {
	s := 0
	for i := 0; i < 400; i++ {
		b := make([]byte, 1000)
		fill(b, 0xee)
		s += int(b[999])
	}
	return s
}

// below: the caller's local is dead at this call; the collection runs two frames down.
func below() uint64 {
	return heapMiB()
}

func caller() bool {
	bufs := big(16)
	t := total(bufs) + total(bufs) // live across a call: a spill slot
	after := below()
	return t > 0 && after < 8
}

func forty() int {
	a0 := make([]byte, 1000)
	fill(a0, 1)
	a1 := make([]byte, 1000)
	fill(a1, 2)
	a2 := make([]byte, 1000)
	fill(a2, 3)
	a3 := make([]byte, 1000)
	fill(a3, 4)
	a4 := make([]byte, 1000)
	fill(a4, 5)
	a5 := make([]byte, 1000)
	fill(a5, 6)
	a6 := make([]byte, 1000)
	fill(a6, 7)
	a7 := make([]byte, 1000)
	fill(a7, 8)
	a8 := make([]byte, 1000)
	fill(a8, 9)
	a9 := make([]byte, 1000)
	fill(a9, 10)
	a10 := make([]byte, 1000)
	fill(a10, 11)
	a11 := make([]byte, 1000)
	fill(a11, 12)
	a12 := make([]byte, 1000)
	fill(a12, 13)
	a13 := make([]byte, 1000)
	fill(a13, 14)
	a14 := make([]byte, 1000)
	fill(a14, 15)
	a15 := make([]byte, 1000)
	fill(a15, 16)
	a16 := make([]byte, 1000)
	fill(a16, 17)
	a17 := make([]byte, 1000)
	fill(a17, 18)
	a18 := make([]byte, 1000)
	fill(a18, 19)
	a19 := make([]byte, 1000)
	fill(a19, 20)
	a20 := make([]byte, 1000)
	fill(a20, 21)
	a21 := make([]byte, 1000)
	fill(a21, 22)
	a22 := make([]byte, 1000)
	fill(a22, 23)
	a23 := make([]byte, 1000)
	fill(a23, 24)
	a24 := make([]byte, 1000)
	fill(a24, 25)
	a25 := make([]byte, 1000)
	fill(a25, 26)
	a26 := make([]byte, 1000)
	fill(a26, 27)
	a27 := make([]byte, 1000)
	fill(a27, 28)
	a28 := make([]byte, 1000)
	fill(a28, 29)
	a29 := make([]byte, 1000)
	fill(a29, 30)
	a30 := make([]byte, 1000)
	fill(a30, 31)
	a31 := make([]byte, 1000)
	fill(a31, 32)
	a32 := make([]byte, 1000)
	fill(a32, 33)
	a33 := make([]byte, 1000)
	fill(a33, 34)
	a34 := make([]byte, 1000)
	fill(a34, 35)
	a35 := make([]byte, 1000)
	fill(a35, 36)
	a36 := make([]byte, 1000)
	fill(a36, 37)
	a37 := make([]byte, 1000)
	fill(a37, 38)
	a38 := make([]byte, 1000)
	fill(a38, 39)
	a39 := make([]byte, 1000)
	fill(a39, 40)
	runtime.GC()
	churn()
	runtime.GC()
	churn()
	ok := 0
	if intact(a0, 1) {
		ok++
	}
	if intact(a1, 2) {
		ok++
	}
	if intact(a2, 3) {
		ok++
	}
	if intact(a3, 4) {
		ok++
	}
	if intact(a4, 5) {
		ok++
	}
	if intact(a5, 6) {
		ok++
	}
	if intact(a6, 7) {
		ok++
	}
	if intact(a7, 8) {
		ok++
	}
	if intact(a8, 9) {
		ok++
	}
	if intact(a9, 10) {
		ok++
	}
	if intact(a10, 11) {
		ok++
	}
	if intact(a11, 12) {
		ok++
	}
	if intact(a12, 13) {
		ok++
	}
	if intact(a13, 14) {
		ok++
	}
	if intact(a14, 15) {
		ok++
	}
	if intact(a15, 16) {
		ok++
	}
	if intact(a16, 17) {
		ok++
	}
	if intact(a17, 18) {
		ok++
	}
	if intact(a18, 19) {
		ok++
	}
	if intact(a19, 20) {
		ok++
	}
	if intact(a20, 21) {
		ok++
	}
	if intact(a21, 22) {
		ok++
	}
	if intact(a22, 23) {
		ok++
	}
	if intact(a23, 24) {
		ok++
	}
	if intact(a24, 25) {
		ok++
	}
	if intact(a25, 26) {
		ok++
	}
	if intact(a26, 27) {
		ok++
	}
	if intact(a27, 28) {
		ok++
	}
	if intact(a28, 29) {
		ok++
	}
	if intact(a29, 30) {
		ok++
	}
	if intact(a30, 31) {
		ok++
	}
	if intact(a31, 32) {
		ok++
	}
	if intact(a32, 33) {
		ok++
	}
	if intact(a33, 34) {
		ok++
	}
	if intact(a34, 35) {
		ok++
	}
	if intact(a35, 36) {
		ok++
	}
	if intact(a36, 37) {
		ok++
	}
	if intact(a37, 38) {
		ok++
	}
	if intact(a38, 39) {
		ok++
	}
	if intact(a39, 40) {
		ok++
	}
	return ok
}

// parked's frame holds dropped's dead slot and mine's live one while handshake parks: a
// frame stopped at a call, whatever the frames above it are doing when the world stops (with
// several Ps the goroutine may not have parked yet, and a frame stopped in a callee's stack
// check or by asyncPreempt is scanned whole, as Go scans an asynchronously preempted one).
func parked(start, done chan int) {
	mine := big(4)
	dropped := big(16)
	t := total(dropped) - total(dropped) // live across a call: a spill slot
	handshake(start, t)
	ok := 0
	for i, b := range mine {
		if intact(b, byte(i+1)) {
			ok++
		}
	}
	done <- ok
}

// handshake tells main that dropped is dead, and waits while main collects.
func handshake(start chan int, t int) {
	start <- t
	<-start
}

func main() {
	bufs := big(16)
	t := total(bufs)
	println("main: allocated", t/mib, "MiB")
	println("main: checked", total(bufs) == t) // bufs is live across the calls before: a spill slot
	bufs = nil
	h := heapMiB()
	println("main: a dead local's buffers freed:", h < 8)

	println("caller: a dead local's buffers freed:", caller())

	println("forty live slices intact:", forty())

	start, done := make(chan int), make(chan int)
	go parked(start, done)
	<-start
	h = heapMiB()
	println("parked: its dead local's buffers freed:", h < 12, "its live ones kept:", h >= 4)
	start <- 0
	println("parked: its live buffers intact:", <-done)
}
