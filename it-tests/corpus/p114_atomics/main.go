// sync/atomic's functions and types (Value too): counters that goroutines add to at once (lock xadd),
// compare-and-swap loops (lock cmpxchg), swaps and stores (xchg). What is printed is read
// after the WaitGroup's Wait, so GOMAXPROCS=1 and the default print the same.
package main

import (
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"
)

type config struct {
	name string
	n    int
}

type stats struct {
	hits   atomic.Int64
	misses atomic.Uint32
	max    atomic.Int32
	ready  atomic.Bool
	flags  atomic.Uint64
	addr   atomic.Uintptr
}

func main() {
	var n32 int32
	var n64 int64
	var u32 uint32
	var u64 uint64
	var up uintptr
	var s stats
	var wg sync.WaitGroup
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				atomic.AddInt32(&n32, 1)
				atomic.AddInt64(&n64, 2)
				atomic.AddUint32(&u32, ^uint32(0)) // subtract 1
				atomic.AddUint64(&u64, 3)
				atomic.AddUintptr(&up, 1)
				if i%2 == 0 {
					s.hits.Add(1)
				} else {
					s.misses.Add(1)
				}
				if i%50 == 0 {
					runtime.Gosched()
				}
			}
			// the largest goroutine number, with a compare-and-swap loop
			v := int32(g * 10)
			for {
				old := s.max.Load()
				if v <= old || s.max.CompareAndSwap(old, v) {
					break
				}
			}
			s.flags.Or(1 << g)
		}()
	}
	wg.Wait()
	println("adds", atomic.LoadInt32(&n32), atomic.LoadInt64(&n64), atomic.LoadUint32(&u32), atomic.LoadUint64(&u64), atomic.LoadUintptr(&up))
	println("types", s.hits.Load(), s.misses.Load(), s.max.Load(), s.flags.Load(), s.ready.Load())

	println("swap", atomic.SwapInt32(&n32, -5), n32, atomic.SwapInt64(&n64, 1<<40), n64, atomic.SwapUint32(&u32, 7), atomic.SwapUint64(&u64, 9), atomic.SwapUintptr(&up, 11))
	println("cas", atomic.CompareAndSwapInt32(&n32, -5, 6), atomic.CompareAndSwapInt32(&n32, -5, 7), n32,
		atomic.CompareAndSwapInt64(&n64, 1<<40, -1), n64, atomic.CompareAndSwapUint32(&u32, 8, 1), u32,
		atomic.CompareAndSwapUint64(&u64, 9, 10), u64, atomic.CompareAndSwapUintptr(&up, 11, 12), up)
	atomic.StoreInt32(&n32, 100)
	atomic.StoreInt64(&n64, -100)
	atomic.StoreUint32(&u32, 1<<31)
	atomic.StoreUint64(&u64, 1<<63)
	atomic.StoreUintptr(&up, 42)
	println("store", n32, n64, u32, u64, up)

	a, b := 1, 2
	var p unsafe.Pointer
	atomic.StorePointer(&p, unsafe.Pointer(&a))
	old := atomic.SwapPointer(&p, unsafe.Pointer(&b))
	println("pointer", *(*int)(old), *(*int)(atomic.LoadPointer(&p)), atomic.CompareAndSwapPointer(&p, old, nil), atomic.CompareAndSwapPointer(&p, unsafe.Pointer(&b), nil), p == nil)

	println("bool", s.ready.Swap(true), s.ready.CompareAndSwap(true, false), s.ready.Load())
	s.ready.Store(true)
	println("and/or", s.flags.And(0b1010), s.flags.Load(), atomic.OrInt32(&n32, 1), n32, atomic.AndUint32(&u32, 0), u32)
	s.addr.Store(5)
	println("uintptr", s.addr.Add(5), s.addr.Swap(1), s.addr.CompareAndSwap(1, 2), s.addr.Load(), s.ready.Load())
	var i64 atomic.Int64
	var u64t atomic.Uint64
	println("wrap", i64.Add(-1), u64t.Add(^uint64(0)), i64.Swap(1<<62), u64t.CompareAndSwap(^uint64(0), 0), u64t.Load())

	// a narrow result is extended by its type (the register's bits above 32 are the caller's to
	// set): an int32 result below zero is negative, a uint32 one above 1<<31 is not
	var i32 atomic.Int32
	var u32t atomic.Uint32
	x := int32(-3)
	neg := i32.Add(-1)
	println("narrow", neg, neg < 0, i32.Load() < 0, i32.Swap(-7), int64(i32.Load()), atomic.AddInt32(&x, -1) < -3, atomic.SwapInt32(&x, 1) == -4, atomic.LoadInt32(&x))
	println("narrow", u32t.Add(^uint32(0)), u32t.Add(0) > 1<<31, int64(u32t.Load()), u32t.Swap(1) > 0, i32.CompareAndSwap(-7, -8), i32.Load()/2)

	// atomic.Value: Go's value.go, whose first store pins the P (runtime_procPin)
	var v atomic.Value
	println("value", v.Load() == nil, v.CompareAndSwap(nil, config{"a", 1}), v.Load().(config).name)
	old2 := v.Swap(config{"b", 2})
	println("value", old2.(config).name, v.CompareAndSwap(config{"b", 2}, config{"c", 3}), v.CompareAndSwap(config{"b", 2}, config{"d", 4}), v.Load().(config).n)
	var wg2 sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for {
				c := v.Load().(config)
				if v.CompareAndSwap(c, config{c.name, c.n + 1}) {
					return
				}
			}
		}()
	}
	wg2.Wait()
	println("value", v.Load().(config).n)
	defer func() {
		println("recovered:", recover().(string))
	}()
	v.Store(7)
}
