// Packages sync and sync/atomic against Go's, with one goroutine: locks, wait groups,
// Once (also when its function panics is not tested: no recover yet), atomic
// functions and types, and the deadlock a second Lock causes.
package main

import (
	"sync"
	"sync/atomic"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

func main() {
	var c counter
	for i := 0; i < 5; i++ {
		c.inc()
	}
	println(c.n, c.mu.TryLock(), c.mu.TryLock())
	c.mu.Unlock()

	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	println(rw.TryLock(), rw.TryRLock())
	rw.RUnlock()
	rw.RUnlock()
	rw.RUnlock()
	println(rw.TryLock(), rw.TryRLock())
	rw.Unlock()

	var wg sync.WaitGroup
	wg.Add(2)
	wg.Done()
	wg.Done()
	wg.Wait()

	var once sync.Once
	calls := 0
	for i := 0; i < 3; i++ {
		once.Do(func() { calls++ })
	}
	println(calls)

	var i32 int32
	var u64 uint64
	println(atomic.AddInt32(&i32, 5), atomic.AddInt32(&i32, -2), atomic.LoadInt32(&i32))
	println(atomic.CompareAndSwapInt32(&i32, 3, 10), atomic.CompareAndSwapInt32(&i32, 3, 11), i32)
	println(atomic.SwapUint64(&u64, 1<<40), atomic.AddUint64(&u64, ^uint64(0)), atomic.LoadUint64(&u64))
	var ai atomic.Int64
	ai.Store(-7)
	println(ai.Add(8), ai.Swap(3), ai.Load(), ai.CompareAndSwap(3, 4), ai.Load())
	var ab atomic.Bool
	println(ab.Load(), ab.Swap(true), ab.Load(), ab.CompareAndSwap(false, true))
	x, y := 1, 2
	var ap atomic.Pointer[int]
	println(ap.Load() == nil)
	ap.Store(&x)
	println(*ap.Load(), ap.CompareAndSwap(&y, &y), ap.CompareAndSwap(&x, &y), *ap.Load())

	var mu sync.Mutex
	mu.Lock()
	println("locking again")
	mu.Lock()
	println("unreachable")
}
