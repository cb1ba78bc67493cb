// Freed memory comes back zero, whatever the heap did with it in between: large buffers
// filled with a pattern are dropped in an order that leaves free runs between live ones,
// collections free them (and give some of their pages back to the kernel, which rt0gen's
// heap keeps apart from the free runs it did not give back), and new buffers of other sizes,
// some larger than any one freed run, and small objects are allocated in their place: every
// byte of every new object must read zero, and what was kept must still hold its pattern.
package main

import "runtime"

const mib = 1 << 18 // a quarter MiB: the unit of the buffers

var kept [][]byte

func fill(b []byte, v byte) {
	for i := range b {
		b[i] = v
	}
}

// nonzero counts the bytes of b that are not zero, looking at every 61st byte and the last.
func nonzero(b []byte) int {
	n := 0
	for i := 0; i < len(b); i += 61 {
		if b[i] != 0 {
			n++
		}
	}
	if len(b) > 0 && b[len(b)-1] != 0 {
		n++
	}
	return n
}

func intact(b []byte, v byte) bool {
	for i := 0; i < len(b); i += 61 {
		if b[i] != v {
			return false
		}
	}
	return true
}

func main() {
	bad, broken := 0, 0
	for round := 0; round < 4; round++ {
		// 48 buffers of 1 to 3 units, each filled
		var bufs [][]byte
		for i := 0; i < 48; i++ {
			b := make([]byte, (1+i%3)*mib)
			if nonzero(b) != 0 {
				bad++
			}
			fill(b, byte(0xa0+round))
			bufs = append(bufs, b)
		}
		// keep every fourth, drop the rest: free runs between the kept ones
		for i := 0; i < len(bufs); i += 4 {
			kept = append(kept, bufs[i])
		}
		bufs = nil
		runtime.GC()
		runtime.GC()
		// larger than any one freed run, then smaller ones, then small objects
		var again [][]byte
		for _, n := range []int{7 * mib, 5 * mib, 4*mib + 12345, mib / 2, 3 * mib, 100000, 40000} {
			b := make([]byte, n)
			bad += nonzero(b)
			fill(b, 0x5c)
			again = append(again, b)
		}
		for i := 0; i < 20000; i++ {
			s := make([]int, 1+i%40)
			for _, v := range s {
				if v != 0 {
					bad++
				}
			}
			s[0] = -1
		}
		// drop half of what was kept, so the next round's buffers find other gaps
		kept = kept[len(kept)/2:]
		again = nil
		runtime.GC()
	}
	for _, b := range kept {
		if !intact(b, b[0]) || b[0] < 0xa0 || b[0] > 0xa3 {
			broken++
		}
	}
	println("kept:", len(kept), "nonzero bytes in new objects:", bad, "kept buffers changed:", broken)
}
