// Panics and recover: deferred calls run innermost first, recover in a deferred
// call stops the panic and the function returns its named results, recover called
// indirectly or outside a panic is nil, and every run-time error is recoverable as a
// runtime.Error with Go's message.
// targets: host wasi wasm cortex-m-qemu microbit

package main

import "runtime"

func named() (x int, s string) {
	defer func() {
		if r := recover(); r != nil {
			println("named: recovered", r.(string))
			x++
		}
	}()
	x = 41
	s = "kept"
	panic("boom")
}

func unnamed() int {
	defer func() {
		recover()
	}()
	panic(1)
}

func order() {
	defer println("order: outer 1")
	defer func() {
		println("order: recovered", recover().(int))
	}()
	inner()
	println("not reached")
}

func inner() {
	defer println("order: inner 2")
	defer println("order: inner 1")
	panic(7)
}

func helper() interface{} {
	return recover()
}

func indirect() (r interface{}) {
	defer func() {
		r = recover()
	}()
	defer func() {
		// not called directly by the deferred function: must not recover
		if helper() != nil {
			println("indirect: helper recovered (wrong)")
		}
	}()
	panic("indirect")
}

func recoverNil() {
	defer func() {
		println("no panic: recover is nil:", recover() == nil)
	}()
}

func deferredPanic() (err interface{}) {
	defer func() {
		err = recover()
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

type myErr struct{ code int }

func (e *myErr) Error() string { return "myErr" }

func errorValue() (e error) {
	defer func() {
		e = recover().(error)
	}()
	panic(&myErr{3})
}

func runtimeError(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(runtime.Error)
		if !ok {
			println(name, "not a runtime.Error")
			return
		}
		println(name+":", err.Error())
	}()
	f()
}

type T struct{ a int }

func main() {
	x, s := named()
	println("named:", x, s)
	println("unnamed:", unnamed())
	order()
	println("indirect:", indirect().(string))
	recoverNil()
	println("deferred panic:", deferredPanic().(string))
	e := errorValue()
	println("error value:", e.Error(), e.(*myErr).code)

	var sl []int
	n := 5
	runtimeError("index", func() { _ = sl[n] })
	arr := []int{1, 2, 3}
	runtimeError("slice", func() { _ = arr[:n] })
	runtimeError("slice2", func() { _ = arr[n:] })
	str := "abc"
	runtimeError("string", func() { _ = str[1:n] })
	zero := 0
	runtimeError("divide", func() { println(n / zero) })
	var m map[string]int
	runtimeError("nil map", func() { m["a"] = 1 })
	var i interface{} = "str"
	runtimeError("assert", func() { _ = i.(int) })
	var ch chan int
	runtimeError("close nil", func() { close(ch) })
	ch2 := make(chan int, 1)
	close(ch2)
	runtimeError("close closed", func() { close(ch2) })
	runtimeError("send closed", func() { ch2 <- 1 })
	sh := -1
	runtimeError("shift", func() { println(1 << sh) })
	var p *T
	runtimeError("nil pointer", func() { println(p.a) })
	println("done")
}
