// targets: host wasi wasm cortex-m-qemu microbit
// reflect calls: Value.Call and CallSlice on functions and closures, methods through
// Value.Method/MethodByName and Method.Func, with Go's argument checks.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Acc struct{ N int }

func (a Acc) Get() int                    { return a.N }
func (a *Acc) Add(k int) int              { a.N += k; return a.N }
func (a Acc) Pair(s string) (string, int) { return strings.Repeat(s, a.N), a.N }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	f := reflect.ValueOf(strings.TrimSpace)
	fmt.Println(f.Call([]reflect.Value{reflect.ValueOf("  abc ")})[0])
	s := reflect.ValueOf(sum)
	fmt.Println(s.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2), reflect.ValueOf(3)})[0].Int())
	fmt.Println(s.CallSlice([]reflect.Value{reflect.ValueOf([]int{4, 5})})[0].Int())
	k := 10
	clo := func(a int, b string) (string, error) { return fmt.Sprint(a+k, b), nil }
	out := reflect.ValueOf(clo).Call([]reflect.Value{reflect.ValueOf(5), reflect.ValueOf("x")})
	fmt.Println(len(out), out[0], out[1].IsNil())
	a := &Acc{N: 2}
	av := reflect.ValueOf(a)
	fmt.Println(av.MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(3)})[0].Int(), a.N)
	fmt.Println(av.MethodByName("Get").Call(nil)[0].Int(), av.NumMethod(), av.Elem().NumMethod())
	r := reflect.ValueOf(*a).MethodByName("Pair").Call([]reflect.Value{reflect.ValueOf("ab")})
	fmt.Println(r[0], r[1])
	m, _ := reflect.TypeOf(a).MethodByName("Add")
	fmt.Println(m.Func.Call([]reflect.Value{av, reflect.ValueOf(1)})[0], m.Type)
	fmt.Println(reflect.ValueOf(a).Method(0).Type())
	get := av.MethodByName("Get").Interface().(func() int)
	a.N = 40
	fmt.Println(get(), reflect.TypeOf(Acc{}).Method(0).Func.Interface().(func(Acc) int)(Acc{7}))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s.Call([]reflect.Value{reflect.ValueOf("no")})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		f.Call(nil)
	}()
}
