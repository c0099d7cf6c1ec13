//go:build !(avr && scheduler.tasks)

package runtime

// Only AVR runs the runtime's deep paths on a system stack (systemstack_avr.go);
// elsewhere they run on the stack of whichever goroutine takes them.

func systemStack() uintptr {
	return 0
}

func systemEnter() {}

func systemLeave() {}

func systemStackFrom() uintptr {
	return 0
}

func onSystemStack(sp uintptr, from *uintptr) {}

var systemFrom uintptr

func systemSpill() uintptr {
	return 0
}
