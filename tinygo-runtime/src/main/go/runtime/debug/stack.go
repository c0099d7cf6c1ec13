package debug

// Tracebacks and heap dumps. The runtime records no call frames that it could print
// (a panic prints its value and exits), so the stack holds only its header line.

// Stack returns the formatted stack trace of the calling goroutine. There are no
// frames to format, so it is the header of gc's form alone, with the number 1 (the
// runtime does not number goroutines): "goroutine 1 [running]:\n".
func Stack() []byte {
	return []byte("goroutine 1 [running]:\n")
}

// PrintStack prints the stack trace that Stack returns to standard error (the
// console, on boards).
func PrintStack() {
	print(string(Stack()))
}

// SetTraceback sets how much a traceback after a fatal error shows ("none", "single",
// "all", "system", "crash" or a number in gc). The runtime prints no tracebacks, so
// every level is accepted and none changes anything.
func SetTraceback(level string) {
}

// WriteHeapDump writes a description of the heap to the file descriptor fd in gc.
// The runtime has no heap dump format, and writes nothing.
func WriteHeapDump(fd uintptr) {
}
