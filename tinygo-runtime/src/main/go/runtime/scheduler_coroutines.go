//go:build scheduler.coroutines

package runtime

import "unsafe"

// The coroutines scheduler, for WebAssembly, whose code cannot switch stacks: the
// compiler turns every function that can block into an LLVM coroutine (codegen's
// coroutine lowering, after the blocking analysis of ssa/analysis). Such a function
// returns to its caller when it blocks, handing over its frame (on the heap), and
// its caller does the same, up to the scheduler, which keeps the outermost frame of
// the goroutine in its task. Resuming the task resumes that frame, which resumes the
// frame of its callee, and so on down to the frame that blocked: every suspended
// frame of a goroutine is on the wasm stack again while it runs, so panics and
// recover work as on the other targets. Functions that cannot block are plain
// functions and cost nothing.
//
// The main goroutine is a task like the others (mainTask); when its function
// returns, the program exits whatever the other goroutines do. When no task can run,
// the scheduler waits for the next timer, and without one every goroutine is asleep:
// Go's deadlock error.

// pause suspends the running goroutine until something readies it (or at once if it
// readied itself, as Gosched does). The compiler expands it: the calling function
// suspends there, and so do its callers up to the scheduler.
func pause()

// coroStart calls fn, a goroutine's function (a go statement's thunk), as a
// coroutine: the frame to resume when it blocked, or nil when it returned.
func coroStart(fn func()) unsafe.Pointer

// coroResume resumes a goroutine's outermost frame and reports whether it blocked
// again (false: its function returned).
func coroResume(frame unsafe.Pointer) bool

// coroUnblock clears the flag that runtime.pause sets and a resumed frame's caller
// reads to tell whether its callee blocked again (codegen's Coroutines). A goroutine
// that ran others in place, without blocking itself, clears what their pauses left.
func coroUnblock()

// schedState is what a task needs in this scheduler: its outermost suspended frame.
type schedState struct {
	frame   unsafe.Pointer
	inPlace bool // waiting in waitInPlace
}

var (
	mainTask   task
	running    *task
	runHead    *task
	runTail    *task
	goroutines = 1
	// mainStarted is set once the main goroutine's task exists: the first go
	// statement, runMain's, starts the main goroutine in mainTask.
	mainStarted bool
	// mainGoexit is set when the main goroutine called Goexit.
	mainGoexit bool
	// spawned is set by the first go statement of the program's own.
	spawned bool
)

// onlyMainTask reports whether the main goroutine is the only one there has been:
// true until the program's first go statement (never, in programs without one).
func onlyMainTask() bool {
	return !spawned
}

// current returns the running goroutine's task. running stays nil until the
// scheduler runs a task, so that in programs without one (no scheduler is linked) the
// optimiser sees that current is always the main task.
func current() *task {
	if running == nil {
		return &mainTask
	}
	return running
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

// startGoroutine is what a go statement becomes: fn (a thunk over the evaluated
// function and arguments) runs as a new goroutine once the current one blocks or yields.
func startGoroutine(fn func()) {
	t := &mainTask
	if mainStarted {
		t = (*task)(alloc(unsafe.Sizeof(task{})))
		goroutines++
		spawned = true
		goroutineStarted(t)
	}
	mainStarted = true
	t.fn = fn
	ready(t)
}

// mainBlocks reports whether the package initialisers or main.main can block: a
// constant the compiler's blocking analysis supplies.
func mainBlocks() bool

// runMain runs the main goroutine (package initialisers, then main.main) and the
// others until main returns. A program whose main goroutine can never block starts
// no other goroutine either (a go statement's thunk blocks, so its caller can): it
// runs as a plain call, and the program carries no scheduler.
func runMain() {
	if !mainBlocks() {
		callersStartMain()
		initAll()
		callMain()
		return
	}
	go mainGoroutine()
	schedule()
}

func mainGoroutine() {
	callersStartMain()
	initAll()
	callMain()
}

// schedule runs the goroutines of the run queue, firing due timers between them,
// until the main goroutine's function returns.
func schedule() {
	for {
		if timers != nil {
			runTimers(nanotime())
		}
		for runHead == nil {
			waitForTimers() // every goroutine blocks: sleep until a timer is due (or deadlock)
		}
		if runNext() {
			return
		}
	}
}

// runNext runs the task at the head of the run queue until it blocks or its function
// returns, and reports whether that was the main goroutine's function returning.
func runNext() bool {
	t := runHead
	runHead = t.next
	if runHead == nil {
		runTail = nil
	}
	t.next = nil
	return runTask(t)
}

// runTask runs t, taken from the run queue, until it blocks or its function
// returns, and reports whether that was the main goroutine's function returning.
func runTask(t *task) bool {
	running = t
	blocked := false
	if t.fn != nil {
		fn := t.fn
		t.fn = nil
		callersStartGoroutine() // (a goroutine that blocks keeps its chain across runtime.pause: lower Coroutines)
		t.sched.frame = coroStart(fn)
		blocked = t.sched.frame != nil
	} else {
		blocked = coroResume(t.sched.frame)
	}
	if !blocked {
		if t == &mainTask {
			return true
		}
		goroutines--
		goroutineEnded(t)
		t.sched.frame = nil
	}
	return false
}

// goexit ends the running goroutine (its deferred calls have run): it blocks and
// nothing readies it again. The main goroutine only stops: the program then ends
// when the others are all blocked.
func goexit() {
	t := current()
	if t == &mainTask {
		mainGoexit = true
	} else {
		goroutines--
		goroutineEnded(t)
	}
	pause()
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

// gcYield, after runtime.GC's collection, runs the goroutines that are ready once
// each, in place (as waitInPlace does), so that a goroutine calling runtime.GC in a
// loop does not starve the others. GC cannot block here: that would make every
// function that calls it, and every caller of those, a coroutine (and reflect cannot
// call those).
func gcYield() {
	if running == nil {
		return // no scheduler: the main goroutine is the only one
	}
	t := current()
	var chain *callerFrame
	if callerFramesOn() {
		chain = callerChain
	}
	t.sched.inPlace = true
	n := 0
	for u := runHead; u != nil; u = u.next {
		n++
	}
	for ; n > 0; n-- {
		u := takeRunnable()
		if u == nil {
			break
		}
		if runTask(u) {
			exit(0) // the main goroutine returned
		}
	}
	t.sched.inPlace = false
	running = t
	coroUnblock() // t runs on: the pauses of the others are not its own
	if callerFramesOn() {
		callerChain = chain
	}
}

// NumGoroutine returns the number of goroutines that exist.
func NumGoroutine() int {
	return goroutines
}

// waitInPlace is where a plain function waits when an async function it called
// blocked and handed over frame: a run-time error helper (a plain function, as the
// compiler calls these on its own, outside the blocking analysis) whose panic runs a
// deferred call that blocks, or an exported function that blocks. The frames below
// frame cannot suspend, so the running goroutine waits here, running the other
// goroutines and the timers until it is readied, then resumes frame, until that
// returns. A recovered panic leaves by a longjmp through here to its frame, further
// down the same stack.
//
// Goroutines can wait in place inside one another's waits, but only the innermost
// can go on: one waiting further down is skipped until the ones above it are done.
// When only such goroutines are ready and no timer is set, the program cannot go on.
func waitInPlace(frame unsafe.Pointer) {
	t := current()
	var chain *callerFrame
	if callerFramesOn() {
		chain = callerChain
	}
	for {
		t.sched.inPlace = true
		for {
			if timers != nil {
				runTimers(nanotime())
			}
			if takeReady(t) {
				break
			}
			if u := takeRunnable(); u != nil {
				if runTask(u) {
					exit(0) // the main goroutine returned
				}
			} else if timers != nil {
				waitForTimers()
			} else if runHead != nil {
				fatalPrint("goroutines blocked in deferred calls of run-time panics wait for each other")
			} else {
				deadlock()
			}
		}
		t.sched.inPlace = false
		running = t
		if callerFramesOn() {
			callerChain = chain
		}
		if !coroResume(frame) {
			return
		}
	}
}

// takeReady removes t from the run queue if it is there, and reports whether it was.
func takeReady(t *task) bool {
	var prev *task
	for u := runHead; u != nil; prev, u = u, u.next {
		if u == t {
			unlinkReady(prev, u)
			return true
		}
	}
	return false
}

// takeRunnable removes and returns the first ready task that is not waiting in
// place, or nil.
func takeRunnable() *task {
	var prev *task
	for u := runHead; u != nil; prev, u = u, u.next {
		if !u.sched.inPlace {
			unlinkReady(prev, u)
			return u
		}
	}
	return nil
}

// unlinkReady removes u, which follows prev (nil: u is the head), from the run queue.
func unlinkReady(prev, u *task) {
	if prev == nil {
		runHead = u.next
	} else {
		prev.next = u.next
	}
	if runTail == u {
		runTail = prev
	}
	u.next = nil
}
