package sync

// Cond is a condition variable: goroutines wait on it for an event that another
// signals. L is held while the condition is checked or changed.
type Cond struct {
	L       Locker
	waiters waitList
}

// NewCond returns a Cond with the Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait unlocks c.L, waits for Signal or Broadcast, and locks c.L again.
func (c *Cond) Wait() {
	c.L.Unlock()
	c.waiters.park()
	c.L.Lock()
}

// Signal wakes one waiting goroutine, if there is one.
func (c *Cond) Signal() {
	c.waiters.wake()
}

// Broadcast wakes every waiting goroutine.
func (c *Cond) Broadcast() {
	c.waiters.wakeAll()
}
