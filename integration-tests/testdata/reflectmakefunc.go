// targets: host wasi wasm cortex-m-qemu microbit
// reflect.MakeFunc: functions made at run time, called directly, through
// Value.Call and with variadic parameters.
package main

import (
	"fmt"
	"reflect"
)

func main() {
	swap := func(in []reflect.Value) []reflect.Value { return []reflect.Value{in[1], in[0]} }
	var intSwap func(int, int) (int, int)
	fn := reflect.ValueOf(&intSwap).Elem()
	fn.Set(reflect.MakeFunc(fn.Type(), swap))
	fmt.Println(intSwap(0, 1))
	var strSwap func(string, string) (string, string)
	sv := reflect.MakeFunc(reflect.TypeOf(strSwap), swap)
	strSwap = sv.Interface().(func(string, string) (string, string))
	fmt.Println(strSwap("a", "b"))
	fmt.Println(sv.Call([]reflect.Value{reflect.ValueOf("x"), reflect.ValueOf("y")})[1])
	add := reflect.MakeFunc(reflect.TypeOf(func(...int) int { return 0 }), func(in []reflect.Value) []reflect.Value {
		t := 0
		for i := 0; i < in[0].Len(); i++ {
			t += int(in[0].Index(i).Int())
		}
		return []reflect.Value{reflect.ValueOf(t)}
	}).Interface().(func(...int) int)
	fmt.Println(add(1, 2, 3, 4))
}
