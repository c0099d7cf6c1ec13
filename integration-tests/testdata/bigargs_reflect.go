// Large structs passed by value through reflect's Call and method values, which go
// through the call thunks made per signature.
// targets: host wasi wasm cortex-m-qemu microbit
package main

import (
	"encoding/base64"
	"fmt"
	"reflect"
)

type Big struct {
	Name string
	Vals [10]int64
}

func (b Big) Sum(scale int64) int64 {
	var s int64
	for _, v := range b.Vals {
		s += v * scale
	}
	return s
}

func describe(b Big, tag string) string {
	return fmt.Sprintf("%s:%s:%d", tag, b.Name, b.Vals[9])
}

func main() {
	b := Big{Name: "r"}
	for i := range b.Vals {
		b.Vals[i] = int64(i)
	}
	out := reflect.ValueOf(describe).Call([]reflect.Value{reflect.ValueOf(b), reflect.ValueOf("t")})
	fmt.Println(out[0].String())
	m := reflect.ValueOf(b).MethodByName("Sum")
	fmt.Println(m.Call([]reflect.Value{reflect.ValueOf(int64(3))})[0].Int())
	// encoding/base64's Encoding (330 bytes) has methods with a value receiver
	enc := base64.StdEncoding.WithPadding('*')
	fmt.Println(enc.EncodeToString([]byte("ab")))
	w := reflect.ValueOf(*base64.URLEncoding).MethodByName("Strict").Call(nil)[0].Interface().(*base64.Encoding)
	fmt.Println(w.EncodeToString([]byte{0xfb, 0xff}))
}
