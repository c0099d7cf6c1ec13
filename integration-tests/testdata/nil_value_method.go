// A value method of T called through a nil *T held in an interface panics with gc's
// wrapper message, a runtime.Error that recover returns.
package main

import "runtime"

type T int

func (t T) F()      {}
func (t T) G() int  { return int(t) * 2 }
func (t *T) H() int { return 5 }

type I interface{ F() }

type J interface {
	G() int
	H() int
}

func call(f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		println("recovered:", r.(error).Error(), isRuntime)
	}()
	f()
}

func main() {
	var p *T
	var i I = p
	call(func() { i.F() })
	var j J = p
	println(j.H())
	call(func() { println(j.G()) })
	v := T(21)
	j = &v
	println(j.G(), j.H())
	i = p
	i.F()
}
