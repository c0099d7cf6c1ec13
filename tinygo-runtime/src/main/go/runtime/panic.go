package runtime

import "unsafe"

// Deferred calls, panics and recover.
//
// Every active call of a function with defer statements owns a deferFrame in its
// own stack frame. The function links it into its goroutine's chain on entry
// (deferEnter) and takes a checkpoint of its registers in it (the setjmp intrinsic;
// see jmpbuf_*.go and the target's start-up assembly, or LLVM's lowering of setjmp
// to WebAssembly exceptions on wasm). A defer statement pushes a thunk on the
// frame's list; a return runs the list, newest first, and unlinks the frame
// (deferReturn). A panic walks the chain from the innermost frame, running each
// frame's deferred calls; when one of them recovers, the panic longjmps to that
// frame's checkpoint, where the function runs its remaining deferred calls and
// returns its results to its caller as if it had returned normally.
//
// recover stops a panic only when called by a function that the panic itself called
// as a deferred call: before such a call the panic arms its goroutine, the thunk
// hands the deferred function's address on (deferArm), and a function that calls
// recover takes the token on entry (recoverToken), which it gets only if it is
// that function. A wrapper the compiler made hands the token on to the function it
// wraps (deferForward), and a deferred interface method call arms with the method
// that the dispatch reaches.

type deferCall struct {
	fn   deferFunc
	next *deferCall
}

// deferFunc is the type of a defer statement's thunk. Only deferReturn and unwind
// call values of it, so the compiler's blocking analysis (for the coroutines of
// WebAssembly) tells these calls apart from calls of other func() values.
type deferFunc func()

// deferFrame is one active call of a function with defer statements. jb comes first:
// the compiler passes the frame's address as the checkpoint's buffer.
type deferFrame struct {
	jb     jmpBuf
	defers *deferCall
	link   *deferFrame // the caller's frame (the next older one with defers)
	panic  *panicInfo  // the panic running this frame's deferred calls, if any
}

// panicInfo is one panic of a goroutine; the newest is at the head of task.panic.
type panicInfo struct {
	arg       interface{}
	link      *panicInfo
	recovered bool // recover returned arg, and the deferred call has not returned yet
	aborted   bool // a newer panic took over the deferred calls this one was running
	goexit    bool // runtime.Goexit: runs deferred calls, cannot be recovered
}

// The compiler expands these two: setjmp saves the registers of the calling
// function in buf and returns false; longjmp makes that setjmp return again, true.
func setjmp(buf unsafe.Pointer) bool
func longjmp(buf unsafe.Pointer)

func deferEnter(f *deferFrame) {
	t := current()
	f.link = t.frames
	t.frames = f
}

func deferPush(f *deferFrame, fn func()) {
	d := (*deferCall)(alloc(unsafe.Sizeof(deferCall{})))
	d.fn = fn
	d.next = f.defers
	f.defers = d
}

// deferPushFrame is deferPush for a defer statement that runs at most once per call:
// the compiler gives the record d, a slot of the calling function's frame, which
// outlives it.
func deferPushFrame(f *deferFrame, d *deferCall, fn func()) {
	d.fn = fn
	d.next = f.defers
	f.defers = d
}

// deferReturn runs the frame's deferred calls, newest first, and unlinks it: every
// return of a function with defer statements ends with it.
func deferReturn(f *deferFrame) {
	for f.defers != nil {
		d := f.defers
		f.defers = d.next
		d.fn()
	}
	current().frames = f.link
}

// deferArm is called by a defer thunk just before the deferred call, with the
// address of the function it calls.
func deferArm(fn unsafe.Pointer) {
	t := current()
	if t.recoverArmed {
		t.recoverArmed = false
		t.deferFn = fn
	} else {
		t.deferFn = nil
	}
}

// deferRecoverOk is the token of a deferred recover(): that of the function holding
// the defer statement (ok) when its normal return runs the call, but false when a
// panic runs it: then recover is not called by a deferred function, and Go makes it
// a no-op.
func deferRecoverOk(ok bool) bool {
	t := current()
	if t.recoverArmed {
		t.recoverArmed = false
		return false
	}
	return ok
}

// recoverToken is called on entry by a function that calls recover, with its own
// address: whether a panic called it as a deferred call.
func recoverToken(fn unsafe.Pointer) bool {
	t := current()
	ok := t.deferFn == fn && fn != nil
	t.deferFn = nil
	return ok
}

// deferForward is called by a wrapper the compiler made around target (a method
// value's or expression's, a promoted method's, a function value's) before it calls
// target: when a panic called the wrapper as its deferred call, target counts as the
// deferred function, as in Go, where recover does not see wrappers.
func deferForward(self, target unsafe.Pointer) {
	t := current()
	if t.deferFn == self && self != nil {
		t.deferFn = target
	}
}

// deferRearm is called by the wrapper of an interface's method value or expression
// before its dispatch: when a panic called the wrapper as its deferred call, the
// panic's arming passes on, and the dispatch arms with the method it reaches.
func deferRearm(self unsafe.Pointer) {
	t := current()
	if t.deferFn == self && self != nil {
		t.deferFn = nil
		t.recoverArmed = true
	}
}

// gorecover is recover(); ok is the token of the calling function.
func gorecover(ok bool) interface{} {
	p := current().panic
	if ok && p != nil && !p.goexit && !p.recovered {
		p.recovered = true
		return p.arg
	}
	return nil
}

// gopanic is panic(v).
func gopanic(v interface{}) {
	panicTrap()
	t := current()
	p := &panicInfo{arg: v, link: t.panic}
	t.panic = p
	if callerFramesOn() {
		// gc's stack under the deferred calls of a panic (on the heap: a local whose
		// address is taken would be one in every program)
		f := (*callerFrame)(alloc(unsafe.Sizeof(callerFrame{})))
		f.prev = callerChain
		f.site = callerSite(sitePanic)
		callerChain = f
	}
	unwind(t, p)
	printpanics(t.panic)
	exit(2)
}

// unwind runs the deferred calls of every frame of t for p, innermost first, and
// returns only when no frame is left; a recovery longjmps to its frame instead.
func unwind(t *task, p *panicInfo) {
	for t.frames != nil {
		f := t.frames
		if f.panic != nil && f.panic != p {
			f.panic.aborted = true
		}
		f.panic = p
		for f.defers != nil {
			d := f.defers
			f.defers = d.next
			t.recoverArmed = !p.goexit
			d.fn()
			t.recoverArmed = false
			if p.recovered {
				t.panic = p.link
				for t.panic != nil && t.panic.aborted {
					t.panic = t.panic.link
				}
				f.panic = nil
				longjmp(unsafe.Pointer(f))
			}
		}
		t.frames = f.link
	}
}

// printpanics prints the chain of panics, oldest first, as Go does.
func printpanics(p *panicInfo) {
	if p.link != nil {
		printpanics(p.link)
		if !p.link.goexit {
			printstring("\t")
		}
	}
	if p.goexit {
		return
	}
	printstring("panic: ")
	printpanicval(p.arg)
	if p.recovered {
		printstring(" [recovered]")
	}
	printnl()
}

// printpanicval prints a panic's value: an error's Error(), a string as it is, and
// other values through panicAny.
func printpanicval(v interface{}) {
	switch x := v.(type) {
	case nil:
		printstring("nil")
	case error:
		printstring(x.Error())
	case string:
		printstring(x)
	default:
		if panicAny != nil {
			panicAny(v)
		}
	}
}

// panicAny prints panic values other than errors and strings: a Stringer's String(),
// a value of a basic type as print does (named ones as T(v)), anything else as its
// type and address. The compiler calls panicAnyPrinter before a panic with a value
// of such a type, so that programs whose panics are all errors and strings (the
// runtime's own are) carry neither this printer nor the type names it reads.
var panicAny func(v interface{})

func panicAnyPrinter() {
	panicAny = printPanicAny
}

func printPanicAny(v interface{}) {
	if s, ok := v.(stringer); ok {
		printstring(s.String())
		return
	}
	printAny(v)
}

// Goexit runs the deferred calls of the calling goroutine and ends it.
func Goexit() {
	t := current()
	p := &panicInfo{goexit: true, link: t.panic}
	t.panic = p
	unwind(t, p)
	t.panic = p.link
	goexit()
}

// deferArmValue is deferArm for a deferred call of a function value.
func deferArmValue(fn func()) {
	deferArm((*[2]unsafe.Pointer)(unsafe.Pointer(&fn))[1])
}

// Breakpoint stops the program as a debugger breakpoint would; with no debugger
// attached, it ends it as a fatal error.
func Breakpoint() {
	fatalPrint("breakpoint")
}
