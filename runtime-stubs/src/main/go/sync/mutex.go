package sync

import "sync/atomic"

// A Mutex is a mutual exclusion lock (Go's internal/sync.Mutex). The zero value is unlocked.
// state holds the locked bit, the woken bit and the number of waiters above them; sema is
// the semaphore the waiters sleep on. As Go's in normal mode: a woken waiter competes with
// arriving goroutines; rt0gen neither spins (one thread runs all goroutines) nor switches to
// starvation mode.
type Mutex struct {
	state int32
	sema  uint32
}

const (
	mutexLocked      = 1 << iota // mutex is locked
	mutexWoken                   // a waiter was woken and is competing
	mutexStarving                // (Go's starvation mode; never set here)
	mutexWaiterShift = iota
)

// Lock locks m. If the lock is already in use, the calling goroutine blocks until the mutex
// is available.
func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.state, 0, mutexLocked) {
		return
	}
	m.lockSlow()
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	old := m.state
	if old&(mutexLocked|mutexStarving) != 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked)
}

func (m *Mutex) lockSlow() {
	awoke := false
	waited := false
	old := atomic.LoadInt32(&m.state)
	for {
		new := old | mutexLocked
		if old&mutexLocked != 0 {
			new = old + 1<<mutexWaiterShift
		}
		if awoke {
			// the goroutine was woken from sleep: reset the flag in either case
			new &^= mutexWoken
		}
		if atomic.CompareAndSwapInt32(&m.state, old, new) {
			if old&mutexLocked == 0 {
				return // locked with CAS
			}
			// queue at the front if it waited before
			runtime_SemacquireMutex(&m.sema, waited, 2)
			waited = true
			awoke = true
		}
		old = atomic.LoadInt32(&m.state)
	}
}

// Unlock unlocks m. It is a run-time error ("fatal error: sync: unlock of unlocked mutex")
// if m is not locked on entry to Unlock.
func (m *Mutex) Unlock() {
	new := atomic.AddInt32(&m.state, -mutexLocked)
	if new != 0 {
		m.unlockSlow(new)
	}
}

func (m *Mutex) unlockSlow(new int32) {
	if (new+mutexLocked)&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	old := new
	for {
		// nobody to wake, or a goroutine already woken or holding the lock
		if old>>mutexWaiterShift == 0 || old&(mutexLocked|mutexWoken|mutexStarving) != 0 {
			return
		}
		// take a waiter off the count and wake it
		new = (old - 1<<mutexWaiterShift) | mutexWoken
		if atomic.CompareAndSwapInt32(&m.state, old, new) {
			runtime_Semrelease(&m.sema, false, 2)
			return
		}
		old = atomic.LoadInt32(&m.state)
	}
}
