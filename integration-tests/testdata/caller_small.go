// targets: host wasi cortex-m-qemu microbit arduino

// runtime.Caller and Callers in a program small enough for the Uno, whose RAM also
// holds the call-site table (constants live in RAM on the AVR): the call of Caller,
// its caller, a method, a deferred call run by a panic (which sees the frame that
// panicked) and the frames after the recovery.
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
	println(runtime.FuncForPC(pc).Name(), base(file), line, ok)
}

type T struct{}

func (T) m() { where(1) }

func fail() {
	panic("fail")
}

func main() {
	where(0)
	T{}.m()
	defer func() {
		recover()
		where(2)
		var pcs [3]uintptr
		n := runtime.Callers(0, pcs[:])
		frames := runtime.CallersFrames(pcs[:n])
		for more := true; more; {
			var f runtime.Frame
			f, more = frames.Next()
			println(f.Function, base(f.File), f.Line)
		}
	}()
	fail()
}
