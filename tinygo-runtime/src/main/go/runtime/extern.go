package runtime

// The parts of Go's runtime API that programs call directly, for a runtime that runs
// one goroutine at a time on one processor.

// Gosched yields the processor to other goroutines; with none runnable it returns at
// once.
func Gosched() {
}

// GOMAXPROCS sets the number of processors running Go code at once and returns the
// previous setting; there is one processor, and values other than 1 are not kept.
func GOMAXPROCS(n int) int {
	return 1
}

// NumCPU returns the number of logical CPUs the program may use.
func NumCPU() int {
	return 1
}

// NumGoroutine returns the number of goroutines that exist.
func NumGoroutine() int {
	return 1
}

// panicOverflow is the run-time error of math/bits' double-width division when the
// quotient does not fit.
func panicOverflow() {
	runtimePanic("integer overflow")
}
