package runtime

import "unsafe"

// Timers: the clock-driven half of the scheduler. A timer is due at a reading of the
// monotonic clock (nanotime, in nanoseconds, supplied per target with walltime and
// sleepUntil: clock_*.go); the queue keeps them sorted by that time. The scheduler
// fires the due timers whenever it switches goroutines, and when nothing can run it
// sleeps until the first one (scheduler_tasks.go, scheduler_none.go). A timer either
// wakes a sleeping goroutine (task) or calls f(arg, now), which must not block:
// package time's timers send on a buffered channel or start a goroutine. Timers run
// in whatever goroutine happens to switch, so the queue needs no locks either.

// A timer has the layout of package time's runtimeTimer. A sleeping goroutine's
// timer uses only the fields before period, and is allocated without the others
// (sleepTimerSize: 16 bytes of 32 on AVR, where it is one per goroutine that sleeps).
type timer struct {
	when   int64 // nanotime at which it fires
	task   *task // a goroutine in time.Sleep: ready it instead of calling f
	next   *timer
	queued bool
	period int64 // > 0: fire again every period
	f      func(arg any, now int64)
	arg    any
}

// sleepTimerSize is the size of a sleeping goroutine's timer: when, task, next, queued.
const sleepTimerSize = unsafe.Offsetof(timer{}.period)

// timers is the queue, the soonest first.
var timers *timer

func addTimer(t *timer) {
	t.queued = true
	p := &timers
	for *p != nil && (*p).when <= t.when {
		p = &(*p).next
	}
	t.next = *p
	*p = t
}

// delTimer takes t out of the queue and reports whether it was there.
func delTimer(t *timer) bool {
	if !t.queued {
		return false
	}
	for p := &timers; *p != nil; p = &(*p).next {
		if *p == t {
			*p = t.next
			break
		}
	}
	t.next = nil
	t.queued = false
	return true
}

// runTimers fires the timers due at now and reports whether any fired.
func runTimers(now int64) bool {
	fired := false
	for timers != nil && timers.when <= now {
		t := timers
		timers = t.next
		t.next = nil
		t.queued = false
		if t.task != nil {
			ready(t.task)
		} else if fireTimer != nil { // (always: only package time's timers have no task)
			fireTimer(t, now)
		}
		fired = true
	}
	return fired
}

// fireTimer calls the function of one of package time's timers (and requeues it if it
// is a ticker). It is nil until package time queues a timer (timeStartTimer,
// timeResetTimer), and as nothing else stores it, programs that only sleep leave it
// nil for good: the optimiser then drops the call, the ticker's 64-bit division and
// everything they reach.
var fireTimer func(t *timer, now int64)

func fireFuncTimer(t *timer, now int64) {
	if t.period > 0 {
		// a ticker that fell behind drops the ticks it missed, as Go's does
		t.when += t.period
		if t.when <= now {
			t.when += (now - t.when) / t.period * t.period
			t.when += t.period
		}
		addTimer(t)
	}
	t.f(t.arg, now)
}

// mainSleep is the main goroutine's sleep timer while it is the only goroutine: a
// program without go statements (onlyMainTask stays true) then never allocates
// for time.Sleep, and may need no heap at all.
var mainSleep timer

// waitForTimers runs the due timers, or sleeps until the first one is due, once. It
// ends the program with Go's deadlock error when there are no timers either, as
// nothing could then ever make a blocked goroutine runnable.
func waitForTimers() {
	first := timers
	if first != nil && runTimers(nanotime()) {
		return
	}
	if signalHook != nil {
		when := int64(-1)
		if first != nil {
			when = first.when
		}
		if signalHook(when) {
			return // slept until the timer or a signal, which readied its goroutine
		}
	}
	if first == nil {
		deadlock()
		return
	}
	sleepUntil(first.when) // nothing fired, so first is still the soonest
}

// signalHook is set by os/signal's first wait for a signal on the host
// (signal_linux.go): with when 0 it readies the goroutine waiting for a signal if one
// is pending; otherwise every goroutine is blocked and it sleeps until when (< 0:
// forever) or a signal first. It reports false when no goroutine waits for a signal.
// Nothing else stores it, so programs without os/signal keep neither the calls nor it.
var signalHook func(when int64) bool

// timeSleep is time.Sleep: the goroutine waits in the queue until ns have passed.
func timeSleep(ns int64) {
	if ns <= 0 {
		return
	}
	if onlyMainTask() && fireTimer == nil && !hostEventLoop {
		// Nothing else can run or fire while the only goroutine sleeps (no other
		// goroutine, none of package time's timers): wait for the clock directly.
		// Programs without go statements and time's timers (blinky) then carry
		// neither the timer queue nor the scheduler's switch.
		when := nanotime() + ns
		if when < 0 {
			when = 1<<63 - 1
		}
		for nanotime() < when {
			sleepUntil(when)
		}
		return
	}
	t := current()
	s := t.sleep // a local: known not to be nil below, so no nil checks
	if s == nil {
		if onlyMainTask() {
			s = &mainSleep
		} else {
			s = (*timer)(alloc(sleepTimerSize))
		}
		s.task = t
		t.sleep = s
	}
	s.when = nanotime() + ns
	if s.when < 0 {
		s.when = 1<<63 - 1
	}
	addTimer(s)
	waitingFor(waitSleep)
	pause()
}

// timeNow is time.now: the wall clock (seconds and nanoseconds since 1970 UTC) and
// the monotonic clock.
func timeNow() (sec int64, nsec int32, mono int64) {
	sec, nsec = walltime()
	return sec, nsec, nanotime()
}

// timeNanotime is time.runtimeNano: the monotonic clock.
func timeNanotime() int64 {
	return nanotime()
}

// timeStartTimer queues package time's timer t.
func timeStartTimer(t unsafe.Pointer) {
	fireTimer = fireFuncTimer
	addTimer((*timer)(t))
}

// timeStopTimer takes package time's timer t out of the queue and reports whether it
// was queued.
func timeStopTimer(t unsafe.Pointer) bool {
	return delTimer((*timer)(t))
}

// timeResetTimer requeues package time's timer t for when and reports whether it was
// queued before.
func timeResetTimer(t unsafe.Pointer, when int64) bool {
	fireTimer = fireFuncTimer
	tt := (*timer)(t)
	was := delTimer(tt)
	tt.when = when
	addTimer(tt)
	return was
}
