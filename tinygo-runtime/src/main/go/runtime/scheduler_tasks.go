//go:build scheduler.tasks

package runtime

import "unsafe"

// The tasks scheduler: every goroutine but main runs on a stack of its own (from the
// heap on the chips, stack_tasks_heap.go; reserved address space on the host,
// stack_tasks_linux.go), and a switch saves the callee-saved registers on the old stack and
// restores them from the new one (tinygo_swapTask and tinygo_startTask, in the
// target's start-up assembly). The main goroutine runs on the stack the program
// started with. A task that blocks leaves the run queue. Each switch fires the timers
// that are due (timer.go); when the run queue is empty and the running task blocks,
// the scheduler sleeps until the next timer, and with no timer either, every
// goroutine is asleep: Go's deadlock error.

// tinygo_swapTask saves the registers on the current stack, stores the stack
// pointer in *oldSP, and resumes the task whose stack pointer is newSP.
//
//go:linkname swapTask tinygo_swapTask
func swapTask(newSP uintptr, oldSP *uintptr)

// tinygo_startTask is swapTask for a task that never ran: it switches to the empty
// stack whose top is stackTop and calls tinygo_taskEntry there.
//
//go:linkname startTask tinygo_startTask
func startTask(stackTop uintptr, oldSP *uintptr)

// The stack size of a goroutine: the target's default-stack-size, given to the
// linker as the address of this symbol.
//
//go:extern _tinygo_default_stack_size
var stackSizeSymbol [0]byte

// stackCanary is kept in the lowest word of every goroutine stack; a switch away from
// a goroutine whose canary changed reports the overflow.
const stackCanary = ^uintptr(0) / 255 * 0xa5 // 0xa5 in every byte

var (
	mainTask   task
	running    *task
	runHead    *task
	runTail    *task
	goroutines = 1
	// launch starts a task that never ran. It is set by the first go statement, so
	// that programs without one never reference tinygo_startTask, whose call of
	// tinygo_taskEntry (built only for go statements) the linker would then miss.
	launch func(t, old *task)
	// Tasks whose goroutine ended: their stacks are free for new goroutines.
	deadTasks *task
	// mainGoexit is set when the main goroutine called Goexit.
	mainGoexit bool

	// Every task but main, linked through all: the collector scans their stacks.
	allTasks *task
)

func current() *task {
	if running == nil {
		running = &mainTask
	}
	return running
}

// onlyMainTask reports whether the main goroutine is the only one there has been:
// true until the first go statement sets launch (never, in programs without one).
func onlyMainTask() bool {
	return launch == nil
}

// ready appends t to the run queue.
func ready(t *task) {
	t.next = nil
	if runTail == nil {
		runHead = t
	} else {
		runTail.next = t
	}
	runTail = t
}

// pause switches to the next runnable task; the current one resumes when something
// readies it (or at once if it readied itself, as Gosched does).
func pause() {
	if sp := systemStack(); sp != 0 {
		systemEnter()
		onSystemStack(sp, &systemFrom)
		systemLeave()
	} else {
		schedule()
	}
	t := runHead
	runHead = t.next
	if runHead == nil {
		runTail = nil
	}
	t.next = nil
	old := current()
	if t == old || onlyMainTask() { // (the only task there is can only resume itself)
		return
	}
	if old.bottom != 0 && *(*uintptr)(unsafe.Pointer(old.bottom)) != stackCanary {
		// Too late to undo (what lies below the stack, heap objects on the chips or
		// another goroutine's frames on the host, is overwritten), but better than
		// running on with corrupted memory.
		fatalPrint("goroutine stack overflow")
	}
	running = t
	if t.bottom != 0 {
		setGoroutineStackBounds(t.bottom, t.bottom+uintptr(unsafe.Pointer(&stackSizeSymbol)))
	} else {
		stackLimit, stackBytes = mainStackLimit, mainStackBytes
	}
	// each goroutine's chain of call sites (callers.go) waits in its own stack
	var chain *callerFrame
	if callerFramesOn() {
		chain = callerChain
	}
	if t.fn != nil && launch != nil { // (launch is set whenever a task has fn)
		callersStartGoroutine()
		launch(t, old)
	} else {
		swapTask(t.sp, &old.sp)
	}
	if callerFramesOn() {
		callerChain = chain
	}
}

// schedule fires the timers that are due and, when no goroutine is runnable, waits
// for the next timer (on AVR, a goroutine's runs on the system stack,
// systemstack_avr.go).
func schedule() {
	if timers != nil {
		runTimers(nanotime())
	}
	if signalHook != nil {
		signalHook(0)
	}
	for runHead == nil {
		waitForTimers() // every goroutine blocks: sleep until a timer is due (or deadlock)
	}
}

// startGoroutine is what a go statement becomes: fn (a thunk over the evaluated
// function and arguments) runs as a new goroutine once the current one blocks or yields.
func startGoroutine(fn func()) {
	launch = launchTask
	t := deadTasks
	if t != nil {
		deadTasks = t.next
		t.next = nil
	} else {
		t = (*task)(alloc(unsafe.Sizeof(task{})))
		t.all = allTasks
		allTasks = t
		size := uintptr(unsafe.Pointer(&stackSizeSymbol))
		// The collector scans the live part of a stack itself (gc_stacks_tasks.go).
		bottom := newStack(size)
		t.bottom = bottom
		setCanary(bottom)
	}
	t.fn = fn
	t.sp = 0 // nothing on its stack until it starts
	t.sched.dead = false
	goroutines++
	goroutineStarted(t)
	ready(t)
}

// top returns the top of t's stack (not the main task's), rounded down to the
// strictest ABI alignment at a call (stackTopAlign). No field holds it: on the chips it is where
// the next heap object may start, and the conservative collector would take the field
// for a pointer to that object.
func (t *task) top() uintptr {
	return (t.bottom + uintptr(unsafe.Pointer(&stackSizeSymbol))) &^ stackTopAlign
}

// stackTopAlign rounds a goroutine stack's top down to 16 bytes, except on AVR, where
// nothing is aligned beyond a byte (and the rounding cost up to 15 bytes of a 256-byte
// stack).
const stackTopAlign = 15 * (1 - unsafe.Sizeof(uintptr(0))/2%2)

// setCanary is out of line: inlined into startGoroutine, it leaves LLVM's AVR
// register allocator without registers.
//
//go:noinline
func setCanary(bottom uintptr) {
	*(*uintptr)(unsafe.Pointer(bottom)) = stackCanary
}

func launchTask(t, old *task) {
	startTask(t.top(), &old.sp)
}

// taskEntry runs on a new task's own stack: the goroutine's function, then its end.
//
//export tinygo_taskEntry
func taskEntry() {
	t := current()
	fn := t.fn
	t.fn = nil
	fn()
	goexit()
}

// goexit ends the running goroutine (its deferred calls have run). The main
// goroutine only stops: the program then ends when the others are all blocked.
func goexit() {
	t := current()
	if t == &mainTask {
		mainGoexit = true
		pause()
	}
	goroutines--
	goroutineEnded(t)
	// Its stack is free once pause has switched away; only a later goroutine, which
	// runs on another stack, can take it.
	t.sched.dead = true
	t.next = deadTasks
	deadTasks = t
	pause() // never returns: nothing readies a finished task
}

// Gosched yields the processor: the current goroutine goes to the back of the run
// queue and the others that are runnable run first.
func Gosched() {
	ready(current())
	waitingFor(waitNone)
	pause()
}

// isReady reports whether t is in the run queue (runtime.Stack's "runnable").
func isReady(t *task) bool {
	for u := runHead; u != nil; u = u.next {
		if u == t {
			return true
		}
	}
	return false
}

// gcYield is called by GC after its collection: as gc's GC blocks its caller while it
// collects, this one lets the other goroutines run (the finalizers too), so that a
// goroutine calling GC in a loop does not starve them (Go's fixedbugs/issue30977.go).
func gcYield() {
	if !onlyMainTask() {
		Gosched()
	}
}

// NumGoroutine returns the number of goroutines that exist.
func NumGoroutine() int {
	return goroutines
}

// schedState is what a task needs beyond the common fields: whether its goroutine
// ended (its stack holds only stale frames, which the collector must not scan).
type schedState struct {
	dead bool
}

// runMain runs the main goroutine: the package initialisers, then main.main.
func runMain() {
	callersStartMain()
	initAll()
	callMain()
}
