// targets: host wasi wasm cortex-m-qemu microbit

// Finalizers run once their objects are unreachable, in a goroutine of their own: with
// the object (converted to the finalizer's parameter type, results dropped), not for
// objects still reachable, not after SetFinalizer(x, nil), and for an object that
// another finalizable object reaches only after that one was finalized. Not on the Uno,
// whose RAM does not hold the finalizer goroutine's stack next to the others.
package main

import (
	"runtime"
	"sync"
	"time"
)

type res struct {
	id   int
	next *res
}

type named interface{ name() int }

func (r *res) name() int { return r.id }

var (
	mu    sync.Mutex // gc runs finalizers in parallel with main
	ran   [8]bool
	count int
	kept  *res
)

func mark(id int) {
	mu.Lock()
	ran[id] = true
	count++
	mu.Unlock()
}

func finalized() int {
	mu.Lock()
	defer mu.Unlock()
	return count
}

// collect runs at least four collections and lets the finalizer goroutine run after
// each, and goes on until want objects were finalized (a loaded machine may give that
// goroutine no time within a millisecond's sleep).
func collect(want int) {
	for i := 0; i < 4 || finalized() < want && i < 2000; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
}

func report(what string) {
	mu.Lock()
	defer mu.Unlock()
	print(what, ":")
	for i, r := range ran {
		if r {
			print(" ", i)
		}
	}
	println()
}

func fin(r *res) { mark(r.id) }

// setup makes the objects in a function of a goroutine that ends, so that no stale
// copy of their addresses stays in a live stack or goroutine frame.
//
//go:noinline
func setup() {
	for i := 0; i < 3; i++ {
		runtime.SetFinalizer(&res{id: i}, fin)
	}
	k := &res{id: 3}
	runtime.SetFinalizer(k, fin)
	kept = k
	x := &res{id: 4}
	runtime.SetFinalizer(x, fin)
	runtime.SetFinalizer(x, nil)
	runtime.SetFinalizer(&res{id: 5}, func(n named) int { mark(n.name()); return 0 })
	b := &res{id: 7}
	a := &res{id: 6, next: b}
	runtime.SetFinalizer(a, func(r *res) { fin(r); println("a reaches", r.next.id) })
	runtime.SetFinalizer(b, fin)
}

// show reads kept (a global only written would let the optimiser drop the writes).
//
//go:noinline
func show() { println("kept", kept.id) }

func main() {
	done := make(chan bool)
	go func() {
		setup()
		done <- true
	}()
	<-done
	collect(6)
	report("first")
	collect(6)
	report("second")
	show()
	kept = nil
	collect(7)
	report("third")
	println(kept == nil)
}
