// targets: host wasi wasm cortex-m-qemu microbit
// (not arduino: goroutine stacks and a heap that never frees do not fit in its 2 KiB)

// Package sync with several goroutines: a WaitGroup waiting for workers, a Mutex held
// across a yield while others queue for it, an RWMutex shared by readers and taken by
// a writer, and a Once whose function runs once for all goroutines. Only results
// that do not depend on the order of the goroutines are printed.
package main

import (
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			for k := 0; k < 5; k++ {
				mu.Lock()
				v := total
				runtime.Gosched() // the others find the lock taken and wait
				total = v + n
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	println("total", total)

	var once sync.Once
	calls := 0
	results := make(chan int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() {
				runtime.Gosched()
				calls++
			})
			results <- calls
		}()
	}
	wg.Wait()
	println("once", calls, <-results, <-results, <-results)

	var rw sync.RWMutex
	shared := 0
	rw.RLock()
	started := make(chan bool)
	wrote := make(chan bool)
	go func() {
		started <- true
		rw.Lock() // waits for the reader
		shared = 42
		rw.Unlock()
		wrote <- true
	}()
	<-started
	println("reading", shared)
	rw.RUnlock()
	<-wrote
	rw.RLock()
	println("after writer", shared)
	rw.RUnlock()

	// Wait with nothing to wait for returns at once.
	wg.Wait()
	println("done")
}
