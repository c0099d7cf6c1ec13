//go:build js

package js

import _ "unsafe"

// Func is a Go function that JavaScript can call, made by FuncOf.
type Func struct {
	Value
	id uint32
}

var (
	funcs  = map[uint32]func(this Value, args []Value) any{}
	nextID uint32
)

// runtimeSetEventHandler hands the runtime the function that takes a pending call
// from JavaScript.
//
//go:linkname runtimeSetEventHandler runtime.setEventHandler
func runtimeSetEventHandler(h func() func())

// FuncOf returns a JavaScript function that calls fn with JavaScript's this and the
// arguments, and returns fn's result converted by ValueOf. fn runs in a goroutine of
// its own; while it runs (or blocks) the program's other goroutines run too. If fn
// blocks waiting for something JavaScript has to do first, the JavaScript caller
// gets undefined at once and fn goes on later. Release the function when it is no
// longer needed.
func FuncOf(fn func(this Value, args []Value) any) Func {
	if nextID == 0 {
		runtimeSetEventHandler(takeEvent)
	}
	nextID++
	funcs[nextID] = fn
	return Func{Value: Value{ref: funcVal(nextID)}, id: nextID}
}

// Release frees the Go side of the function: calling it from JavaScript afterwards is
// an error.
func (c Func) Release() {
	delete(funcs, c.id)
}

// takeEvent reads the pending call's token, function, this and arguments (an Array)
// and returns the call to run.
func takeEvent() func() {
	var info [4]uint32
	eventInfo(&info)
	token := info[0]
	fn := funcs[info[1]]
	this := Value{ref: info[2]}
	argv := Value{ref: info[3]}
	args := make([]Value, argv.Length())
	for i := range args {
		args[i] = argv.Index(i)
	}
	return func() {
		if fn == nil {
			panic("syscall/js: call to released function")
		}
		eventResult(token, ValueOf(fn(this, args)).ref)
	}
}
