//go:build avr && scheduler.tasks

package runtime

import "unsafe"

// The system stack on AVR. A goroutine's stack on the Uno is a few hundred bytes of a
// 2 KiB RAM, and the runtime's deepest paths are not the goroutine's own: the
// collector's mark phase (the register spill, then gcMarkAll's chain down to
// gcHeadOf) and the scheduler's timer work (runTimers calling package time's
// functions, which send a 23-byte Time, start AfterFunc's goroutines or allocate,
// and the wait for the next timer). While a goroutine runs, the main goroutine is
// suspended, and the main stack below the stack pointer its last switch saved is
// free: those paths run there (tinygo_scanCurrentStack and tinygo_onSystemStack, in
// avr.s), with the main stack's check limit, and the goroutine's stack holds only a
// few saved registers and a return address for them. When main's saved SP leaves less
// than systemStackRoom above the bottom of the main stack, they stay on the
// goroutine's stack, as they do whenever main runs them.

// systemStackRoom is what the system stack must have below main's saved SP: the
// timer work's frames, a collection under them, and an interrupt's register saves.
const systemStackRoom = 160

var (
	onSystem bool // running on the system stack
	// The goroutine's stack pointer while its timer work runs on the system stack (0
	// otherwise): the collector scans its stack from there, and the main stack from
	// the collection's own stack pointer (gcMarkStacks).
	systemFrom uintptr
)

//go:linkname onSystemStack tinygo_onSystemStack
func onSystemStack(sp uintptr, from *uintptr)

// systemWork is what tinygo_onSystemStack calls: pause's timer work. Built only for
// programs with go statements (RuntimeAbi.SYSTEM_WORK): without one, launch stays nil,
// systemStack returns 0 and LLVM drops the call of tinygo_onSystemStack.
//
//export tinygo_systemWork
func systemWork() {
	schedule()
}

// systemStack returns the stack pointer at which a goroutine's deep runtime path
// runs, or 0 for the current stack.
func systemStack() uintptr {
	t := running
	if onlyMainTask() || onSystem || t == nil || t == &mainTask {
		return 0
	}
	bottom, _ := mainStackBounds()
	if mainTask.sp < bottom+systemStackRoom {
		return 0
	}
	return mainTask.sp
}

// systemEnter and systemLeave surround a call on the system stack: the checks compare
// against the main stack's limit there.
func systemEnter() {
	onSystem = true
	stackLimit, stackBytes = mainStackLimit, mainStackBytes
}

func systemLeave() {
	onSystem = false
	systemFrom = 0
	b := running.bottom
	setGoroutineStackBounds(b, b+uintptr(unsafe.Pointer(&stackSizeSymbol)))
}

func systemStackFrom() uintptr {
	return systemFrom
}

// systemSpill is how far below main's saved SP the collector scans the main stack:
// during a goroutine's collection on the system stack, the 18 callee-saved registers
// that tinygo_scanCurrentStack pushed there.
func systemSpill() uintptr {
	if onSystem {
		return 18
	}
	return 0
}
