// targets: host wasi wasm cortex-m-qemu microbit
// A small use of reflect, without fmt, that fits a chip with 2 KiB of RAM: kinds,
// struct fields, settable values and DeepEqual.
package main

import "reflect"

type pair struct {
	A int16
	B uint8
}

func main() {
	p := pair{1, 2}
	v := reflect.ValueOf(&p).Elem()
	t := v.Type()
	println(t.Name(), t.Kind().String(), t.NumField(), t.Field(1).Name, t.Field(1).Type.Kind().String())
	v.Field(0).SetInt(-300)
	v.Field(1).SetUint(200)
	println(p.A, p.B, v.Field(0).Int(), v.Field(1).CanSet())
	println(reflect.DeepEqual(p, pair{-300, 200}), reflect.DeepEqual(p, pair{}))
	defer func() {
		println("recovered:", recover().(error).Error())
	}()
	v.Field(0).Uint()
}
