package runtime

import "unsafe"

// sema.go: Go's semaphores (sema.go) for package sync: semacquire waits until *addr > 0 and
// decrements it, semrelease increments it and readies a waiter. Go keeps the waiters in a
// table of treaps keyed by address (semtable), each under its semaRoot's lock; here one list
// of sudogs (semaWaiters, through sudog.next and sudog.prev, each sudog's elem the address
// it waits on) serves, searched from the front: the first waiter on an address is the first
// queued (FIFO), or the last one queued lifo (Go's lifo: a Mutex waiter that waited before).
// The list and every *addr are touched only under sched.lock (lock_futex.go), where Go uses
// atomics and the semaRoot lock. No handoff (Go's starvation mode), no profiling.

// semaWaiters is every goroutine parked in semacquire1, in wake-up order per address.
var semaWaiters waitq

// Go's waitReasonStrings for the semaphores' users, NUL-terminated (see chan.go).
const (
	waitReasonSemacquire        = "semacquire\x00"
	waitReasonSyncMutexLock     = "sync.Mutex.Lock\x00"
	waitReasonSyncRWMutexRLock  = "sync.RWMutex.RLock\x00"
	waitReasonSyncRWMutexLock   = "sync.RWMutex.Lock\x00"
	waitReasonSyncWaitGroupWait = "sync.WaitGroup.Wait\x00"
	waitReasonSyncCondWait      = "sync.Cond.Wait\x00"
)

//go:linkname sync_runtime_Semacquire sync.runtime_Semacquire
func sync_runtime_Semacquire(addr *uint32) {
	semacquire1(addr, false, waitReasonSemacquire)
}

//go:linkname sync_runtime_SemacquireWaitGroup sync.runtime_SemacquireWaitGroup
func sync_runtime_SemacquireWaitGroup(addr *uint32, synctestDurable bool) {
	semacquire1(addr, false, waitReasonSyncWaitGroupWait)
}

// sync_runtime_SemacquireMutex is Go's internal/sync.runtime_SemacquireMutex; rt0gen's sync
// declares the Mutex itself.
//
//go:linkname sync_runtime_SemacquireMutex sync.runtime_SemacquireMutex
func sync_runtime_SemacquireMutex(addr *uint32, lifo bool, skipframes int) {
	semacquire1(addr, lifo, waitReasonSyncMutexLock)
}

//go:linkname sync_runtime_SemacquireRWMutexR sync.runtime_SemacquireRWMutexR
func sync_runtime_SemacquireRWMutexR(addr *uint32, lifo bool, skipframes int) {
	semacquire1(addr, lifo, waitReasonSyncRWMutexRLock)
}

//go:linkname sync_runtime_SemacquireRWMutex sync.runtime_SemacquireRWMutex
func sync_runtime_SemacquireRWMutex(addr *uint32, lifo bool, skipframes int) {
	semacquire1(addr, lifo, waitReasonSyncRWMutexLock)
}

//go:linkname sync_runtime_Semrelease sync.runtime_Semrelease
func sync_runtime_Semrelease(addr *uint32, handoff bool, skipframes int) {
	semrelease1(addr)
}

// sync_fatal is Go's (panic.go): sync's fatal errors ("sync: unlock of unlocked mutex").
//
//go:linkname sync_fatal sync.fatal
func sync_fatal(s string) {
	fatal(s)
}

// cansemacquire is Go's: take one unit of *addr if there is one.
func cansemacquire(addr *uint32) bool {
	v := *addr
	if v == 0 {
		return false
	}
	*addr = v - 1
	return true
}

// semacquire1 is Go's: if *addr is 0, queue the goroutine on addr and park it (reason: the
// wait reason its traceback header shows) until a semrelease1 wakes it, then try again.
func semacquire1(addr *uint32, lifo bool, reason string) {
	lock(&sched.lock)
	if cansemacquire(addr) {
		unlock(&sched.lock)
		return
	}
	s := acquireSudog()
	for {
		s.g = getg()
		s.elem = unsafe.Pointer(addr)
		semqueue(s, lifo)
		gopark(unsafe.StringData(reason))
		lock(&sched.lock)
		if cansemacquire(addr) {
			break
		}
	}
	releaseSudog(s)
	unlock(&sched.lock)
}

// semrelease1 is Go's without handoff: *addr++, and the first goroutine waiting on addr, if
// any, is readied (goready: it runs next).
func semrelease1(addr *uint32) {
	lock(&sched.lock)
	*addr++
	for s := semaWaiters.first; s != nil; s = s.next {
		if s.elem == unsafe.Pointer(addr) {
			semdequeue(s)
			goready(s.g)
			break
		}
	}
	unlock(&sched.lock)
}

// semqueue adds s at the end of the waiters (at the front if lifo).
func semqueue(s *sudog, lifo bool) {
	s.next = nil
	s.prev = nil
	if semaWaiters.first == nil {
		semaWaiters.first = s
		semaWaiters.last = s
		return
	}
	if lifo {
		s.next = semaWaiters.first
		semaWaiters.first.prev = s
		semaWaiters.first = s
		return
	}
	s.prev = semaWaiters.last
	semaWaiters.last.next = s
	semaWaiters.last = s
}

// semdequeue takes s out of the waiters.
func semdequeue(s *sudog) {
	if s.prev != nil {
		s.prev.next = s.next
	} else {
		semaWaiters.first = s.next
	}
	if s.next != nil {
		s.next.prev = s.prev
	} else {
		semaWaiters.last = s.prev
	}
	s.next = nil
	s.prev = nil
}

// sync_atomic_runtime_procPin is Go's procPin for atomic.Value's first store: the M keeps its
// P (m.locks++), so that sysmon does not preempt the goroutine with the Value half-stored
// (canPreemptM); it returns the P's id.
//
//go:linkname sync_atomic_runtime_procPin sync/atomic.runtime_procPin
func sync_atomic_runtime_procPin() int {
	mp := getg().m
	mp.locks++
	return int(mp.p.id)
}

// sync_atomic_runtime_procUnpin is Go's procUnpin: m.locks--.
//
//go:linkname sync_atomic_runtime_procUnpin sync/atomic.runtime_procUnpin
func sync_atomic_runtime_procUnpin() {
	getg().m.locks--
}

// notifyList is Go's, the list sync.Cond's waiters sleep on, as package sync declares it:
// wait is the ticket of the next waiter, notify the ticket of the next to wake; the waiters'
// sudogs hold their tickets. (Go's lock is unused: sched.lock stands for it.)
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   *sudog
	tail   *sudog
}

// less is Go's: a < b for tickets that wrap.
func less(a, b uint32) bool {
	return int32(a-b) < 0
}

// notifyListAdd is Go's: the caller's ticket, before it unlocks the Cond's lock.
//
//go:linkname notifyListAdd sync.runtime_notifyListAdd
func notifyListAdd(l *notifyList) uint32 {
	lock(&sched.lock)
	t := l.wait
	l.wait = t + 1
	unlock(&sched.lock)
	return t
}

// notifyListWait is Go's: park until ticket t is notified (at once if it already was).
//
//go:linkname notifyListWait sync.runtime_notifyListWait
func notifyListWait(l *notifyList, t uint32) {
	lock(&sched.lock)
	if less(t, l.notify) {
		unlock(&sched.lock)
		return
	}
	s := acquireSudog()
	s.g = getg()
	s.ticket = t
	if l.tail == nil {
		l.head = s
	} else {
		l.tail.next = s
	}
	l.tail = s
	gopark(unsafe.StringData(waitReasonSyncCondWait))
	releaseSudog(s)
}

// notifyListNotifyAll is Go's: every waiter is readied, in the order they waited.
//
//go:linkname notifyListNotifyAll sync.runtime_notifyListNotifyAll
func notifyListNotifyAll(l *notifyList) {
	lock(&sched.lock)
	if l.wait == l.notify {
		unlock(&sched.lock)
		return
	}
	s := l.head
	l.head = nil
	l.tail = nil
	l.notify = l.wait
	for s != nil {
		next := s.next
		s.next = nil
		goready(s.g)
		s = next
	}
	unlock(&sched.lock)
}

// notifyListNotifyOne is Go's: the waiter with the oldest unnotified ticket is readied.
//
//go:linkname notifyListNotifyOne sync.runtime_notifyListNotifyOne
func notifyListNotifyOne(l *notifyList) {
	lock(&sched.lock)
	if l.wait == l.notify {
		unlock(&sched.lock)
		return
	}
	t := l.notify
	l.notify = t + 1
	var p *sudog
	for s := l.head; s != nil; s = s.next {
		if s.ticket == t {
			n := s.next
			if p != nil {
				p.next = n
			} else {
				l.head = n
			}
			if n == nil {
				l.tail = p
			}
			s.next = nil
			goready(s.g)
			break
		}
		p = s
	}
	unlock(&sched.lock)
}
