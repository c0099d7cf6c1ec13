package debug

import _ "unsafe"

// Tracebacks and heap dumps. Stack is runtime.Stack's text for the calling goroutine
// (runtime.stackText), whose frames the compiler records in programs that call it (see
// runtime/traceback.go).

// Stack returns the formatted stack trace of the calling goroutine, in gc's layout
// without its "+0x" offsets, starting with this function's own frame as in gc.
func Stack() []byte {
	return stackText()
}

//go:linkname stackText runtime.stackText
func stackText() []byte

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
