//go:build gc.conservative && scheduler.none

package runtime

// Without a scheduler no goroutine can run finalizers: SetFinalizer registers
// nothing (mstats.go), and the collector has no finalizer roots.

const finStarted = false

func gcFinalizerRoots() {}

func gcFinalizersDue() {}
