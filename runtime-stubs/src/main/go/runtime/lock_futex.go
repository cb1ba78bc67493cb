package runtime

import "unsafe"

// lock_futex.go: Go's runtime/lock_futex.go, the runtime's own locks and notes on Linux
// futexes, for the Ms that run goroutines at once.
//
// A mutex is Go's three-state futex lock (Drepper's "Futexes Are Tricky"): key 0 unlocked,
// 1 locked, 2 locked with sleepers; lock spins a little, then sleeps in the kernel on the key;
// unlock wakes one sleeper when there may be one. Holding a lock counts in m.locks, as Go's,
// so the goroutine is not preempted while it holds one (canPreemptM).
//
// Where Go has a lock per object (sched.lock, each channel's c.lock, each semaRoot's lock, each
// P's timers lock, the stack pool's lock, the heap's lock), this runtime has one, sched.lock,
// over the scheduler's shared state (a P's own run queue, dead Gs and goids need none: proc.go)
// and the synchronisation objects' state. So that a function that
// holds it may call another that takes it (a timer sending on a channel, a send readying a
// goroutine that takes a sudog), its M holds it recursively: owner and depth. Go's per-object
// locks let two Ms work on two channels at once; here they take turns, a few hundred
// nanoseconds at most, while the goroutines' own code runs in parallel.
//
// A note is Go's: a one-time event an M sleeps on (notesleep) until another wakes it
// (notewakeup); noteclear rearms it. An idle M sleeps on its m.park.

// mutex is Go's mutex (key), with the owner and depth of the recursive hold.
type mutex struct {
	key   uint32
	owner *m
	depth int64
}

// note is Go's note: key 0 until notewakeup makes it 1.
type note struct {
	key uint32
}

// Linux's futex operations, private to this process (Go's _FUTEX_WAIT_PRIVATE, ...).
const (
	_FUTEX_WAIT_PRIVATE = 128
	_FUTEX_WAKE_PRIVATE = 129
)

// The mutex states (Go's mutex_unlocked, mutex_locked, mutex_sleeping) and how often lock
// spins before it sleeps (Go's active_spin, passive_spin).
const (
	mutex_unlocked = 0
	mutex_locked   = 1
	mutex_sleeping = 2
	active_spin    = 4
	active_spin_cnt = 30
)

// The assembly atomics (atomic_amd64.s, Go's internal/runtime/atomic).
func atomicCas(ptr *uint32, old, new uint32) bool
func atomicXchg(ptr *uint32, new uint32) uint32
func atomicLoad(ptr *uint32) uint32
func atomicXadd(ptr *uint32, delta int32) uint32
func atomicCasuintptr(ptr *uintptr, old, new uintptr) bool
func atomicStoreRel(ptr *uint32, val uint32)
func atomicLoaduintptr(ptr *uintptr) uintptr
func atomicXadd64(ptr *uint64, delta int64) uint64

// acquirem and releasem are Go's: the M's lock count keeps the goroutine on this M (and P)
// while the runtime works on per-P state without sched.lock (newproc); releasem restores a
// preemption request made meanwhile, as unlock does.
func acquirem() *m {
	mp := getg().m
	mp.locks++
	return mp
}

func releasem(mp *m) {
	mp.locks--
	if gp := getg(); mp.locks == 0 && gp.preempt {
		gp.stackguard0 = stackPreempt
	}
}

// procyield is Go's: PAUSE, cycles times (asm_amd64.s).
func procyield(cycles uint32)

// lock is Go's lock2: take l, sleeping in the kernel while another M holds it. An M that
// already holds l holds it once more.
func lock(l *mutex) {
	mp := getg().m
	mp.locks++
	if l.owner == mp {
		l.depth++
		return
	}
	// Go: speculative grab for the lock.
	v := atomicXchg(&l.key, mutex_locked)
	if v != mutex_unlocked {
		// wait is mutex_locked or mutex_sleeping: what the key must be set to when this M
		// gets the lock (sleeping, if it ever slept: others may sleep too).
		wait := v
		for {
			// Try for the lock, spinning (Go also yields with osyield; here PAUSE only).
			got := false
			for i := 0; i < active_spin; i++ {
				for atomicLoad(&l.key) == mutex_unlocked {
					if atomicCas(&l.key, mutex_unlocked, wait) {
						got = true
						break
					}
				}
				if got {
					break
				}
				procyield(active_spin_cnt)
			}
			if got {
				break
			}
			// Sleep.
			v = atomicXchg(&l.key, mutex_sleeping)
			if v == mutex_unlocked {
				break
			}
			wait = mutex_sleeping
			futexsleep(&l.key, mutex_sleeping, -1)
		}
	}
	l.owner = mp
	l.depth = 1
}

// unlock is Go's unlock2: release l (its outermost hold), waking a sleeper if there may be
// one.
func unlock(l *mutex) {
	mp := getg().m
	l.depth--
	if l.depth == 0 {
		l.owner = nil
		if atomicXchg(&l.key, mutex_unlocked) == mutex_sleeping {
			futexwakeup(&l.key, 1)
		}
	}
	mp.locks--
	if mp.locks < 0 {
		throw("runtime·unlock: lock count")
	}
	// Go: if gp.m.locks == 0 && gp.preempt { gp.stackguard0 = stackPreempt }: a preemption
	// request newstack could not honour while the lock was held is restored.
	if gp := getg(); mp.locks == 0 && gp.preempt {
		gp.stackguard0 = stackPreempt
	}
}

// noteclear is Go's: n is a fresh event again.
func noteclear(n *note) {
	n.key = 0
}

// notewakeup is Go's: the event happens; the M sleeping on n (if any) wakes.
func notewakeup(n *note) {
	old := atomicXchg(&n.key, 1)
	if old != 0 {
		throw("notewakeup - double wakeup")
	}
	futexwakeup(&n.key, 1)
}

// notesleep is Go's: sleep until n's event.
func notesleep(n *note) {
	for atomicLoad(&n.key) == 0 {
		futexsleep(&n.key, 0, -1)
	}
}

// notetsleep is Go's notetsleep_internal: sleep until n's event or for ns nanoseconds (ns < 0:
// no limit); whether the event happened.
func notetsleep(n *note, ns int64) bool {
	if ns < 0 {
		notesleep(n)
		return true
	}
	if atomicLoad(&n.key) != 0 {
		return true
	}
	deadline := nanotime1() + ns
	for {
		futexsleep(&n.key, 0, ns)
		if atomicLoad(&n.key) != 0 {
			return true
		}
		now := nanotime1()
		if now >= deadline {
			return false
		}
		ns = deadline - now
	}
}

// futexsleep is Go's (os_linux.go): if *addr == val { sleep } for at most ns nanoseconds (ns
// < 0: no limit); it may wake spuriously. The timespec is the M's own.
func futexsleep(addr *uint32, val uint32, ns int64) {
	if ns < 0 {
		rawsyscall6(_SYS_futex, uintptr(unsafe.Pointer(addr)), _FUTEX_WAIT_PRIVATE, uintptr(val), 0, 0, 0)
		return
	}
	mp := getg().m
	mp.futexts[0] = ns / 1000000000
	mp.futexts[1] = ns % 1000000000
	rawsyscall6(_SYS_futex, uintptr(unsafe.Pointer(addr)), _FUTEX_WAIT_PRIVATE, uintptr(val), uintptr(unsafe.Pointer(&mp.futexts)), 0, 0)
}

// futexwakeup is Go's: wake up to cnt Ms sleeping on addr.
func futexwakeup(addr *uint32, cnt uint32) {
	rawsyscall6(_SYS_futex, uintptr(unsafe.Pointer(addr)), _FUTEX_WAKE_PRIVATE, uintptr(cnt), 0, 0, 0)
}
