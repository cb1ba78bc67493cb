package runtime

import "unsafe"

// mfinal.go: finalizers (Go's runtime/mfinal.go, and mheap.go's finalizer specials).
//
// runtime.SetFinalizer(obj, fn) records, on obj's span, a special: the object's offset, the
// func value, and the types to call it with. The collection treats every such object as Go's
// does: its mark scans what the object points to and the func value (markrootSpecials, Go's
// markrootSpans), but not the object itself; the sweep finds the objects left unmarked, marks
// them again so that they and what they reach survive this cycle, and moves their specials to
// finq (sweepSpecials, Go's sweep of specials). After the world starts again, the finalizer
// goroutine (runFinalizers, Go's runfinq), started by the first SetFinalizer (createfing), is
// woken and calls each finalizer with its object, one after another. A finalizer runs once:
// the object is freed by a later collection if nothing refers to it by then.
//
// The specials live off the heap, in chunks of their own (Go's mheap_.specialfinalizeralloc,
// a fixalloc), under sched.lock (Go's span.speciallock and finlock).

// special is Go's specialfinalizer with its special header: on its span's list (mspan.specials)
// while the object lives, on finq once the sweep found it unreachable.
type special struct {
	next   *special
	offset uintptr        // the object's offset in its span (Go's special.offset)
	fn     unsafe.Pointer // the finalizer: a func value (Go's spf.fn)
	ot     *_type         // the object's type: a pointer type (Go's spf.ot)
	fint   *_type         // the finalizer's parameter type (Go's spf.fint)
	p      uintptr        // on finq: the object's address
}

// fingStatus bits beyond fingCreated (Go's).
const (
	fingRunningFinalizer = 2 // fing runs a finalizer: a user goroutine meanwhile (systemGoroutine)
	fingWait             = 4 // fing is parked, waiting for finq
)

// Go's abi.Kind values SetFinalizer tests.
const (
	kindInterface = 20
	kindPointer   = 22
)

// finResultWords: a finalizer's results (ignored, as Go ignores them) take up to this many
// words; the call gives them that room below it (callfin). SetFinalizer refuses a finalizer
// with more (Go has no such limit: it sizes the call's frame from the function's type).
const finResultWords = 512

var (
	finq        *special // finalizers to run, in the order the sweep found them (Go's finq)
	finqtail    *special // finq's last
	finrun      *special // the one fing is running
	finfn       unsafe.Pointer // its func value, where callfin calls it through
	fing        *g       // the finalizer goroutine (Go's fing)
	specialfree *special // free specials (Go's fixalloc free list)
	nspecials   int      // specials on spans: none, and the collection skips them
)

// SetFinalizer is Go's runtime.SetFinalizer(obj any, finalizer any): finalizer (a func with
// one parameter that obj's type can be passed as, or nil to remove obj's finalizer) runs, on
// the finalizer goroutine, once obj's object is unreachable. Go's fatal errors for what it
// refuses. An object outside the heap (a global, a zero-size value) never becomes
// unreachable: nothing is recorded. The two interfaces come as their words, the registers the
// ABI gives them (the runtime takes no address of its own variables: they would be on the heap).
func SetFinalizer(objtype, objdata, fintype, findata unsafe.Pointer) {
	etyp := (*_type)(objtype)
	if etyp == nil {
		throw("runtime.SetFinalizer: first argument is nil")
	}
	if etyp.kind&kindMask != kindPointer {
		throw4("runtime.SetFinalizer: first argument is ", etyp.str, ", not pointer", "")
	}
	if etyp.elem == nil {
		throw("nil elem type!")
	}
	p := uintptr(objdata)
	h := &mheap_
	if p-h.arenaStart >= h.arenaUsed-h.arenaStart {
		return // Go: isGoPointerWithoutSpan (data, bss, zerobase)
	}
	s := *spanslot((p - h.arenaStart) >> pageShift)
	if s == nil || s.state != mSpanInUse {
		throw("runtime.SetFinalizer: pointer not in allocated block")
	}
	off := p - s.startAddr
	if s.divideByElemSize(off)*s.elemsize != off {
		// Go: a pointer inside an object is taken when the object could be one cut from a
		// tiny block (mallocgc): its finalizer is the special at that byte
		if etyp.elem.ptrdata != 0 || etyp.elem.size >= maxTinySize {
			throw("runtime.SetFinalizer: pointer not at beginning of allocated block")
		}
	}
	ftyp := (*_type)(fintype)
	if ftyp == nil {
		lock(&sched.lock)
		removefinalizer(s, off)
		unlock(&sched.lock)
		return
	}
	if ftyp.kind&kindMask != kindFunc {
		throw4("runtime.SetFinalizer: second argument is ", ftyp.str, ", not a function", "")
	}
	// Go: ft.InCount == 1 and not variadic (the compiler gives a func type's descriptor its
	// one parameter's type as elem, else nil); the parameter is obj's type, a pointer to the
	// same element type, or an empty interface (Go also takes a non-empty interface obj's
	// type implements: not here).
	fint := ftyp.elem
	if fint == nil || !(fint == etyp || fint.kind&kindMask == kindPointer && fint.elem == etyp.elem ||
		fint.kind&kindMask == kindInterface && fint.str == "interface {}") {
		throw4("runtime.SetFinalizer: cannot pass ", etyp.str, " to finalizer ", ftyp.str)
	}
	// Go: nret, the results' size, sizes the call's frame
	if *(*uintptr)(unsafe.Add(unsafe.Pointer(ftyp), unsafe.Sizeof(_type{}))) > finResultWords*8 {
		throw4("runtime.SetFinalizer: the results of finalizer ", ftyp.str, " take more than rt0gen's 4096 bytes", "")
	}
	createfing()
	lock(&sched.lock)
	if !addfinalizer(s, off, findata, etyp, fint) {
		throw("runtime.SetFinalizer: finalizer already set")
	}
	unlock(&sched.lock)
}

// KeepAlive is Go's runtime.KeepAlive(x any): x is reachable until here. Its argument (the
// interface's words) is the use.
func KeepAlive(xtype, xdata unsafe.Pointer) {
}

// addfinalizer is Go's: the special for the object at off in s, unless it has one already
// (false). Under sched.lock.
func addfinalizer(s *mspan, off uintptr, fn unsafe.Pointer, ot, fint *_type) bool {
	for x := s.specials; x != nil; x = x.next {
		if x.offset == off {
			return false
		}
	}
	x := specialfree
	if x == nil {
		// Go's fixalloc: a chunk of specials off the heap
		const chunk = 16 << 10
		b := uintptr(sysAlloc(chunk))
		for a := b; a+unsafe.Sizeof(special{}) <= b+chunk; a += unsafe.Sizeof(special{}) {
			y := (*special)(unsafe.Pointer(a))
			y.next = specialfree
			specialfree = y
		}
		x = specialfree
	}
	specialfree = x.next
	x.offset = off
	x.fn = fn
	x.ot = ot
	x.fint = fint
	x.next = s.specials
	s.specials = x
	nspecials++
	return true
}

// removefinalizer is Go's: the object at off in s has no finalizer any more. Under sched.lock.
func removefinalizer(s *mspan, off uintptr) {
	for q := &s.specials; *q != nil; q = &(*q).next {
		if x := *q; x.offset == off {
			*q = x.next
			specialdispose(x)
			nspecials--
			return
		}
	}
}

// specialdispose puts a special back on the free list (Go's fixalloc free).
func specialdispose(x *special) {
	x.fn = nil
	x.ot = nil
	x.fint = nil
	x.next = specialfree
	specialfree = x
}

// markrootSpecials is Go's markrootSpans for finalizers, in the mark: for each object with a
// finalizer, the objects it points to (Go's scanobject of it, which leaves the object itself
// unmarked: it may be unreachable, and then its finalizer runs) and the func value; for each
// finalizer queued or running, the object too. The caller drains.
func markrootSpecials() {
	h := &mheap_
	if nspecials != 0 {
		for a := h.arenaStart; a < h.arenaUsed; {
			s := *spanslot((a - h.arenaStart) >> pageShift)
			a = s.startAddr + s.npages<<pageShift
			if s.state != mSpanInUse {
				continue
			}
			for x := s.specials; x != nil; x = x.next {
				if !s.noscan() {
					p := s.startAddr + x.offset
					scanblock(p, s.elemsize/8, h.bitmap, (p-h.arenaStart)/8)
				}
				markword(uintptr(x.fn))
			}
		}
	}
	for x := finq; x != nil; x = x.next {
		markword(x.p)
		markword(uintptr(x.fn))
	}
	if x := finrun; x != nil {
		markword(x.p)
		markword(uintptr(x.fn))
	}
}

// markword marks the heap object v points into, if it does (scanConservative's test).
func markword(v uintptr) {
	h := &mheap_
	if v-h.arenaStart < h.arenaUsed-h.arenaStart {
		greyobject(v)
	}
}

// sweepSpecials is the finalizer step of Go's sweep of s (mspan.sweep's specials loop): the
// special of each object that the mark left unmarked goes to the end of finq, and then the
// objects are marked (they, and what they reach, which the mark scanned, stay for their
// finalizers). Marking comes second: a tiny block's objects may have a finalizer each, and
// all of them run when the block is unreachable (Go's pass 2).
func sweepSpecials(s *mspan) {
	q := &s.specials
	var first *special // the first one this sweep queues
	for *q != nil {
		x := *q
		idx := s.divideByElemSize(x.offset)
		if s.gcmarkBits[idx/64]&(uint64(1)<<(idx%64)) != 0 {
			q = &x.next
			continue
		}
		*q = x.next
		nspecials--
		x.p = s.startAddr + x.offset
		x.next = nil
		if finq == nil {
			finq = x
		} else {
			finqtail.next = x
		}
		finqtail = x
		if first == nil {
			first = x
		}
	}
	for x := first; x != nil; x = x.next {
		idx := s.divideByElemSize(x.p - s.startAddr)
		s.gcmarkBits[idx/64] |= uint64(1) << (idx % 64)
	}
}

// wakefing is Go's: the finalizer goroutine, parked waiting for finq, runs again once a
// collection queued finalizers. Under sched.lock, on an M with a P.
func wakefing() {
	if finq != nil && fingStatus&fingWait != 0 {
		fingStatus &^= fingWait
		goready(fing)
	}
}

// runFinalizers is Go's finalizer goroutine (runfinq): it parks until a collection queues
// finalizers (fingWait, wakefing), then calls them one by one, a user goroutine meanwhile
// (fingRunningFinalizer: systemGoroutine).
func runFinalizers() {
	fing = getg()
	for {
		lock(&sched.lock)
		for finq == nil {
			fingStatus |= fingWait
			gopark(unsafe.StringData(waitReasonFinalizerWait))
			lock(&sched.lock)
		}
		x := finq
		finq = x.next
		x.next = nil
		finrun = x
		fingStatus |= fingRunningFinalizer
		unlock(&sched.lock)
		callfin(x)
		lock(&sched.lock)
		fingStatus &^= fingRunningFinalizer
		finrun = nil
		specialdispose(x)
		unlock(&sched.lock)
	}
}

// callfin calls x's finalizer with its object (Go's reflectcall of runfinq): the object's
// pointer in the first register, or for an empty interface parameter its type and the pointer;
// whatever it returns is left in the finResultWords words the call's type gives its results.
func callfin(x *special) {
	finfn = x.fn
	if x.fint.kind&kindMask == kindInterface {
		call := *(*func(unsafe.Pointer, unsafe.Pointer) [finResultWords]uintptr)(unsafe.Pointer(&finfn))
		_ = call(unsafe.Pointer(x.ot), unsafe.Pointer(x.p))
	} else {
		call := *(*func(unsafe.Pointer) [finResultWords]uintptr)(unsafe.Pointer(&finfn))
		_ = call(unsafe.Pointer(x.p))
	}
	finfn = nil
}

// throwmsg holds the message throw4 puts together (Go concatenates; the runtime here allocates
// only through mallocgc, and a fatal error should not allocate).
var throwmsg [512]byte

// throw4 is throw(a + b + c + d), the message cut at len(throwmsg) bytes.
func throw4(a, b, c, d string) {
	n := throwappend(throwappend(throwappend(throwappend(0, a), b), c), d)
	throw(unsafe.String(&throwmsg[0], n))
}

// throwappend copies s into throwmsg at n; returns the new length.
func throwappend(n int, s string) int {
	for i := 0; i < len(s) && n < len(throwmsg); i++ {
		throwmsg[n] = s[i]
		n++
	}
	return n
}
