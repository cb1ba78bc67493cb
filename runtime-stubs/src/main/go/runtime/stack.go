package runtime

import "unsafe"

// stack.go: goroutine stacks that grow (Go's runtime/stack.go).
//
// A goroutine starts on a stackMin (2 KiB) stack from the runtime's own memory. Every compiled
// function but a small leaf starts by comparing its stack pointer (less the part of its frame
// beyond stackSmall) with g.stackguard0, which is stackGuard bytes above the stack's low end
// (the back end emits the check: docs/ABI.md "Stack checks"). When the frame does not fit, the
// function pushes its register arguments and calls morestack (asm_amd64.s), which saves the
// goroutine's context in g.sched and calls newstack on g0. newstack copies the stack to one
// twice the size (copystack) and resumes the goroutine there: the function pops its arguments
// and checks again. A stack that would grow beyond maxstacksize is Go's fatal "stack
// overflow". No stack shrinks (Go shrinks them in the garbage collector, issue 17).
//
// What points into a stack and must move with it: the saved frame pointers (the chain from
// g.sched.bp: every function with a frame pushes rbp) and g.sched itself. Nothing else holds an
// absolute stack address: compiled code puts every variable whose address is taken on the heap,
// and the positions the runtime keeps (defer frames, panics' argp and sp, newproc's arguments)
// are distances below stack.hi, which copying does not change.

const (
	// stackMin is Go's: the size of a new goroutine's stack.
	stackMin = 2048
	// stackSmall is Go's abi.StackSmall: a function that calls nothing and whose frame (with
	// its return address and saved rbp) is at most this large has no check; a frame up to
	// this large is checked with sp itself.
	stackSmall = 128
	// stackNosplit is Go's (abi.StackNosplitBase on linux/amd64): what functions without a
	// check may use below stackguard0.
	stackNosplit = 800
	// stackGuard is Go's: stackguard0 is this far above stack.lo.
	stackGuard = stackNosplit + stackSmall
	// stackPreempt is Go's: a stackguard0 above every stack pointer, which makes the next
	// check call morestack (Go's cooperative preemption request).
	stackPreempt = 0xfffffffffffffade
	// Stacks of 2, 4, 8 and 16 KiB come from a free list per size (Go's stackpool, with
	// _NumStackOrders 4), or else are cut from a span of stackCacheSize bytes taken from the
	// heap; larger stacks (Go's stackLarge) get a mapping of their own, unmapped when freed.
	numStackOrders = 4
	stackCacheSize = 32 << 10
)

// stackpool is Go's stackpool: per order, free stacks of stackMin<<order bytes, linked through
// their lowest word. stackspan is the span small stacks are cut from: its first stackspan_used
// bytes are cut. Neither word points past the span: the collector scans the runtime's globals
// conservatively, and an end address is the first byte of whatever follows (an object of the
// heap's next span, kept alive for as long as this span is being cut).
var (
	stackpool                      [numStackOrders]uintptr
	stackspan_base, stackspan_used uintptr
)

// stackalloc is Go's stackalloc: a stack of n bytes (a power of 2, stackMin or more).
//
// Under sched.lock (Go: stackpool's lock; Go's per-P stack caches are left out).
func stackalloc(n uintptr) stack {
	var v uintptr
	lock(&sched.lock)
	if n < stackMin<<numStackOrders {
		order := stackorder(n)
		v = stackpool[order]
		if v != 0 {
			stackpool[order] = *(*uintptr)(unsafe.Pointer(v))
		} else {
			if stackspan_base == 0 || n > stackCacheSize-stackspan_used {
				stackpoolalloc()
			}
			v = stackspan_base + stackspan_used
			stackspan_used += n
		}
	} else {
		v = uintptr(sysAlloc(n))
	}
	unlock(&sched.lock)
	return stack{v, v + n}
}

// stackorder is the free list of stacks of n bytes: log2(n/stackMin).
func stackorder(n uintptr) uint8 {
	var order uint8
	for n > stackMin {
		n >>= 1
		order++
	}
	return order
}

// stackpoolalloc is Go's stackpoolalloc's refill: a new span of stackCacheSize bytes to cut
// small stacks from, a manual span of the heap's pages (mheap.go's stackSpanAlloc: the
// collector neither sweeps nor scans it as an object); what was left of the old one is
// dropped (at most a 16 KiB stack's worth). Under sched.lock.
func stackpoolalloc() {
	stackspan_base = stackSpanAlloc(stackCacheSize >> pageShift)
	stackspan_used = 0
}

// stackfree is Go's stackfree: stk's memory goes back to its free list, or to the kernel.
func stackfree(stk stack) {
	n := stk.hi - stk.lo
	lock(&sched.lock)
	if n < stackMin<<numStackOrders {
		order := stackorder(n)
		*(*uintptr)(unsafe.Pointer(stk.lo)) = stackpool[order]
		stackpool[order] = stk.lo
	} else {
		munmap(unsafe.Pointer(stk.lo), n)
		sysalloc_bytes -= uint64(n)
	}
	unlock(&sched.lock)
}

// morestack saves the goroutine's context and calls newstack on g0 (asm_amd64.s). The back
// end's prologue stubs call it; never called from Go.
func morestack()

// newstack is Go's newstack, on g0 for the goroutine m.curg whose function found its stack
// too short (morestack saved its context in gp.sched): a stack twice the size, or Go's fatal
// error when that would exceed maxstacksize; then the goroutine resumes on it. Never returns.
// For a runtime function, npushed is the number of words its stub pushed above gp.sched.sp
// (its return address is above them).
func newstack(npushed uintptr) {
	thisg := getg()
	gp := thisg.m.curg
	if gp == nil || thisg != thisg.m.g0 {
		throw("runtime: newstack not on g0 for m.curg")
	}
	sp := gp.sched.sp
	if sp < gp.stack.lo {
		throw("runtime: split stack overflow")
	}
	if gp.stackguard0 == stackPreempt {
		// Go: a preemption request (sysmon's preemptone): the guard back, then gopreempt_m
		// (Go: if the M holds no locks), else gogo. Here a goroutine yields at the entry of
		// one of the program's own functions, or of a runtime function the program called,
		// before it has done anything; deeper in the runtime, it yields when the runtime
		// returns to the program (preempt.go: never inside the runtime's code).
		gp.stackguard0 = gp.stack.lo + stackGuard
		if canPreemptM(gp.m) {
			if canPreemptAtMorestack(gp, npushed) {
				gopreempt_m(gp)
			}
			preemptAtReturn(gp)
		}
		gogo(gp)
	}
	oldsize := gp.stack.hi - gp.stack.lo
	newsize := oldsize * 2
	if newsize > maxstacksize || newsize > maxstackceiling {
		// Go: print("runtime: goroutine stack exceeds ", maxstacksize, "-byte limit\n") (or
		// "runtime: stack grows beyond 2 x max\n"), print("runtime: sp=", hex(sp), " stack=[",
		// hex(gp.stack.lo), ", ", hex(gp.stack.hi), "]\n"); throw("stack overflow"), on the
		// system stack: "runtime stack:", then the goroutine.
		printtostring_begin()
		if maxstacksize < maxstackceiling {
			printstring("runtime: goroutine stack exceeds ")
			printuint(uint64(maxstacksize))
			printstring("-byte limit\n")
		} else {
			printstring("runtime: stack grows beyond 2 x max\n")
		}
		printstring("runtime: sp=")
		printhex(uint64(sp))
		printstring(" stack=[")
		printhex(uint64(gp.stack.lo))
		printstring(", ")
		printhex(uint64(gp.stack.hi))
		printstring("]\n")
		throw("stack overflow")
	}
	// Go: casgstatus(gp, _Grunning, _Gcopystack) around the copy (for the GC's stack scan).
	copystack(gp, newsize)
	gogo(gp)
}

// copystack is Go's copystack: gp's stack moves to a new one of newsize bytes. The used part
// (from gp.sched.sp up) is copied to the same distance below the new hi; the saved frame
// pointers that point into the old stack are moved by the same delta (Go's adjustframe's
// frame pointer part, and adjustctxt's of gp.sched.bp); the old stack is freed.
func copystack(gp *g, newsize uintptr) {
	old := gp.stack
	used := old.hi - gp.sched.sp
	nstk := stackalloc(newsize)
	memmove(unsafe.Pointer(nstk.hi-used), unsafe.Pointer(old.hi-used), used)
	delta := nstk.hi - old.hi
	bp := gp.sched.bp
	if bp >= old.lo && bp < old.hi {
		bp += delta
		gp.sched.bp = bp
		for {
			next := *(*uintptr)(unsafe.Pointer(bp))
			if next < old.lo || next >= old.hi {
				break
			}
			next += delta
			*(*uintptr)(unsafe.Pointer(bp)) = next
			bp = next
		}
	}
	gp.stack = nstk
	gp.stackguard0 = nstk.lo + stackGuard
	gp.sched.sp = nstk.hi - used
	stackfree(old)
}
