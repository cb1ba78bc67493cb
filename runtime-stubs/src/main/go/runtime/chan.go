package runtime

import "unsafe"

// chan.go: channels, Go's runtime/chan.go step for step.
//
// A channel is an hchan with its ring buffer behind it, in the same allocation. A goroutine
// that must wait enqueues a sudog on the channel's sendq or recvq and parks (gopark, Gwaiting
// with Go's wait reason); the goroutine that completes the communication copies the element
// directly to or from the waiting one's memory and readies it (goready: runqput with
// next=true, as Go's ready). Where Go takes the channel's lock (c.lock; select's sellock),
// this runtime takes its one lock, sched.lock (lock_futex.go), and a parking goroutine lets it
// go once off its stack (park_m), as Go's goparkunlock does c.lock. The race/msan/asan hooks
// are left out, and there is no synctest bubble.
//
// The compiler passes elements by address (docs/ABI.md "Channels"): the value to send, or
// where a received one goes (nil: dropped), in memory from chanscratch, which stands in for
// the temporaries Go keeps in the caller's frame. Go's element type becomes its size
// (c.elemsize): typedmemmove and typedmemclr are memmove and memclrNoHeapPointers (no GC).

// maxAlign is Go's: the alignment of the buffer after the hchan.
const maxAlign = 8

// hchanSize is Go's: the hchan rounded up to maxAlign.
const hchanSize = unsafe.Sizeof(hchan{}) + uintptr(-int(unsafe.Sizeof(hchan{}))&(maxAlign-1))

// hchan is Go's hchan without lock, timer, elemtype (its size is elemsize) and bubble.
// A chan value is a pointer to it (nil: a nil channel); compiled code reads len(c) at
// offset 0 and cap(c) at offset 8 (docs/ABI.md "Channels"), so those two stay first.
type hchan struct {
	qcount   uint           // total data in the queue: len(c)
	dataqsiz uint           // size of the circular queue: cap(c)
	buf      unsafe.Pointer // points to an array of dataqsiz elements
	elemsize uintptr        // Go: uint16 beside elemtype
	closed   uint32
	sendx    uint  // send index
	recvx    uint  // receive index
	recvq    waitq // list of recv waiters
	sendq    waitq // list of send waiters
}

// waitq is Go's: a list of sudogs, through sudog.next and sudog.prev.
type waitq struct {
	first *sudog
	last  *sudog
}

// sudog is Go's (runtime2.go): a G in a wait list, on a channel or a semaphore (sema.go: elem
// is the semaphore's address; no ticket, parent, waiters, waittail: one list serves every
// address; no blocking profile: no acquiretime, releasetime).
type sudog struct {
	g        *g
	next     *sudog
	prev     *sudog
	elem     unsafe.Pointer // data element (may point to stack)
	isSelect bool           // g is participating in a select, so g.selectDone decides who wins
	success  bool           // woken because a value was delivered over channel c (false: by close)
	waitlink *sudog         // g.waiting list
	c        *hchan         // channel
	ticket   uint32         // a sync.Cond waiter's ticket (sema.go's notifyList)
}

// Go's waitReasonStrings used here, NUL-terminated: g.waitreason holds the address of one
// (Go keeps a waitReason byte), which a goroutine's traceback header prints.
const (
	waitReasonChanReceiveNilChan = "chan receive (nil chan)\x00"
	waitReasonChanSendNilChan    = "chan send (nil chan)\x00"
	waitReasonSelectNoCases      = "select (no cases)\x00"
	waitReasonSelect             = "select\x00"
	waitReasonChanReceive        = "chan receive\x00"
	waitReasonChanSend           = "chan send\x00"
)

// (gopark and runqput, which the channels call, are in proc.go.)

// (rand, Go's rand, is in rand.go.)

// sudogcache is Go's sched.sudogcache, the only cache here (Go's per-P pp.sudogcache
// feeds from it in halves).
var sudogcache *sudog

// acquireSudog is Go's: a sudog from the cache, else a new one.
func acquireSudog() *sudog {
	lock(&sched.lock)
	s := sudogcache
	if s == nil {
		s = new(sudog)
	} else {
		sudogcache = s.next
		s.next = nil
	}
	unlock(&sched.lock)
	return s
}

// releaseSudog is Go's: back to the cache. Go throws when a field is still set; here they
// are cleared.
func releaseSudog(s *sudog) {
	s.g = nil
	s.prev = nil
	s.elem = nil
	s.c = nil
	s.waitlink = nil
	s.isSelect = false
	s.success = false
	s.ticket = 0
	lock(&sched.lock)
	s.next = sudogcache
	sudogcache = s
	unlock(&sched.lock)
}

// goready is Go's goready(gp, traceskip) and ready(gp, traceskip, next=true): Gwaiting ->
// Grunnable, runqput(pp, gp, true), wakep(); under sched.lock.
func goready(gp *g) {
	gp.status = _Grunnable
	gp.waitreason = 0
	runqput(getg().m.p, gp, true)
	wakep()
}

// chanscratch (rt0gen's) gives size bytes the current goroutine may use until its next
// channel operation: the element a send copies from, a receive copies to, a select's scases
// and order array. Go keeps these in the caller's frame; rt0gen's heap never frees, so each
// G keeps one block and grows it when needed.
func chanscratch(size uintptr) unsafe.Pointer {
	gp := getg()
	if size <= gp.scratchlen {
		return gp.scratch
	}
	return growscratch(gp, size)
}

// growscratch gives gp a new scratch block of at least size bytes (chanscratch's slow path,
// apart so that the fast one keeps nothing on the stack).
func growscratch(gp *g, size uintptr) unsafe.Pointer {
	if size < 0x40 {
		size = 0x40
	}
	p := mallocgc(size, unsafe.Pointer(&pointerType), true)
	gp.scratch = p
	gp.scratchlen = size
	return p
}

// makechan is Go's makechan, with the element type's descriptor for the channel type's (Go:
// t.Elem): Go's three cases. Without a buffer or without pointers in the elements, one
// pointer-free allocation holds the hchan and the buffer (the hchan's pointers are to its own
// buffer and to sudogs, which their goroutines keep); elements with pointers get a buffer of
// their own, typed with et, and the hchan is new(hchan).
func makechan(et *_type, size int) *hchan {
	elemsize := et.size
	// Go: mem, overflow := math.MulUintptr(elem.Size_, uintptr(size))
	mem := elemsize * uintptr(size)
	overflow := elemsize != 0 && uintptr(size) > ^uintptr(0)/elemsize
	if overflow || mem > maxAlloc-hchanSize || size < 0 {
		panicplain("makechan: size out of range")
	}
	var c *hchan
	if mem == 0 || et.ptrdata == 0 {
		c = (*hchan)(mallocgc(hchanSize+mem, nil, true))
		c.buf = unsafe.Add(unsafe.Pointer(c), hchanSize)
	} else {
		c = new(hchan)
		c.buf = mallocgc(mem, unsafe.Pointer(et), true)
	}
	c.elemsize = elemsize
	c.dataqsiz = uint(size)
	return c
}

// Go's chanbuf(c, i), a pointer to the i'th slot in the buffer, is written out where it is
// used, as unsafe.Add(c.buf, uintptr(i)*c.elemsize), and so are full(c) and empty(c): rt0gen
// does not inline.

// chansend1 is the entry point for c <- x from compiled code.
func chansend1(c *hchan, elem unsafe.Pointer) {
	chansend(c, elem, true)
}

// chansend is Go's: a blocking send on a nil channel parks for ever; a send on a closed
// channel panics, also when the close wakes a blocked sender.
func chansend(c *hchan, ep unsafe.Pointer, block bool) bool {
	if c == nil {
		if !block {
			return false
		}
		lock(&sched.lock)
		gopark(unsafe.StringData(waitReasonChanSendNilChan))
		throw("unreachable")
	}

	// Fast path: check for failed non-blocking operation without acquiring the lock.
	// Go: if !block && c.closed == 0 && full(c), full(c) being: a send would block.
	if !block && c.closed == 0 {
		if c.dataqsiz == 0 {
			if c.recvq.first == nil {
				return false
			}
		} else if c.qcount == c.dataqsiz {
			return false
		}
	}

	lock(&sched.lock)

	if c.closed != 0 {
		unlock(&sched.lock)
		panicplain("send on closed channel")
	}

	if sg := c.recvq.dequeue(); sg != nil {
		// Found a waiting receiver. We pass the value we want to send
		// directly to the receiver, bypassing the channel buffer (if any).
		send(c, sg, ep)
		unlock(&sched.lock)
		return true
	}

	if c.qcount < c.dataqsiz {
		// Space is available in the channel buffer. Enqueue the element to send.
		qp := unsafe.Add(c.buf, uintptr(c.sendx)*c.elemsize) // Go: chanbuf(c, c.sendx)
		memmove(qp, ep, c.elemsize)
		c.sendx++
		if c.sendx == c.dataqsiz {
			c.sendx = 0
		}
		c.qcount++
		unlock(&sched.lock)
		return true
	}

	if !block {
		unlock(&sched.lock)
		return false
	}

	// Block on the channel. Some receiver will complete our operation for us.
	gp := getg()
	mysg := acquireSudog()
	mysg.elem = ep
	mysg.waitlink = nil
	mysg.g = gp
	mysg.isSelect = false
	mysg.c = c
	gp.waiting = mysg
	gp.param = nil
	c.sendq.enqueue(mysg)
	gopark(unsafe.StringData(waitReasonChanSend))

	// someone woke us up.
	gp.waiting = nil
	closed := !mysg.success
	gp.param = nil
	mysg.c = nil
	releaseSudog(mysg)
	if closed {
		if c.closed == 0 {
			throw("chansend: spurious wakeup")
		}
		panicplain("send on closed channel")
	}
	return true
}

// send is Go's: the element straight into the waiting receiver's memory (sendDirect), then
// the receiver is readied.
func send(c *hchan, sg *sudog, ep unsafe.Pointer) {
	if sg.elem != nil {
		memmove(sg.elem, ep, c.elemsize)
		sg.elem = nil
	}
	gp := sg.g
	gp.param = sg
	sg.success = true
	goready(gp)
}

// closechan is Go's: every waiting receiver gets the zero value, every waiting sender will
// panic; they are readied in the order of Go's gList (the last dequeued first).
func closechan(c *hchan) {
	if c == nil {
		panicplain("close of nil channel")
	}
	lock(&sched.lock)
	if c.closed != 0 {
		unlock(&sched.lock)
		panicplain("close of closed channel")
	}
	c.closed = 1

	// Go's glist, a gList: pushed and popped at its head through g.schedlink.
	var glist *g

	// release all readers
	for {
		sg := c.recvq.dequeue()
		if sg == nil {
			break
		}
		if sg.elem != nil {
			memclrNoHeapPointers(sg.elem, c.elemsize)
			sg.elem = nil
		}
		gp := sg.g
		gp.param = sg
		sg.success = false
		gp.schedlink = glist
		glist = gp
	}

	// release all writers (they will panic)
	for {
		sg := c.sendq.dequeue()
		if sg == nil {
			break
		}
		sg.elem = nil
		gp := sg.g
		gp.param = sg
		sg.success = false
		gp.schedlink = glist
		glist = gp
	}

	// Ready all Gs (Go: now that we've dropped the channel lock; here under sched.lock,
	// which guards the run queues too).
	for glist != nil {
		gp := glist
		glist = gp.schedlink
		gp.schedlink = nil
		goready(gp)
	}
	unlock(&sched.lock)
}

// chanrecv1 is the entry point for <-c from compiled code (elem nil: dropped).
func chanrecv1(c *hchan, elem unsafe.Pointer) {
	chanrecv(c, elem, true)
}

// chanrecv2 is the entry point for v, ok := <-c and for range c.
func chanrecv2(c *hchan, elem unsafe.Pointer) (received bool) {
	_, received = chanrecv(c, elem, true)
	return
}

// chanrecv is Go's: receives on channel c and writes the received data to ep (ep may be
// nil: the data is dropped). A closed, drained channel gives the zero value and received
// false.
func chanrecv(c *hchan, ep unsafe.Pointer, block bool) (selected, received bool) {
	if c == nil {
		if !block {
			return
		}
		lock(&sched.lock)
		gopark(unsafe.StringData(waitReasonChanReceiveNilChan))
		throw("unreachable")
	}

	// Fast path: check for failed non-blocking operation without acquiring the lock.
	// Go: if !block && empty(c), empty(c) being: a receive would block.
	if !block && (c.dataqsiz == 0 && c.sendq.first == nil || c.dataqsiz != 0 && c.qcount == 0) {
		if c.closed == 0 {
			return
		}
		// The channel is irreversibly closed and empty.
		if ep != nil {
			memclrNoHeapPointers(ep, c.elemsize)
		}
		return true, false
	}

	lock(&sched.lock)

	if c.closed != 0 {
		if c.qcount == 0 {
			unlock(&sched.lock)
			if ep != nil {
				memclrNoHeapPointers(ep, c.elemsize)
			}
			return true, false
		}
		// The channel has been closed, but the channel's buffer have data.
	} else {
		// Just found waiting sender with not closed.
		if sg := c.sendq.dequeue(); sg != nil {
			recv(c, sg, ep)
			unlock(&sched.lock)
			return true, true
		}
	}

	if c.qcount > 0 {
		// Receive directly from queue
		qp := unsafe.Add(c.buf, uintptr(c.recvx)*c.elemsize) // Go: chanbuf(c, c.recvx)
		if ep != nil {
			memmove(ep, qp, c.elemsize)
		}
		memclrNoHeapPointers(qp, c.elemsize)
		c.recvx++
		if c.recvx == c.dataqsiz {
			c.recvx = 0
		}
		c.qcount--
		unlock(&sched.lock)
		return true, true
	}

	if !block {
		unlock(&sched.lock)
		return false, false
	}

	// no sender available: block on this channel.
	gp := getg()
	mysg := acquireSudog()
	mysg.elem = ep
	mysg.waitlink = nil
	gp.waiting = mysg
	mysg.g = gp
	mysg.isSelect = false
	mysg.c = c
	gp.param = nil
	c.recvq.enqueue(mysg)
	gopark(unsafe.StringData(waitReasonChanReceive))

	// someone woke us up
	gp.waiting = nil
	success := mysg.success
	gp.param = nil
	mysg.c = nil
	releaseSudog(mysg)
	return true, success
}

// recv is Go's: from a blocked sender. Unbuffered, straight from the sender's memory;
// buffered (then full), the head of the buffer to ep and the sender's element into its
// slot. Then the sender is readied.
func recv(c *hchan, sg *sudog, ep unsafe.Pointer) {
	if c.dataqsiz == 0 {
		if ep != nil {
			// copy data from sender (recvDirect)
			memmove(ep, sg.elem, c.elemsize)
		}
	} else {
		// Queue is full. Take the item at the head of the queue. Make the sender enqueue
		// its item at the tail of the queue. Since the queue is full, those are both the
		// same slot.
		qp := unsafe.Add(c.buf, uintptr(c.recvx)*c.elemsize) // Go: chanbuf(c, c.recvx)
		// copy data from queue to receiver
		if ep != nil {
			memmove(ep, qp, c.elemsize)
		}
		// copy data from sender to queue
		memmove(qp, sg.elem, c.elemsize)
		c.recvx++
		if c.recvx == c.dataqsiz {
			c.recvx = 0
		}
		c.sendx = c.recvx // c.sendx = (c.sendx+1) % c.dataqsiz
	}
	sg.elem = nil
	gp := sg.g
	gp.param = sg
	sg.success = true
	goready(gp)
}

// selectnbsend compiles select { case c <- v: ... default: ... }.
func selectnbsend(c *hchan, elem unsafe.Pointer) (selected bool) {
	return chansend(c, elem, false)
}

// selectnbrecv compiles select { case v, ok = <-c: ... default: ... }.
func selectnbrecv(elem unsafe.Pointer, c *hchan) (selected, received bool) {
	return chanrecv(c, elem, false)
}

// enqueue is Go's waitq.enqueue: sgp at the tail.
func (q *waitq) enqueue(sgp *sudog) {
	sgp.next = nil
	x := q.last
	if x == nil {
		sgp.prev = nil
		q.first = sgp
		q.last = sgp
		return
	}
	sgp.prev = x
	x.next = sgp
	q.last = sgp
}

// dequeue is Go's waitq.dequeue: the head; a select's sudog whose select another case has
// already won is skipped (Go's sgp.g.selectDone.CompareAndSwap(0, 1)).
func (q *waitq) dequeue() *sudog {
	for {
		sgp := q.first
		if sgp == nil {
			return nil
		}
		y := sgp.next
		if y == nil {
			q.first = nil
			q.last = nil
		} else {
			y.prev = nil
			q.first = y
			sgp.next = nil // mark as removed (see dequeueSudoG)
		}

		// if a goroutine was put on this queue because of a select, there is a small
		// window between the goroutine being woken up by a different case and it
		// grabbing the channel locks. Once it has the lock it removes itself from the
		// queue, so we won't see it after that. We use a flag in the G struct to tell
		// us when someone else has won the race to signal this goroutine but the
		// goroutine hasn't removed itself from the queue yet.
		if sgp.isSelect {
			if sgp.g.selectDone != 0 {
				continue
			}
			sgp.g.selectDone = 1
		}
		return sgp
	}
}
