// targets: host wasi wasm cortex-m-qemu microbit

// recover works in a function reached through reflect when a panic calls it as a
// deferred call: a method Value made into a func, a method expression's Func, a
// function made by MakeFunc; a function that a MakeFunc'd function merely calls gets
// nil.
package main

import "reflect"

type T struct{ id int }

func (t *T) M() { println("method", t.id, "recovers:", value(recover())) }

func made(args []reflect.Value) []reflect.Value {
	println("MakeFunc'd function recovers:", value(recover()))
	return nil
}

func caller(args []reflect.Value) []reflect.Value {
	args[0].Interface().(func())()
	return nil
}

func inner(args []reflect.Value) []reflect.Value {
	println("called, not deferred, gets:", value(recover()))
	return nil
}

// value is the panic value recovered, -1 for none.
func value(r interface{}) int {
	if r == nil {
		return -1
	}
	return r.(int)
}

func main() {
	func() {
		f := reflect.ValueOf(&T{1}).Method(0).Interface().(func())
		defer f()
		panic(1)
	}()
	func() {
		f := reflect.TypeOf(&T{}).Method(0).Func.Interface().(func(*T))
		defer f(&T{2})
		panic(2)
	}()
	func() {
		f := reflect.MakeFunc(reflect.TypeOf((func())(nil)), made).Interface().(func())
		defer f()
		panic(3)
	}()
	func() {
		defer func() { println("then recovered:", value(recover())) }()
		f2 := reflect.MakeFunc(reflect.TypeOf((func(func()))(nil)), caller).Interface().(func(func()))
		f3 := reflect.MakeFunc(reflect.TypeOf((func())(nil)), inner).Interface().(func())
		defer f2(f3)
		panic(4)
	}()
	func() {
		f := reflect.ValueOf(&T{5}).Method(0).Interface().(func())
		defer f() // run by the normal return: nothing to recover
	}()
}
