//go:build scheduler.tasks && (baremetal || wasm || !linux)

package runtime

// Goroutine stacks on microcontrollers come from the heap: a chip has no virtual
// memory, and the heap is all of RAM that is not data or the main stack. The
// allocation holds no pointers (the collector scans the live part of each stack itself,
// gc_stacks_tasks.go), so a stack's stale frames keep nothing alive.
func newStack(size uintptr) uintptr {
	return uintptr(allocStack(size))
}
