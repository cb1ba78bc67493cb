// Tiny allocations (Go's tiny allocator: objects under 16 bytes without pointers share 16-byte
// blocks): the values kept among many more dropped ones stay intact through collections, and
// through the allocations that reuse the blocks the collections free; each object is aligned
// as its size asks (8 for 8 bytes, 4 for a multiple of 4, 2 for an even size); the finalizers
// of objects that share a block all run, each once with its own object, once nothing reaches
// the block (Go promises most, not all: a block may share its 16 bytes with something kept).
// A collection that frees the block the P is filling makes the P start a new one: an object
// allocated after it is not cut from the freed block, which other allocations reuse.
package main

import (
	"runtime"
	"time"
	"unsafe"
)

var (
	keptS  []string
	keptB  [][]byte
	kept8  []*int8
	kept16 []*int16
	kept32 []*int32
	kept64 []*int64
)

// str is a string of 1 to 15 letters made from i, built a letter at a time (each step a
// tiny string that is garbage at once).
func str(i int) string {
	n := i%15 + 1
	s := ""
	for j := 0; j < n; j++ {
		s += string(rune('a' + (i+j)%26))
	}
	return s
}

const n = 100000

// allocate makes n of each kind, keeps every 13th and checks the alignment of each.
func allocate() int {
	misaligned := 0
	for i := 0; i < n; i++ {
		s := str(i)
		b := make([]byte, i%15+1)
		for j := range b {
			b[j] = byte(i + j)
		}
		p8 := new(int8)
		*p8 = int8(i)
		p16 := new(int16)
		*p16 = int16(i)
		p32 := new(int32)
		*p32 = int32(i)
		p64 := new(int64)
		*p64 = int64(i) * 1000003
		if uintptr(unsafe.Pointer(p16))%2 != 0 || uintptr(unsafe.Pointer(p32))%4 != 0 || uintptr(unsafe.Pointer(p64))%8 != 0 {
			misaligned++
		}
		if i%13 == 0 {
			keptS = append(keptS, s)
			keptB = append(keptB, b)
			kept8 = append(kept8, p8)
			kept16 = append(kept16, p16)
			kept32 = append(kept32, p32)
			kept64 = append(kept64, p64)
		}
		if i%20000 == 0 {
			runtime.GC()
		}
	}
	return misaligned
}

// check counts the kept values that are not what allocate stored.
func check() int {
	bad := 0
	for k := range keptS {
		i := k * 13
		if keptS[k] != str(i) {
			bad++
		}
		b := keptB[k]
		if len(b) != i%15+1 {
			bad++
		}
		for j := range b {
			if b[j] != byte(i+j) {
				bad++
			}
		}
		if *kept8[k] != int8(i) || *kept16[k] != int16(i) || *kept32[k] != int32(i) || *kept64[k] != int64(i)*1000003 {
			bad++
		}
	}
	return bad
}

const nfin = 400

var finalized = make(chan int32, nfin)

// makeFinalized makes nfin int32s, four to a block, each with a finalizer, on a goroutine of
// its own that then ends (rt0gen scans stacks conservatively: no live stack holds them).
func makeFinalized(done chan bool) {
	for i := 0; i < nfin; i++ {
		x := new(int32)
		*x = int32(i)
		runtime.SetFinalizer(x, func(p *int32) { finalized <- *p })
	}
	done <- true
}

// acrossCollections drops a one-byte object (the P's block then has 15 bytes left), collects
// (the block is unreachable: freed), keeps a new int32, and then fills 16-byte objects (the
// class of tiny blocks) with ones; it counts the int32s that do not hold their value.
func acrossCollections() int {
	var ints []*int32
	var fills [][]byte
	for r := 0; r < 100; r++ {
		_ = new(int8)
		runtime.GC()
		x := new(int32)
		*x = int32(r)
		ints = append(ints, x)
		for k := 0; k < 64; k++ {
			b := make([]byte, 16)
			for j := range b {
				b[j] = 0xff
			}
			fills = append(fills, b)
		}
	}
	bad := 0
	for r, x := range ints {
		if *x != int32(r) {
			bad++
		}
	}
	return bad + len(fills) - 6400
}

func main() {
	println("across collections, bad:", acrossCollections())
	misaligned := allocate()
	runtime.GC()
	for i := 0; i < n; i++ { // garbage in the blocks the collection freed
		_ = str(i + 7)
		_ = new(int32)
	}
	println("kept", len(keptS), "misaligned", misaligned, "bad", check())

	done := make(chan bool)
	go makeFinalized(done)
	<-done
	runtime.GC()
	seen := make([]bool, nfin)
	count, corrupted, twice := 0, 0, 0
	for tries := 0; count < nfin && tries < 2000; tries++ {
		select {
		case x := <-finalized:
			if x < 0 || x >= nfin {
				corrupted++
			} else if seen[x] {
				twice++
			} else {
				seen[x] = true
				count++
			}
		default:
			time.Sleep(time.Millisecond)
		}
	}
	println("finalized most:", count >= nfin/10*9, "corrupted:", corrupted, "twice:", twice)
}
