package time

import "unsafe"

// Sleep, timers and tickers, on the runtime's timer queue (runtime/timer.go): a
// Timer's runtimeTimer is queued there, and when it is due the scheduler calls its f,
// which sends the time on the Timer's buffered channel (without blocking: a value
// nobody took is dropped) or starts the AfterFunc goroutine.

// runtimeTimer has the layout of the runtime's timer.
type runtimeTimer struct {
	when   int64
	task   unsafe.Pointer
	next   unsafe.Pointer
	queued bool
	period int64
	f      func(arg any, now int64)
	arg    any
}

//go:linkname runtimeSleep runtime.timeSleep
func runtimeSleep(ns int64)

//go:linkname startTimer runtime.timeStartTimer
func startTimer(t unsafe.Pointer)

//go:linkname stopTimer runtime.timeStopTimer
func stopTimer(t unsafe.Pointer) bool

//go:linkname resetTimer runtime.timeResetTimer
func resetTimer(t unsafe.Pointer, when int64) bool

// Sleep pauses the current goroutine for at least d; other goroutines run meanwhile,
// and when none can, the processor sleeps. A d <= 0 returns at once.
func Sleep(d Duration) {
	runtimeSleep(int64(d))
}

// when returns the monotonic time d from now, saturated.
func when(d Duration) int64 {
	now := runtimeNano()
	if d <= 0 {
		return now
	}
	t := now + int64(d)
	if t < 0 {
		t = 1<<63 - 1
	}
	return t
}

// sendTime is the timers' f: it offers the current time to the channel c.
func sendTime(c any, now int64) {
	select {
	case c.(chan Time) <- Now():
	default:
	}
}

// goFunc is AfterFunc's f: it runs the function in a goroutine of its own.
func goFunc(arg any, now int64) {
	go arg.(func())()
}

// A Timer sends the time on C once, when it expires, unless stopped first; a timer of
// AfterFunc calls its function instead.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

// NewTimer returns a Timer that sends the current time on its channel after d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	t.r.when = when(d)
	t.r.f = sendTime
	t.r.arg = c
	startTimer(unsafe.Pointer(&t.r))
	return t
}

// Stop prevents the Timer from firing. It returns true if that stopped it, false if
// it had already expired or been stopped. Stop does not drain the channel.
func (t *Timer) Stop() bool {
	if t.r.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(unsafe.Pointer(&t.r))
}

// Reset makes the timer expire after d, and reports whether it had been active.
func (t *Timer) Reset(d Duration) bool {
	if t.r.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(unsafe.Pointer(&t.r), when(d))
}

// After waits for d and then sends the current time on the returned channel; it is
// NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc calls f in its own goroutine after d. The Timer's Stop cancels the call.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{}
	t.r.when = when(d)
	t.r.f = goFunc
	t.r.arg = f
	startTimer(unsafe.Pointer(&t.r))
	return t
}

// A Ticker sends the time on C every period; a slow receiver misses ticks (the
// channel holds one).
type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

// NewTicker returns a Ticker whose period is d; it panics if d <= 0.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c}
	t.r.when = when(d)
	t.r.period = int64(d)
	t.r.f = sendTime
	t.r.arg = c
	startTimer(unsafe.Pointer(&t.r))
	return t
}

// Stop turns off the ticker; no more ticks are sent. It does not close the channel.
func (t *Ticker) Stop() {
	if t.r.f == nil {
		return
	}
	stopTimer(unsafe.Pointer(&t.r))
}

// Reset stops the ticker and sets its period to d; the next tick comes after d.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r.f == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	t.r.period = int64(d)
	resetTimer(unsafe.Pointer(&t.r), when(d))
}

// Tick is NewTicker(d).C, for tickers that are never stopped; nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
