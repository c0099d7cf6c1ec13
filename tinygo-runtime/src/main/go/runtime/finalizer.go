//go:build gc.conservative && !scheduler.none

package runtime

import "unsafe"

// Finalizers. For SetFinalizer(obj, f) with obj of a pointer type and f of a
// function type, the compiler calls setFinalizer with obj, a thunk that calls f with
// its argument converted to f's parameter type (its results dropped), and whether f
// is nil (which removes obj's finalizer).
//
// The registered objects are a list of entries that hold their object's address
// complemented, so that the collector, which takes every word for a possible
// pointer, does not count the entry as a reference. A collection first scans the
// registered objects themselves as roots (what an object refers to stays, as in gc,
// so that its finalizer can use it, and an object with a finalizer that another one
// reaches is finalized after it); after marking, each registered object left unmarked
// is marked again and its entry moves to the due list, which holds the address as
// it is: it stays until its finalizer ran, and goes at the first collection after
// that when nothing else holds it. One goroutine, started by the first
// setFinalizer and not counted by NumGoroutine (as gc's), calls the due finalizers
// in the order the collection found them, and waits for the next collection between.

type finalizer struct {
	hidden uintptr // ^obj for a registered entry, obj for a due one
	fn     func(unsafe.Pointer)
	next   *finalizer
}

var (
	finalizers *finalizer // registered
	finDue     *finalizer // found unreachable: their finalizers are to run
	finDueTail *finalizer
	finWaiting *task // the finalizer goroutine while it waits for due entries
	finStarted bool
)

// setFinalizer is SetFinalizer(obj, f) for a pointer obj and a function f (see
// above).
func setFinalizer(obj unsafe.Pointer, fn func(unsafe.Pointer), remove bool) {
	if obj == nil {
		fatalPrint("runtime.SetFinalizer: first argument is nil")
	}
	b, _ := gcHeadOf(uintptr(obj))
	if b == noBlock {
		// Not a heap object: a global, a zero-sized value or a constant; gc accepts
		// these and never finalizes them.
		return
	}
	if gcMeta+gcMetaSize+b<<blockShift != uintptr(obj) {
		fatalPrint("runtime.SetFinalizer: pointer not at beginning of allocated block")
	}
	key := ^uintptr(obj)
	var prev *finalizer
	for e := finalizers; e != nil; prev, e = e, e.next {
		if e.hidden == key {
			if !remove {
				fatalPrint("runtime.SetFinalizer: finalizer already set")
			}
			if prev == nil {
				finalizers = e.next
			} else {
				prev.next = e.next
			}
			return
		}
	}
	if remove {
		return
	}
	finalizers = &finalizer{hidden: key, fn: fn, next: finalizers}
	if !finStarted {
		finStarted = true
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
		obj, fn := unsafe.Pointer(e.hidden), e.fn
		*e = finalizer{} // a stale reference to e must not keep obj
		fn(obj)
	}
}

// gcFinalizerRoots, in a collection's mark phase, scans the registered objects (but
// does not mark them).
func gcFinalizerRoots() {
	for e := finalizers; e != nil; e = e.next {
		if b, s := gcHeadOf(^e.hidden); b != noBlock && s == blockHead {
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
