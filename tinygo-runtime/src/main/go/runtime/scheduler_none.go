//go:build !scheduler.tasks && !scheduler.coroutines

package runtime

// Without a goroutine scheduler (-scheduler=none) a program runs the main goroutine
// only: the compiler rejects go statements. An operation that blocks waits for the
// timers (time.Sleep, time.After, tickers), which may release it; when no timer is
// left, nothing ever can: Go's deadlock error.

var (
	mainTask task
	// mainReady is set when something releases the blocked main goroutine.
	mainReady bool
)

func current() *task {
	return &mainTask
}

// onlyMainTask reports whether the main goroutine is the only one: always, here.
func onlyMainTask() bool {
	return true
}

func ready(t *task) {
	mainReady = true
}

func pause() {
	for !mainReady {
		waitForTimers()
	}
	mainReady = false
}

// Gosched yields the processor to other goroutines; there are none.
func Gosched() {
}

// isReady reports whether t is in the run queue: there is none.
func isReady(t *task) bool {
	return false
}

// gcYield does nothing: there are no other goroutines.
func gcYield() {}

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

// schedState is what a task needs beyond the common fields: nothing here.
type schedState struct{}

// runMain runs the main goroutine: the package initialisers, then main.main.
func runMain() {
	callersStartMain()
	initAll()
	callMain()
}
