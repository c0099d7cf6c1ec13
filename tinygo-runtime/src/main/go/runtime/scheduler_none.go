//go:build !scheduler.tasks

package runtime

// Targets without a goroutine scheduler (WebAssembly for now, AVR) run the main
// goroutine only: the compiler rejects go statements, and an operation that would
// block can never be released, which is Go's deadlock error.

var mainTask task

func current() *task {
	return &mainTask
}

func ready(t *task) {
}

func pause() {
	deadlock()
}

// Gosched yields the processor to other goroutines; there are none.
func Gosched() {
}

// NumGoroutine returns the number of goroutines that exist.
func NumGoroutine() int {
	return 1
}

// mainGoexit is set when the main goroutine called Goexit.
var mainGoexit bool

// goexit ends the only goroutine, the main one: nothing else can run.
func goexit() {
	mainGoexit = true
	deadlock()
}
