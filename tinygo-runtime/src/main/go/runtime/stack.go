package runtime

// Stack overflow. The compiler (codegen's StackChecks) begins every function that can
// take part in a recursion, and every function with a large frame, with
//
//	if stackPointer < stackLimit { stackOverflow() }
//
// stackLimit is the lowest address of the running goroutine's stack plus a reserve
// (stackReserve, per architecture) in which the report runs and in which the frames of
// the functions without a check fit. The main goroutine's limit is set before the
// package initialisers run, a goroutine's by the scheduler whenever it switches to it. It is 0
// until then (and in modules entered through exports alone), which no stack pointer
// is below.
var stackLimit uintptr

// stackBytes is the size of the running goroutine's stack, for the report.
var stackBytes uintptr

// The main goroutine's limit and size, for the scheduler's switches back to it.
var mainStackLimit, mainStackBytes uintptr

// setStackBounds makes the stack from bottom to top the checked one.
func setStackBounds(bottom, top uintptr) {
	stackLimit = bottom + stackReserve
	stackBytes = top - bottom
}

// setGoroutineStackBounds makes the goroutine stack from bottom to top the checked
// one, with the goroutines' reserve (smaller on AVR, stack_avr.go).
func setGoroutineStackBounds(bottom, top uintptr) {
	stackLimit = bottom + goroutineStackReserve
	stackBytes = top - bottom
}

// initStackBounds checks the main goroutine's stack from here on. The compiler calls
// it first thing in initAll, in programs with checks only.
func initStackBounds() {
	setStackBounds(mainStackBounds())
	mainStackLimit, mainStackBytes = stackLimit, stackBytes
}

// stackOverflow reports a stack that has run into its reserve, as gc does, and ends
// the program (with -panic=trap it traps).
//
//go:noinline
func stackOverflow() {
	stackLimit = 0 // what the report calls runs on the reserve, unchecked
	panicTrap()
	printstring("runtime: goroutine stack exceeds ")
	printuintptr(stackBytes)
	printstring("-byte limit\n")
	fatalPrint("stack overflow")
}
