package runtime

import "unsafe"

// time.go: Go's timers (time.go): time.Sleep parks the goroutine until its timer
// readies it; a time.Timer or Ticker's timer sends the time on its channel (without blocking:
// the channel has a buffer of one, as before Go 1.23). Go keeps a heap of timers per P; here
// one list, sorted by when (a timer after those with the same when), serves every P, under
// sched.lock (lock_futex.go). findRunnable (proc.go) runs the due timers each round, as Go's
// checkTimers does, and when nothing is runnable sleeps until the first timer is due, keeping
// its P; a new first timer, or new work (wakep), wakes it. checkdead never runs while a timer
// is pending, as Go's returns when a P has timers.

// timer is Go's timer, as package time's runtimeTimer declares it (the same layout).
type timer struct {
	when   int64
	period int64
	c      *hchan // the channel the time is sent on; nil for a sleeping goroutine's timer
	gp     *g     // the goroutine time.Sleep parked (c == nil)
	next   *timer // next pending timer, by when
	active bool   // in the timers list
}

// timers is every pending timer, the first due first.
var timers *timer

// runTimers is findRunnable's call into the timers, set by addtimer, so that a program that
// starts no timer links none of this file: timersRun.
var runTimers func(sleep bool) bool

// timersRun runs the due timers (checkTimers), or, with sleep, sleeps until the first
// pending timer is due (sleepUntilTimer); false when sleep finds no timer pending. Under
// sched.lock, which sleepUntilTimer lets go while it sleeps.
func timersRun(sleep bool) bool {
	if !sleep {
		checkTimers(nanotime1())
		return true
	}
	if timers == nil {
		return false
	}
	sleepUntilTimer()
	return true
}

// sleepTimers is the cache of time.Sleep's timers (Go keeps one in each g: gp.timer).
var sleepTimers *timer

// timerNow is the Time a timer sends: package time's Time{wall: 0, ext: now, loc: nil}.
var timerNow [3]int64

// waitReasonSleep is Go's, NUL-terminated (see chan.go).
const waitReasonSleep = "sleep\x00"

// maxWhen is the latest when a timer can have (Go's maxWhen).
const maxWhen = 1<<63 - 1

//go:linkname time_runtimeNano time.runtimeNano
func time_runtimeNano() int64 {
	return nanotime1()
}

// timeSleep is Go's: the goroutine sleeps for at least ns nanoseconds.
//
//go:linkname timeSleep time.Sleep
func timeSleep(ns int64) {
	if ns <= 0 {
		return
	}
	lock(&sched.lock)
	t := sleepTimers
	if t == nil {
		t = new(timer)
	} else {
		sleepTimers = t.next
	}
	gp := getg()
	t.when = nanotime1() + ns
	if t.when < 0 { // check for overflow
		t.when = maxWhen
	}
	t.period = 0
	t.c = nil
	t.gp = gp
	addtimer(t)
	gopark(unsafe.StringData(waitReasonSleep))
	lock(&sched.lock)
	t.gp = nil
	t.next = sleepTimers
	sleepTimers = t
	unlock(&sched.lock)
}

//go:linkname time_startTimer time.startTimer
func time_startTimer(t *timer) {
	lock(&sched.lock)
	addtimer(t)
	unlock(&sched.lock)
}

//go:linkname time_stopTimer time.stopTimer
func time_stopTimer(t *timer) bool {
	lock(&sched.lock)
	pending := deltimer(t)
	unlock(&sched.lock)
	return pending
}

//go:linkname time_resetTimer time.resetTimer
func time_resetTimer(t *timer, when, period int64) bool {
	lock(&sched.lock)
	pending := deltimer(t)
	t.when = when
	t.period = period
	addtimer(t)
	unlock(&sched.lock)
	return pending
}

// addtimer puts t among the pending timers, after those due no later. A new first timer
// wakes the Ms sleeping until the old first one (Go: wakeNetPoller).
func addtimer(t *timer) {
	runTimers = timersRun
	t.active = true
	if timers == nil || t.when < timers.when {
		t.next = timers
		timers = t
		if sched.ntimerwait != 0 {
			timerwake()
		}
		return
	}
	prev := timers
	for prev.next != nil && prev.next.when <= t.when {
		prev = prev.next
	}
	t.next = prev.next
	prev.next = t
}

// deltimer takes t out of the pending timers; whether it was pending.
func deltimer(t *timer) bool {
	if !t.active {
		return false
	}
	t.active = false
	if timers == t {
		timers = t.next
		t.next = nil
		return true
	}
	for prev := timers; prev != nil; prev = prev.next {
		if prev.next == t {
			prev.next = t.next
			break
		}
	}
	t.next = nil
	return true
}

// checkTimers is Go's (proc.go) with runtimer's work: every timer due at now runs, in order:
// a sleeping goroutine is readied (it runs next: goready), a channel gets the time if its
// buffer has room; a ticker's timer is due again one period later (Go skips the periods
// already missed).
func checkTimers(now int64) {
	for timers != nil && timers.when <= now {
		t := timers
		timers = t.next
		t.next = nil
		t.active = false
		if t.period > 0 {
			delta := t.when - now
			t.when += t.period * (1 + -delta/t.period)
			if t.when < 0 { // check for overflow
				t.when = maxWhen
			}
			addtimer(t)
		}
		if t.c == nil {
			goready(t.gp)
			continue
		}
		timerNow[0] = 0
		timerNow[1] = now
		timerNow[2] = 0
		chansend(t.c, unsafe.Pointer(&timerNow), false)
	}
}

// sleepUntilTimer is findRunnable's wait when nothing is runnable and a timer is pending
// (Go's stopm with a timed netpoll): without sched.lock, a futex sleep on sched.timerwait
// until the first timer is due, or until timerwake (a new first timer, new work, a stop of
// the world) or a signal ends it earlier: findRunnable looks again.
func sleepUntilTimer() {
	d := timers.when - nanotime1()
	if d <= 0 {
		return
	}
	sched.ntimerwait++
	v := sched.timerwait
	unlock(&sched.lock)
	futexsleep(&sched.timerwait, v, d)
	lock(&sched.lock)
	sched.ntimerwait--
}
