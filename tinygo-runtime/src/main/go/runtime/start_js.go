//go:build js

package runtime

// The wasm target (GOOS js): the program runs inside JavaScript's event loop, which
// must get control back whenever no goroutine can run. The support file calls the
// exported _start once; when every goroutine is blocked, _start returns, and the
// runtime continues when JavaScript calls back: go_scheduler when the timer it set for
// the first sleeping goroutine expires, resume when JavaScript calls a function made by
// syscall/js.FuncOf. The program ends when main returns (exit, proc_exit to the
// support file), as Go's does; callbacks after that are errors of the support file's.

const hostEventLoop = true

//export _start
func _start() {
	if !mainBlocks() {
		initAll()
		callMain()
		exit(0)
		return
	}
	resumeHook = jsResume // Node's end of events must be able to report a deadlock
	go mainGoroutine()
	jsSchedule()
}

// jsSchedule runs the goroutines that can run, firing due timers, until none can;
// then it asks the support file to call go_scheduler when the first timer is due.
func jsSchedule() {
	for {
		if timers != nil {
			runTimers(nanotime())
		}
		if runHead == nil {
			break
		}
		if runNext() {
			exit(0)
			return
		}
	}
	if timers != nil {
		schedulerHook = jsScheduler // makes the compiler build and export go_scheduler
		d := timers.when - nanotime()
		if d < 0 {
			d = 0
		}
		sleepTicks(float64(d) / 1000000)
	}
}

// schedulerHook holds the go_scheduler export as a function value: storing it is what
// makes the compiler build the export, so programs that never sleep carry none.
var schedulerHook func()

// jsScheduler is called by the support file when the time given to sleepTicks has
// passed.
//
//export go_scheduler
func jsScheduler() {
	jsSchedule()
}

// An event is a call of a syscall/js.FuncOf function by JavaScript: the support file
// keeps its details and calls resume. eventHandler (set by package syscall/js) takes
// the event's details at once and returns the call of the Go function, which runs in a
// goroutine of its own: it may block, and the others run meanwhile.
var eventHandler func() func()

// jsResume is called by the support file for every call of a FuncOf function, and once
// with no event pending when Node's event loop has nothing left while main has not
// returned: then every goroutine waits for something that cannot come (Go's deadlock).
//
//export resume
func jsResume() {
	if !eventPending() {
		deadlock()
		return
	}
	// JavaScript may call back while a goroutine runs (a Go function called from a
	// JavaScript function that Go called): that goroutine goes on afterwards
	prev := running
	if eventHandler != nil {
		call := eventHandler()
		go call()
	}
	jsSchedule()
	running = prev
}

//go:wasmimport gojs runtime.eventPending
func eventPending() bool

// setEventHandler installs package syscall/js's handler of callbacks (its
// runtimeSetEventHandler names this function with //go:linkname); it keeps the resume
// export in the module.
func setEventHandler(h func() func()) {
	eventHandler = h
	resumeHook = jsResume
}

// resumeHook holds the resume export as a function value, so that the compiler builds
// it only for programs that can wait for JavaScript (main blocks, or callbacks exist).
var resumeHook func()
