package runtime

// The parts of Go's runtime API that programs call directly, for a runtime that runs
// one goroutine at a time on one processor (Gosched and NumGoroutine are the
// scheduler's: scheduler_*.go).

// Compiler is the name of the compiler toolchain that built the program. It is "gc",
// as with TinyGo: programs test it to tell gc's runtime behaviour from gccgo's, and
// this runtime follows gc's.
const Compiler = "gc"

// MemProfileRate is how often gc's runtime samples allocations for the memory
// profile, in bytes; Go's default is kept. This runtime takes no profile, so setting it
// changes nothing.
var MemProfileRate int = 512 * 1024

// GOMAXPROCS sets the number of processors running Go code at once and returns the
// previous setting; there is one processor, and values other than 1 are not kept.
func GOMAXPROCS(n int) int {
	return 1
}

// NumCPU returns the number of logical CPUs the program may use.
func NumCPU() int {
	return 1
}

// panicOverflow is the run-time error of math/bits' double-width division when the
// quotient does not fit.
func panicOverflow() {
	gopanic(errorString("integer overflow"))
}

// deadlock ends a program whose only goroutine blocks forever (locking a locked mutex,
// waiting on a WaitGroup that nothing will release), with Go's fatal error.
func deadlock() {
	if mainGoexit {
		fatalPrint("no goroutines (main called runtime.Goexit) - deadlock!")
	}
	fatalPrint("all goroutines are asleep - deadlock!")
}

// fatalPrint ends the program with Go's "fatal error: msg" line and exit code 2 (also
// for a library's unrecoverable errors: sync's misuse checks). The common prefix is
// one string: on the AVR every string constant takes RAM.
func fatalPrint(msg string) {
	printstring("fatal error: ")
	printstring(msg)
	printstring("\n")
	exit(2)
}
