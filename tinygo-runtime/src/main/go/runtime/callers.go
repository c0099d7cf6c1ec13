package runtime

import "unsafe"

// runtime.Caller, Callers, CallersFrames and FuncForPC, without return addresses or
// line tables (WebAssembly has no return addresses to walk, and the chips have no
// room for DWARF); runtime.Stack prints the same frames (traceback.go). In a program
// that calls Caller, Callers or Stack, the compiler gives every Go function of the
// program (not the runtime's) that can be under them a callerFrame in its stack frame,
// linked into the running goroutine's chain (callerChain) on entry and unlinked on
// return; before every call it stores in its frame the call site: an entry of one
// table (callSite) that the compiler emits, giving the function's name and file and
// the line of the call. Runtime errors are calls too, so the site of a panic is its
// line. A program that calls none of them pays nothing: callerFramesOn is a constant false
// there, and the compiler adds no frames. See docs/ARCHITECTURE.md, "Call sites".
//
// A "program counter" here is an address inside the call-site table: a call's is the
// address of its site's entry plus one (never 0, and inside the entry as pc-1 is,
// which gc's users apply to return addresses), a function's entry (Func.Entry) the
// address of its first site's entry, so that pc minus entry, gc's " +0x1d" in
// runtime.Stack, is never 0 either; FuncForPC knows nothing of the addresses of the
// functions' code.

// callerFrame is one active call of a Go function: the call's current site and the
// frame of its caller.
type callerFrame struct {
	prev *callerFrame
	site *callSite
}

// callSite is an entry of the compiler's table: a call (or runtime check) of a
// function, at line.
type callSite struct {
	fn   *funcInfo
	line int32
}

// funcInfo names a function as gc's tracebacks do, with its file's absolute path, and
// says whether it has parameters (runtime.Stack's "(...)"; "()" without).
type funcInfo struct {
	name   string
	file   string
	params int32
}

// callerChain is the running goroutine's innermost frame; the schedulers keep each
// goroutine's own while it does not run.
var callerChain *callerFrame

// The sites of the runtime's frames that gc's stacks show, first in the table.
const (
	siteCallers = iota // runtime.Callers itself, which Callers(0, ...) reports
	sitePanic          // runtime.gopanic, under the deferred calls that a panic runs
	siteMain           // runtime.main, under the main goroutine's main.main
	siteGoexit         // runtime.goexit, the first frame of every goroutine
)

// callerFramesOn is a constant: whether the compiler links frames (the program calls
// Caller, Callers or Stack).
func callerFramesOn() bool

// callerSite is the table entry of the runtime frame kind (a constant site* above).
func callerSite(kind int) *callSite

// callerTable is the compiler's table of call sites and its length.
func callerTable() (*callSite, int)

// The bottom frames of goroutines, as gc shows them.
var mainFrame, goexitFrame callerFrame

// callersStartMain links the frames under main.main (and the package initialisers).
func callersStartMain() {
	if callerFramesOn() {
		goexitFrame.site = callerSite(siteGoexit)
		mainFrame.prev = &goexitFrame
		mainFrame.site = callerSite(siteMain)
		callerChain = &mainFrame
	}
}

// callersStartGoroutine gives a new goroutine its chain: goexit only.
func callersStartGoroutine() {
	if callerFramesOn() {
		callerChain = &goexitFrame
	}
}

// callerPC is the program counter of a site.
func callerPC(s *callSite) uintptr {
	return uintptr(unsafe.Pointer(s)) + 1
}

// siteOf finds the site whose table entry holds a program counter, or nil.
func siteOf(pc uintptr) *callSite {
	first, n := callerTable()
	if first == nil {
		return nil
	}
	size := unsafe.Sizeof(callSite{})
	start := uintptr(unsafe.Pointer(first))
	if pc < start || pc >= start+uintptr(n)*size {
		return nil
	}
	return (*callSite)(unsafe.Pointer(start + (pc-start)/size*size))
}

// entrySite is the first site of the function that s is a site of: the function's
// sites are consecutive in the table.
func entrySite(s *callSite) *callSite {
	first, _ := callerTable()
	for s != first {
		prev := (*callSite)(unsafe.Pointer(uintptr(unsafe.Pointer(s)) - unsafe.Sizeof(callSite{})))
		if prev.fn != s.fn {
			break
		}
		s = prev
	}
	return s
}

// Caller reports the function, file and line of a call on the calling goroutine's
// stack: skip 0 is the call of Caller itself, 1 the call of the function that called
// Caller, and so on. ok is false past the goroutine's first frame.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	f := callerChain
	for f != nil && skip > 0 {
		f = f.prev
		skip--
	}
	if f == nil || f.site == nil {
		return 0, "", 0, false
	}
	return callerPC(f.site), f.site.fn.file, int(f.site.line), true
}

// Callers fills pc with the program counters of the calling goroutine's calls, skip 0
// being runtime.Callers's own frame and 1 the call of Callers, and returns how many
// it wrote.
func Callers(skip int, pc []uintptr) int {
	n := 0
	if !callerFramesOn() {
		return 0
	}
	if skip == 0 && n < len(pc) {
		pc[n] = callerPC(callerSite(siteCallers))
		n++
	}
	if skip > 0 {
		skip--
	}
	for f := callerChain; f != nil && n < len(pc); f = f.prev {
		if skip > 0 {
			skip--
			continue
		}
		if f.site != nil {
			pc[n] = callerPC(f.site)
			n++
		}
	}
	return n
}

// Func is a function of the program, as FuncForPC finds it.
type Func struct {
	opaque struct{} // a *Func points to a call site of the function
}

// FuncForPC returns the function holding pc, a program counter from Callers or
// Caller, or nil.
func FuncForPC(pc uintptr) *Func {
	s := siteOf(pc)
	if s == nil {
		return nil
	}
	return (*Func)(unsafe.Pointer(s))
}

func (f *Func) site() *callSite {
	return (*callSite)(unsafe.Pointer(f))
}

// Name returns the name of the function ("" for a nil *Func).
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.site().fn.name
}

// Entry returns the function's entry, the address of its first call site's entry in
// the table: below the program counters of all its calls.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return uintptr(unsafe.Pointer(entrySite(f.site())))
}

// FileLine returns the file and line of pc, which should be a program counter of f.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	s := siteOf(pc)
	if s == nil {
		if f == nil {
			return "?", 0
		}
		return f.site().fn.file, 0
	}
	return s.fn.file, int(s.line)
}

// Frame is one call of a stack that CallersFrames walks.
type Frame struct {
	// PC is the frame's program counter; Func its function (nil when unknown).
	PC   uintptr
	Func *Func

	// Function, File and Line name the function and the call's place.
	Function string
	File     string
	Line     int

	// Entry is the function's entry (Func.Entry).
	Entry uintptr
}

// Frames walks the program counters that Callers returned.
type Frames struct {
	pcs []uintptr
}

// CallersFrames returns the frames of the program counters callers.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{pcs: callers}
}

// Next returns the next frame and whether another follows it.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.pcs) > 0 {
		pc := ci.pcs[0]
		ci.pcs = ci.pcs[1:]
		f := FuncForPC(pc)
		if f == nil {
			continue
		}
		s := f.site()
		frame = Frame{PC: pc, Func: f, Function: s.fn.name, File: s.fn.file, Line: int(s.line), Entry: f.Entry()}
		return frame, len(ci.pcs) > 0
	}
	return Frame{}, false
}
