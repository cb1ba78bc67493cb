package time

import "unsafe"

// A Time is an instant with nanosecond precision: here only a reading of the monotonic
// clock (Go's Time with its monotonic part and no wall clock).
type Time struct {
	wall uint64 // 0: no wall clock here
	ext  int64  // the monotonic clock reading (runtimeNano)
	loc  *Location
}

// A Location maps time instants to the zone in use at that time (none yet).
type Location struct {
	name string
}

// Now returns the current time.
func Now() Time {
	return Time{ext: runtimeNano()}
}

// Since returns the time elapsed since t: Now().Sub(t).
func Since(t Time) Duration {
	return Now().Sub(t)
}

// Until returns the duration until t: t.Sub(Now()).
func Until(t Time) Duration {
	return t.Sub(Now())
}

// Sub returns the duration t-u, saturated at the minimum and maximum Durations.
func (t Time) Sub(u Time) Duration {
	d := Duration(t.ext - u.ext)
	switch {
	case u.ext < t.ext && d < 0:
		return maxDuration
	case u.ext > t.ext && d > 0:
		return minDuration
	}
	return d
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	t.ext += int64(d)
	return t
}

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool { return t.ext > u.ext }

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool { return t.ext < u.ext }

// Equal reports whether t and u represent the same time instant.
func (t Time) Equal(u Time) bool { return t.ext == u.ext }

// Compare compares the time instant t with u: -1, 0 or +1.
func (t Time) Compare(u Time) int {
	switch {
	case t.ext < u.ext:
		return -1
	case t.ext > u.ext:
		return +1
	}
	return 0
}

// runtimeTimer is the runtime's timer (runtime/time.go's timer: the same layout): when it
// fires, its period (Tickers), the channel it sends the time on, and the runtime's links.
type runtimeTimer struct {
	when   int64
	period int64
	c      unsafe.Pointer // *hchan
	gp     unsafe.Pointer // a sleeping goroutine (Sleep's timers only)
	next   unsafe.Pointer // the next pending timer
	active bool
}

// startTimer, stopTimer and resetTimer are the runtime's (runtime/time.go).
func startTimer(t *runtimeTimer)
func stopTimer(t *runtimeTimer) bool
func resetTimer(t *runtimeTimer, when, period int64) bool

// when is a helper function for setting the 'when' field of a runtimeTimer: the time in
// nanoseconds d from now, or the maximum if that overflows.
func when(d Duration) int64 {
	if d <= 0 {
		return runtimeNano()
	}
	t := runtimeNano() + int64(d)
	if t < 0 {
		t = 1<<63 - 1 // math.MaxInt64
	}
	return t
}

// chanPointer is the runtime's channel behind c.
func chanPointer(c chan Time) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Pointer(&c))
}

// The Timer type represents a single event: when it expires, the current time is sent on
// C (a channel with a buffer of one, as before Go 1.23).
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

// NewTimer creates a new Timer that will send the current time on its channel after at
// least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	t.r.when = when(d)
	t.r.c = chanPointer(c)
	startTimer(&t.r)
	return t
}

// Stop prevents the Timer from firing; false if it already expired or was stopped.
func (t *Timer) Stop() bool {
	return stopTimer(&t.r)
}

// Reset changes the timer to expire after duration d; true if it had been active.
func (t *Timer) Reset(d Duration) bool {
	return resetTimer(&t.r, when(d), 0)
}

// After waits for the duration to elapse and then sends the current time on the returned
// channel: NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// A Ticker holds a channel that delivers “ticks” of a clock at intervals.
type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

// NewTicker returns a new Ticker whose channel sends the current time every d; d must be
// greater than zero.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c}
	t.r.when = when(d)
	t.r.period = int64(d)
	t.r.c = chanPointer(c)
	startTimer(&t.r)
	return t
}

// Stop turns off a ticker.
func (t *Ticker) Stop() {
	stopTimer(&t.r)
}

// Reset stops a ticker and resets its period to the specified duration.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	resetTimer(&t.r, when(d), int64(d))
}

// Tick is NewTicker(d).C; nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
