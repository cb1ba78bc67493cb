package runtime

import "unsafe"

// select.go: Go's selectgo (runtime/select.go), step for step. Go's sellock and selunlock,
// which lock every case's channel in lock order, are one sched.lock here (lock_futex.go), so
// the lock order only decides the order in which pass 2 enqueues and pass 3 dequeues.
//
// The compiler lays out the cases as gc's walkSelectCases does (docs/ABI.md "Channels"):
// scases[ncases], the sends first, then the receives; and an order array of 2*ncases
// uint16 (pollorder, then lockorder). A select with a default case calls selectgo with
// block false; one with a single case and a default calls selectnbsend or selectnbrecv
// (chan.go); select {} calls block.

// scase is Go's: one case of a select.
type scase struct {
	c    *hchan         // chan
	elem unsafe.Pointer // data element
}

// block is Go's, for select {}: park for ever.
func block() {
	lock(&sched.lock)
	gopark(unsafe.StringData(waitReasonSelectNoCases)) // forever
	throw("unreachable")
}

// selectgo is Go's (pc0, for the race detector, unused). cas0 points to an array of type
// [ncases]scase, and order0 points to an array of type [2*ncases]uint16 where ncases must
// be <= 65536. Both reside on the goroutine's stack in Go (here in its chanscratch block).
//
// selectgo returns the index of the chosen scase, which matches the ordinal position of
// its respective select{recv,send,default} call. Also, if the chosen scase was a receive
// operation, it reports whether a value was received. casi is -1 when block is false and
// no case is ready.
func selectgo(cas0 *scase, order0 *uint16, pc0 *uintptr, nsends, nrecvs int, block bool) (int, bool) {
	// Go: scases, pollorder and lockorder are slices of cas1 and order1 with ncases and
	// norder elements; here the arrays themselves, indexed below those counts (fewer
	// instructions: rt0gen would check every index against the slice's length).
	scases := (*[1 << 16]scase)(unsafe.Pointer(cas0))
	pollorder := (*[1 << 16]uint16)(unsafe.Pointer(order0))
	ncases := nsends + nrecvs
	lockorder := (*[1 << 16]uint16)(unsafe.Add(unsafe.Pointer(order0), 2*ncases))

	// Go: sellock(scases, lockorder) after the orders are made; here before, so that rand's
	// state is under the lock too.
	lock(&sched.lock)

	// The compiler rewrites selects that statically have only 0 or 1 cases plus default
	// into simpler constructs. The only way we can end up with such small sel.ncase
	// values here is for a larger select in which most channels have been nilled out.

	// generate permuted order
	norder := 0
	for i := 0; i < ncases; i++ {
		cas := &scases[i]

		// Omit cases without channels from the poll and lock orders.
		if cas.c == nil {
			cas.elem = nil // allow GC
			continue
		}

		// Go: j := cheaprandn(uint32(norder + 1)), over rand here.
		j := uint32((uint64(uint32(rand())) * uint64(norder+1)) >> 32)
		pollorder[norder] = pollorder[j]
		pollorder[j] = uint16(i)
		norder++
	}

	// sort the cases by Hchan address to get the locking order.
	// simple heap sort, to guarantee n log n time and constant stack footprint.
	// Go's c.sortkey() is the channel's address: uintptr(unsafe.Pointer(c)).
	for i := 0; i < norder; i++ {
		j := i
		// Start with the pollorder to permute cases on the same channel.
		c := scases[pollorder[i]].c
		for j > 0 && uintptr(unsafe.Pointer(scases[lockorder[(j-1)/2]].c)) < uintptr(unsafe.Pointer(c)) {
			k := (j - 1) / 2
			lockorder[j] = lockorder[k]
			j = k
		}
		lockorder[j] = pollorder[i]
	}
	for i := norder - 1; i >= 0; i-- {
		o := lockorder[i]
		c := scases[o].c
		lockorder[i] = lockorder[0]
		j := 0
		for {
			k := j*2 + 1
			if k >= i {
				break
			}
			if k+1 < i && uintptr(unsafe.Pointer(scases[lockorder[k]].c)) < uintptr(unsafe.Pointer(scases[lockorder[k+1]].c)) {
				k++
			}
			if uintptr(unsafe.Pointer(c)) < uintptr(unsafe.Pointer(scases[lockorder[k]].c)) {
				lockorder[j] = lockorder[k]
				j = k
				continue
			}
			break
		}
		lockorder[j] = o
	}

	var (
		gp     *g
		sg     *sudog
		c      *hchan
		k      *scase
		sglist *sudog
		sgnext *sudog
		qp     unsafe.Pointer
		nextp  **sudog
	)

	// pass 1 - look for something already waiting
	var casi int
	var cas *scase
	var caseSuccess bool
	var recvOK bool
	for i := 0; i < norder; i++ {
		casi = int(pollorder[i])
		cas = &scases[casi]
		c = cas.c

		if casi >= nsends {
			sg = c.sendq.dequeue()
			if sg != nil {
				goto recv
			}
			if c.qcount > 0 {
				goto bufrecv
			}
			if c.closed != 0 {
				goto rclose
			}
		} else {
			if c.closed != 0 {
				goto sclose
			}
			sg = c.recvq.dequeue()
			if sg != nil {
				goto send
			}
			if c.qcount < c.dataqsiz {
				goto bufsend
			}
		}
	}

	if !block {
		casi = -1
		goto retc
	}

	// pass 2 - enqueue on all chans
	gp = getg()
	if gp.waiting != nil {
		throw("gp.waiting != nil")
	}
	nextp = &gp.waiting
	for i := 0; i < norder; i++ {
		casi = int(lockorder[i])
		cas = &scases[casi]
		c = cas.c
		sg := acquireSudog()
		sg.g = gp
		sg.isSelect = true
		// No stack splits between assigning elem and enqueuing sg on gp.waiting where
		// copystack can find it.
		sg.elem = cas.elem
		sg.c = c
		// Construct waiting list in lock order.
		*nextp = sg
		nextp = &sg.waitlink

		if casi < nsends {
			c.sendq.enqueue(sg)
		} else {
			c.recvq.enqueue(sg)
		}
	}

	// wait for someone to wake us up
	gp.param = nil
	gopark(unsafe.StringData(waitReasonSelect))

	lock(&sched.lock) // Go: sellock(scases, lockorder)
	gp.selectDone = 0
	sg = gp.param
	gp.param = nil

	// pass 3 - dequeue from unsuccessful chans
	// otherwise they stack up on quiet channels
	// record the successful case, if any.
	// We singly-linked up the SudoGs in lock order.
	casi = -1
	cas = nil
	caseSuccess = false
	sglist = gp.waiting
	// Clear all elem before unlinking from gp.waiting.
	for sg1 := sglist; sg1 != nil; sg1 = sg1.waitlink {
		sg1.isSelect = false
		sg1.elem = nil
		sg1.c = nil
	}
	gp.waiting = nil

	for i := 0; i < norder; i++ {
		casei := int(lockorder[i])
		k = &scases[casei]
		if sg == sglist {
			// sg has already been dequeued by the G that woke us up.
			casi = casei
			cas = k
			caseSuccess = sglist.success
		} else {
			c = k.c
			if casei < nsends {
				c.sendq.dequeueSudoG(sglist)
			} else {
				c.recvq.dequeueSudoG(sglist)
			}
		}
		sgnext = sglist.waitlink
		sglist.waitlink = nil
		releaseSudog(sglist)
		sglist = sgnext
	}

	if cas == nil {
		throw("selectgo: bad wakeup")
	}

	c = cas.c

	if casi < nsends {
		if !caseSuccess {
			goto sclose
		}
	} else {
		recvOK = caseSuccess
	}
	goto retc

bufrecv:
	// can receive from buffer
	recvOK = true
	qp = unsafe.Add(c.buf, uintptr(c.recvx)*c.elemsize) // Go: chanbuf(c, c.recvx)
	if cas.elem != nil {
		memmove(cas.elem, qp, c.elemsize)
	}
	memclrNoHeapPointers(qp, c.elemsize)
	c.recvx++
	if c.recvx == c.dataqsiz {
		c.recvx = 0
	}
	c.qcount--
	goto retc

bufsend:
	// can send to buffer
	memmove(unsafe.Add(c.buf, uintptr(c.sendx)*c.elemsize), cas.elem, c.elemsize) // Go: chanbuf(c, c.sendx)
	c.sendx++
	if c.sendx == c.dataqsiz {
		c.sendx = 0
	}
	c.qcount++
	goto retc

recv:
	// can receive from sleeping sender (sg)
	recv(c, sg, cas.elem)
	recvOK = true
	goto retc

rclose:
	// read at end of closed channel
	recvOK = false
	if cas.elem != nil {
		memclrNoHeapPointers(cas.elem, c.elemsize)
	}
	goto retc

send:
	// can send to a sleeping receiver (sg)
	send(c, sg, cas.elem)

retc:
	unlock(&sched.lock) // Go: selunlock
	return casi, recvOK

sclose:
	// send on closed channel
	unlock(&sched.lock)
	panicplain("send on closed channel")
	return casi, recvOK
}

// dequeueSudoG is Go's waitq.dequeueSudoG: sgp out of q, wherever it is (or nothing, when
// it is not in q).
func (q *waitq) dequeueSudoG(sgp *sudog) {
	x := sgp.prev
	y := sgp.next
	if x != nil {
		if y != nil {
			// middle of queue
			x.next = y
			y.prev = x
			sgp.next = nil
			sgp.prev = nil
			return
		}
		// end of queue
		x.next = nil
		q.last = x
		sgp.prev = nil
		return
	}
	if y != nil {
		// start of queue
		y.prev = nil
		q.first = y
		sgp.next = nil
		return
	}

	// x==y==nil. Either sgp is the only element in the queue,
	// or it has already been removed. Use q.first to disambiguate.
	if q.first == sgp {
		q.first = nil
		q.last = nil
	}
}
