package runtime

import "unsafe"

// runtime.Stack: the text of gc's tracebacks, built from the call-site frames of
// callers.go rather than from return addresses. A program that calls Stack (debug.Stack
// does) has the frames on for every function and call (see docs/ARCHITECTURE.md, "Call
// sites"), so that a goroutine stopped anywhere shows where. For Stack(buf, true) the
// runtime keeps one record per goroutine, made at its go statement: its number, its
// creator's call site, and, while it does not run, its innermost frame and why it waits.
// All of it hides behind callerFramesOn, a constant false in the other programs, which
// therefore carry none of it.

// A goroutineRecord is what Stack knows of one goroutine.
type goroutineRecord struct {
	t       *task
	id      int
	system  bool         // the runtime's own (the finalizer runner): gc's Stack leaves those out
	chain   *callerFrame // its innermost frame, saved where it last stopped; nil before it ran
	start   *callSite    // its function at its first line, or nil when the compiler did not know it
	wait    waitReason   // why it stopped there
	creator *callSite    // the go statement that started it (nil for main)
	next    *goroutineRecord
}

// waitReason is a blocked goroutine's state, in gc's words (waitReasons).
type waitReason uint8

const (
	waitNone waitReason = iota // runs, or never stopped
	waitChanReceive
	waitChanReceiveNil
	waitChanSend
	waitChanSendNil
	waitSelect
	waitSelectNoCases
	waitSleep
	waitSemacquire
)

var waitReasons = [...]string{
	waitNone:           "runnable",
	waitChanReceive:    "chan receive",
	waitChanReceiveNil: "chan receive (nil chan)",
	waitChanSend:       "chan send",
	waitChanSendNil:    "chan send (nil chan)",
	waitSelect:         "select",
	waitSelectNoCases:  "select (no cases)",
	waitSleep:          "sleep",
	waitSemacquire:     "semacquire",
}

// firstGoroutineID is the number of the program's first go statement's goroutine. gc
// numbers its own goroutines first: the main goroutine is 1, then the forced-GC
// helper, the background sweeper and scavenger, and the finalizer runner that package
// os's files need (2 to 5); on one processor the program's own follow from 6.
const firstGoroutineID = 6

var (
	mainRecord      goroutineRecord
	lastRecord      *goroutineRecord
	nextGoroutineID = firstGoroutineID
	// startingSystem marks the next go statement as the runtime's own.
	startingSystem bool
	// goStartSite is set by each go statement, before it starts its goroutine, to the
	// site of the goroutine's function at its first line (nil when the compiler does not
	// know the function): Stack shows it while the goroutine has not run, as gc shows a
	// goroutine's function at its entry.
	goStartSite *callSite
)

// recordMain makes the main goroutine's record, the first of the list.
func recordMain() {
	mainRecord.t = &mainTask
	mainRecord.id = 1
	lastRecord = &mainRecord
}

// goroutineStarted records a goroutine that a go statement made for t.
func goroutineStarted(t *task) {
	if !callerFramesOn() {
		return
	}
	g := (*goroutineRecord)(alloc(unsafe.Sizeof(goroutineRecord{})))
	g.t = t
	g.id = nextGoroutineID
	nextGoroutineID++
	g.system = startingSystem
	startingSystem = false
	g.start = goStartSite
	goStartSite = nil
	if callerChain != nil {
		g.creator = callerChain.site
	}
	if lastRecord == nil {
		recordMain()
	}
	lastRecord.next = g
	lastRecord = g
}

// goroutineEnded forgets the record of t, whose goroutine returned.
func goroutineEnded(t *task) {
	if !callerFramesOn() {
		return
	}
	prev := &mainRecord
	for g := mainRecord.next; g != nil; prev, g = g, g.next {
		if g.t == t {
			prev.next = g.next
			if lastRecord == g {
				lastRecord = prev
			}
			return
		}
	}
}

// recordOf finds t's record, or nil.
func recordOf(t *task) *goroutineRecord {
	if lastRecord == nil {
		recordMain()
	}
	for g := &mainRecord; g != nil; g = g.next {
		if g.t == t {
			return g
		}
	}
	return nil
}

// waitingFor notes, before the running goroutine blocks, where and why.
func waitingFor(reason waitReason) {
	if !callerFramesOn() {
		return
	}
	if g := recordOf(current()); g != nil {
		g.chain = callerChain
		g.wait = reason
	}
}

// Stack formats the stack of the calling goroutine into buf, as gc's tracebacks do,
// and with all those of the other goroutines after it; it returns the number of bytes
// written, which is at most len(buf). The frames are those of the program's functions
// (not the runtime's), each a line with the function's name and "(...)" for its
// arguments ("()" when it has none; there are no argument words to show), then a line
// with a tab, the file and line of its call and its program counter less its
// function's entry (callers.go's pcs, not addresses of code).
func Stack(buf []byte, all bool) int {
	w := stackWriter{buf: buf}
	w.goroutines(all)
	return w.n
}

// stackText is the calling goroutine's Stack text in a buffer of its size: debug.Stack
// (a buffer of a guessed size, grown until the text fits, does not fit the Uno's heap).
// Its call of Stack turns the caller frames on, with the functions that reach it.
func stackText() []byte {
	var w stackWriter
	w.goroutines(false)
	buf := make([]byte, w.want)
	return buf[:Stack(buf, false)]
}

// goroutines writes the text of Stack.
func (w *stackWriter) goroutines(all bool) {
	self := recordOf(current())
	id := 1
	if self != nil {
		id = self.id
	}
	w.header(id, "running")
	w.frames(callerChain)
	if self != nil {
		w.createdBy(self.creator)
	}
	if all && callerFramesOn() {
		for g := &mainRecord; g != nil; g = g.next {
			if g == self || g.system {
				continue
			}
			state := waitReasons[g.wait]
			if isReady(g.t) {
				state = "runnable"
			}
			w.str("\n")
			w.header(g.id, state)
			if g.chain == nil {
				w.entry(g.start)
			} else {
				w.frames(g.chain)
			}
			w.createdBy(g.creator)
		}
	}
}

// stackWriter writes into a buffer what fits of the text, and counts the length of all
// of it (want).
type stackWriter struct {
	buf  []byte
	n    int
	want int
}

func (w *stackWriter) str(s string) {
	w.n += copy(w.buf[w.n:], s)
	w.want += len(s)
}

func (w *stackWriter) int(v int) {
	var digits [20]byte
	n := formatInto(digits[:], 0, v, false)
	w.n += copy(w.buf[w.n:], digits[:n])
	w.want += n
}

func (w *stackWriter) header(id int, state string) {
	w.str("goroutine ")
	w.int(id)
	w.str(" [")
	w.str(state)
	w.str("]:\n")
}

// maxStackFrames is how many frames gc prints of one goroutine before it elides the
// rest.
const maxStackFrames = 100

// frames writes the frames of a chain that gc shows: the program's, and the panics
// between them.
func (w *stackWriter) frames(f *callerFrame) {
	if !callerFramesOn() {
		return
	}
	shown := 0
	for ; f != nil; f = f.prev {
		s := f.site
		if s == nil {
			continue
		}
		name := s.fn.name
		if name == "runtime.gopanic" {
			name = "panic"
		} else if inRuntime(name) {
			continue
		}
		if shown == maxStackFrames {
			w.str("...additional frames elided...\n")
			return
		}
		shown++
		w.str(name)
		if s.fn.params != 0 {
			w.str("(...)\n\t")
		} else {
			w.str("()\n\t")
		}
		w.place(s)
	}
}

// place writes the file and line of site s and, as gc writes a frame's return address
// less its function's entry, s's program counter less its function's entry (see
// callers.go: the offset of the site in its function's part of the table, plus one).
func (w *stackWriter) place(s *callSite) {
	w.str(s.fn.file)
	w.str(":")
	w.int(int(s.line))
	w.str(" +0x")
	off := callerPC(s) - uintptr(unsafe.Pointer(entrySite(s)))
	var digits [2 * unsafe.Sizeof(off)]byte
	i := len(digits)
	for {
		i--
		digits[i] = "0123456789abcdef"[off&15]
		off >>= 4
		if off == 0 {
			break
		}
	}
	w.n += copy(w.buf[w.n:], digits[i:])
	w.want += len(digits) - i
	w.str("\n")
}

// entry writes the frame of a goroutine that has not run: its function at its first
// line, without an offset, as gc writes a frame at its function's entry.
func (w *stackWriter) entry(s *callSite) {
	if s == nil {
		return
	}
	w.str(s.fn.name)
	if s.fn.params != 0 {
		w.str("(...)\n\t")
	} else {
		w.str("()\n\t")
	}
	w.str(s.fn.file)
	w.str(":")
	w.int(int(s.line))
	w.str("\n")
}

// createdBy writes the "created by" lines of a goroutine started at site s.
func (w *stackWriter) createdBy(s *callSite) {
	if s == nil || inRuntime(s.fn.name) {
		return
	}
	w.str("created by ")
	w.str(s.fn.name)
	w.str("\n\t")
	w.place(s)
}

// inRuntime reports whether a function's name is one of package runtime's.
func inRuntime(name string) bool {
	return len(name) > len("runtime.") && name[:len("runtime.")] == "runtime."
}
