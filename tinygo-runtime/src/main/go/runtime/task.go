package runtime

import "unsafe"

// Goroutines as the scheduler sees them. A task is one goroutine: its saved stack
// pointer while it is not running, the function it runs, and its link in the run
// queue. Tasks only switch where a goroutine blocks (a channel operation, a select, a
// sync primitive) or calls Gosched, so the runtime's data structures need no locks.
// The scheduler itself (scheduler_tasks.go with stack switching,
// scheduler_coroutines.go with the compiler's coroutines on WebAssembly, or
// scheduler_none.go) supplies current, ready, pause, startGoroutine and runMain.

type task struct {
	sp     uintptr // the stack pointer saved by the last switch away from this task
	fn     func()  // what a new task runs; nil once started
	bottom uintptr // the lowest address of its stack, which holds the canary; 0 for main
	next   *task   // run queue link
	all    *task   // the list of every goroutine but main (allTasks), for the collector
	sched  schedState

	// Blocking: gen counts the times the task blocked, so that waiters left in other
	// channels' queues by an earlier select are recognised as stale; fired is the
	// waiter that woke it and ok what that operation reports (false: closed channel).
	// (16 bits: a select prunes its cases that did not fire once it wakes, so no stale
	// waiter outlives the wait it was queued for, let alone 65,536 of them; on AVR the
	// task is then 10 blocks of 4 bytes, not 11.)
	gen   uint16
	fired *waiter
	ok    bool
	// The waiter of a plain channel operation or sync wait: the pop that fires it
	// also unlinks it, so it is free again when the task runs (select cases need
	// waiters of their own, as the cases that do not fire stay queued).
	self waiter

	// Panics (panic.go): the innermost active frame with deferred calls, the newest
	// panic, and the recover token a panic hands to the deferred call it makes.
	frames       *deferFrame
	panic        *panicInfo
	deferFn      unsafe.Pointer
	recoverArmed bool

	// The timer of time.Sleep (timer.go), allocated at the task's first sleep: on the
	// Uno's small heap, goroutines that never sleep should not carry one.
	sleep *timer
}

// A waiter is a blocked channel operation of a task, queued on the channel: the
// value to send, or where to put the value received.
type waiter struct {
	t     *task
	data  unsafe.Pointer
	gen   uint16
	index uint16 // the case of a select (of at most 65,536, as reflect.Select's); 0 for a plain send or receive
	next  *waiter
}

// live reports whether the task that queued w still waits for it.
func (w *waiter) live() bool {
	return w.t.fired == nil && w.t.gen == w.gen
}

// fire completes w with result ok and makes its task runnable.
func (w *waiter) fire(ok bool) {
	w.t.fired = w
	w.t.ok = ok
	ready(w.t)
}

// A waitQueue is a FIFO of waiters.
type waitQueue struct {
	head, tail *waiter
}

func (q *waitQueue) push(w *waiter) {
	if q.tail == nil {
		q.head = w
	} else {
		q.tail.next = w
	}
	q.tail = w
}

// pop removes and returns the oldest live waiter, dropping stale ones; nil if none.
func (q *waitQueue) pop() *waiter {
	for q.head != nil {
		w := q.head
		q.head = w.next
		if q.head == nil {
			q.tail = nil
		}
		w.next = nil
		if w.live() {
			return w
		}
	}
	return nil
}

// prune unlinks the waiters whose task no longer waits for them. A select leaves its
// cases that did not fire queued; without this, a select that keeps waiting on a
// channel that never becomes ready would grow that channel's queue by a waiter each
// time (Go's chan/select2.go: 2.4 MB for 100,000 selects).
func (q *waitQueue) prune() {
	var prev *waiter
	for w := q.head; w != nil; w = w.next {
		if w.live() {
			prev = w
			continue
		}
		if prev == nil {
			q.head = w.next
		} else {
			prev.next = w.next
		}
		if q.tail == w {
			q.tail = prev
		}
	}
}

// blockTask prepares the current task to wait: it forgets earlier waits and returns the
// generation its new waiters must carry.
func blockTask() *task {
	t := current()
	t.gen++
	t.fired = nil
	t.ok = false
	return t
}

// wait queues t's own waiter on q, for a plain operation.
func (q *waitQueue) wait(t *task, data unsafe.Pointer) {
	q.add(&t.self, t, data, 0)
}

// waitSelect queues a new waiter of t on q for case index of a select.
func (q *waitQueue) waitSelect(t *task, data unsafe.Pointer, index int) {
	q.add((*waiter)(alloc(unsafe.Sizeof(waiter{}))), t, data, index)
}

func (q *waitQueue) add(w *waiter, t *task, data unsafe.Pointer, index int) {
	w.t = t
	w.data = data
	w.gen = t.gen
	w.index = uint16(index)
	w.next = nil
	q.push(w)
}

// Parking for package sync: its types keep a waitQueue of their own (as two
// pointers) and block on it until another goroutine wakes them. Without a scheduler,
// parking is a deadlock, as nothing else could ever wake the goroutine.

func syncPark(q unsafe.Pointer) {
	t := blockTask()
	(*waitQueue)(q).wait(t, nil)
	waitingFor(waitSemacquire)
	pause()
}

// syncWake wakes the goroutine parked longest on q and reports whether there was one.
func syncWake(q unsafe.Pointer) bool {
	w := (*waitQueue)(q).pop()
	if w == nil {
		return false
	}
	w.fire(true)
	return true
}
