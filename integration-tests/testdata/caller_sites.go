// targets: host wasi cortex-m-qemu microbit

// runtime.Caller, Callers, CallersFrames and FuncForPC report gc's function names,
// files and lines: Caller at several depths, through pointer and value methods (also
// called through an interface and a method value), a generic function, nested
// function literals, deferred calls run by a return and by the end of the body, a
// goroutine (whose first frame is its function), a panic's deferred call (which sees
// the frame that panicked), and after the recovery. Files print as their base names,
// so the output does not depend on where the sources are. FuncForPC finds a function
// from a program counter less one and from its entry. Not on the Uno: with the
// call-site table its constants outgrow the RAM (they live there on the AVR);
// caller_small.go runs there.
package main

import "runtime"

func base(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '/' {
			return path[i+1:]
		}
	}
	return path
}

func where(skip int) {
	pc, file, line, ok := runtime.Caller(skip + 1)
	if !ok {
		println("  no caller at", skip)
		return
	}
	println(" ", runtime.FuncForPC(pc).Name(), base(file), line)
}

// stack prints the frames of Go code under its caller.
func stack() {
	var pcs [16]uintptr
	n := runtime.Callers(1, pcs[:])
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if len(f.Function) < 8 || f.Function[:8] != "runtime." {
			println("   ", f.Function, base(f.File), f.Line, f.PC != 0)
		}
		if !more {
			break
		}
	}
}

type T struct{ n int }

func (t *T) ptr() {
	where(0)
	where(1)
}

func (t T) val() { where(0) }

type I interface{ val() }

func generic[X any](x X) { where(0) }

func deferAtReturn(b bool) {
	defer func() { where(1) }()
	if b {
		return
	}
	println("not reached")
}

func deferAtEnd() {
	defer where(0)
	println("deferAtEnd")
}

func index(xs []int, i int) int {
	return xs[i]
}

func main() {
	println("depths")
	where(0)
	where(1)
	println("methods")
	var t T
	t.ptr()
	t.val()
	var i I = t
	i.val()
	f := t.val
	f()
	generic(1)
	println("literals")
	func() {
		where(0)
		func() {
			where(0)
			where(1)
			where(2)
		}()
	}()
	println("deferred")
	deferAtReturn(true)
	deferAtEnd()
	println("panic")
	func() {
		defer func() {
			recover()
			where(0)
			stack()
		}()
		index(nil, 3)
	}()
	println("after recover")
	where(0)
	stack()
	println("goroutine")
	done := make(chan bool)
	go func() {
		where(0)
		where(1)
		done <- true
	}()
	<-done
	where(0)
	println("funcs")
	pc, _, _, _ := runtime.Caller(0)
	fn := runtime.FuncForPC(pc)
	file, line := fn.FileLine(pc)
	println(fn.Name(), base(file), line, fn.Entry() != 0, fn.Entry() < pc)
	// gc's users look a return address up less one; the entry is the function's own
	println(runtime.FuncForPC(pc-1).Name(), runtime.FuncForPC(fn.Entry()).Name())
	var none *runtime.Func
	println(none.Name() == "", runtime.FuncForPC(0) == nil)
}
