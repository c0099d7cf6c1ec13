package sync

// A WaitGroup waits for a collection of goroutines to finish: Add counts them, Done
// uncounts one, Wait blocks until the count is zero.
type WaitGroup struct {
	n       int
	waiters waitList
}

// Add adds delta (possibly negative) to the counter; a negative counter panics.
func (wg *WaitGroup) Add(delta int) {
	wg.n += delta
	if wg.n < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if wg.n == 0 {
		wg.waiters.wakeAll()
	}
}

// Done decrements the counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the counter is zero.
func (wg *WaitGroup) Wait() {
	for wg.n > 0 {
		wg.waiters.park()
	}
}

// Once performs exactly one action.
type Once struct {
	done    bool
	running bool
	waiters waitList
}

// Do calls f if and only if Do is being called for the first time on this Once; other
// callers wait until f returns, and a call of Do from inside f waits for itself and
// deadlocks. If f panics, Do counts it
// as done.
func (o *Once) Do(f func()) {
	if o.done {
		return
	}
	for o.running {
		o.waiters.park()
	}
	if o.done {
		return
	}
	o.running = true
	defer o.finish()
	f()
}

func (o *Once) finish() {
	o.done = true
	o.running = false
	o.waiters.wakeAll()
}
