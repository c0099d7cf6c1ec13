package runtime

import "unsafe"

// Deferred calls. A function with defer statements keeps the head of its own list in
// a local; each defer pushes a closure that makes the deferred call with the values
// evaluated at the defer statement, and every return runs the list, newest first.
// (Deferred calls do not run yet when the program panics: panics end the program.)

type deferFrame struct {
	fn   func()
	next *deferFrame
}

func deferPush(head *unsafe.Pointer, fn func()) {
	f := (*deferFrame)(alloc(unsafe.Sizeof(deferFrame{})))
	f.fn = fn
	f.next = (*deferFrame)(*head)
	*head = unsafe.Pointer(f)
}

func deferRun(head *unsafe.Pointer) {
	for *head != nil {
		f := (*deferFrame)(*head)
		*head = unsafe.Pointer(f.next)
		f.fn()
	}
}
