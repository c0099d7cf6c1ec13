// targets: host wasi wasm cortex-m-qemu microbit

// Types reached only through reflect: a func type's parameters and results and a
// channel's elements. reflect makes values of them (Zero, New), and their methods
// must be there for interface assertions, as testing/quick's Generator check needs.
package main

import (
	"fmt"
	"math/rand"
	"reflect"
	"testing/quick"
)

type elem struct{ lo, hi uint8 }

func (elem) Generate(r *rand.Rand, size int) reflect.Value {
	return reflect.ValueOf(elem{lo: uint8(r.Intn(10)), hi: 7})
}

type label int

func (l label) String() string { return fmt.Sprintf("label#%d", int(l)) }

type result struct{ n int }

func (r result) String() string { return fmt.Sprint("result ", r.n) }

func main() {
	fmt.Println(quick.Check(func(e elem) bool { return e.hi == 7 && e.lo < 10 }, nil))

	ft := reflect.TypeOf(func(label, int) result { return result{} })
	for i := 0; i < ft.NumIn(); i++ {
		v := reflect.New(ft.In(i)).Elem()
		_, ok := v.Interface().(fmt.Stringer)
		fmt.Println("in", i, ft.In(i), ok, v.Interface())
	}
	out := reflect.Zero(ft.Out(0)).Interface()
	s, ok := out.(fmt.Stringer)
	fmt.Println("out", ok, s)

	ct := reflect.TypeOf(make(chan label))
	e := reflect.New(ct.Elem()).Elem()
	e.SetInt(3)
	fmt.Println(e.Interface())
}
