//go:build gc.conservative && !scheduler.none

package runtime

import "unsafe"

// Finalizers. For SetFinalizer(obj, f) with obj of a pointer type and f of a
// function type, the compiler calls setFinalizer with obj, a thunk for f's type, the
// address of a copy of f, and whether f is nil (which removes obj's finalizer). The
// thunk, given the object and f, calls f with the object converted to f's parameter
// type and drops its results; f is kept as a func() of the same two words.
//
// The registered objects are a list of entries (and a map from address to entry, for
// SetFinalizer's checks) that hold their object's address complemented, so that the
// collector, which takes every word for a possible pointer, does not count the entry
// as a reference. Once a collection has marked what is reachable, it scans the
// registered objects left unmarked (what an object refers to stays, as in gc, so that
// its finalizer can use it, and an object with a finalizer that another one reaches is
// finalized after it); then each registered object still unmarked is marked and its
// entry moves to the due list, which holds the address as
// it is: it stays until its finalizer ran, and goes at the first collection after
// that when nothing else holds it. One goroutine, started by the first
// setFinalizer and not counted by NumGoroutine (as gc's), calls the due finalizers
// in the order the collection found them, and waits for the next collection between.

type finalizer struct {
	hidden uintptr // ^obj for a registered entry, obj for a due one
	call   func(obj unsafe.Pointer, fn *func())
	fn     func()
	next   *finalizer
}

var (
	finalizers *finalizer // registered
	finIndex   *hashmap   // ^entry by ^obj: hidden, so the collector has nothing to follow in it
	finDue     *finalizer // found unreachable: their finalizers are to run
	finDueTail *finalizer
	finWaiting *task // the finalizer goroutine while it waits for due entries
	finStarted bool
)

// setFinalizer is SetFinalizer(obj, f) for a pointer obj and a function f (see
// above).
func setFinalizer(obj unsafe.Pointer, call func(obj unsafe.Pointer, fn *func()), fn *func(), remove bool) {
	if obj == nil {
		fatalPrint("runtime.SetFinalizer: first argument is nil")
	}
	b, _ := gcHeadOf(uintptr(obj))
	if b == noBlock {
		// Not a heap object: a global, a zero-sized value or a constant; gc accepts
		// these and never finalizes them.
		return
	}
	if gcData()+uintptr(b)<<blockShift != uintptr(obj) {
		fatalPrint("runtime.SetFinalizer: pointer not at beginning of allocated block")
	}
	key := ^uintptr(obj)
	if finIndex == nil {
		finIndex = hashmapMake(ptrSize, ptrSize, 0, hashmapKeyBytes, nil, nil)
	}
	var hiddenOld uintptr
	if hashmapLookup(finIndex, unsafe.Pointer(&key), unsafe.Pointer(&hiddenOld), ptrSize) {
		old := (*finalizer)(unsafe.Pointer(^hiddenOld))
		if !remove {
			fatalPrint("runtime.SetFinalizer: finalizer already set")
		}
		hashmapDelete(finIndex, unsafe.Pointer(&key))
		var prev *finalizer
		for e := finalizers; e != old; prev, e = e, e.next {
		}
		if prev == nil {
			finalizers = old.next
		} else {
			prev.next = old.next
		}
		return
	}
	if remove {
		return
	}
	finalizers = &finalizer{hidden: key, call: call, fn: *fn, next: finalizers}
	*(*uintptr)(hashmapAssign(finIndex, unsafe.Pointer(&key))) = ^uintptr(unsafe.Pointer(finalizers))
	if !finStarted {
		finStarted = true
		if callerFramesOn() {
			startingSystem = true // (runtime.Stack leaves it out, as gc does)
		}
		go runFinalizers()
		goroutines--
	}
}

// runFinalizers is the finalizer goroutine.
func runFinalizers() {
	for {
		for finDue == nil {
			finWaiting = current()
			pause()
		}
		e := finDue
		finDue = e.next
		if finDue == nil {
			finDueTail = nil
		}
		obj, call, fn := unsafe.Pointer(e.hidden), e.call, e.fn
		*e = finalizer{} // a stale reference to e must not keep obj
		call(obj, &fn)
	}
}

// gcFinalizerRoots, in a collection's mark phase, once everything reachable is
// marked, scans the registered objects left unmarked (but does not mark them).
func gcFinalizerRoots() {
	for e := finalizers; e != nil; e = e.next {
		if b, s := gcHeadOf(^e.hidden); b != noBlock && s == blockHead && !gcMarked(b) {
			gcScanObject(b)
			gcDrain()
		}
	}
}

// gcFinalizersDue, after the mark phase, moves the entries of the registered objects
// left unmarked to the due list, marks those objects so that the sweep keeps them,
// and wakes the finalizer goroutine.
func gcFinalizersDue() {
	var prev *finalizer
	for e := finalizers; e != nil; {
		next := e.next
		b, _ := gcHeadOf(^e.hidden)
		if b != noBlock && !gcMarked(b) {
			gcMark(b)
			hashmapDelete(finIndex, unsafe.Pointer(&e.hidden))
			if prev == nil {
				finalizers = next
			} else {
				prev.next = next
			}
			e.hidden = ^e.hidden
			e.next = nil
			if finDueTail == nil {
				finDue = e
			} else {
				finDueTail.next = e
			}
			finDueTail = e
		} else {
			prev = e
		}
		e = next
	}
	if finDue != nil && finWaiting != nil {
		ready(finWaiting)
		finWaiting = nil
	}
}
