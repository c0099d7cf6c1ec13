// Package-level interface variables initialised with zero values of concrete types
// (T{}, 0) keep their dynamic type; nil ones stay nil.
package main

type T struct{}

type U struct{ a, b int }

var e interface{} = T{}
var f interface{} = U{}
var g interface{} = 0
var h interface{}
var k error

func main() {
	_, ok1 := e.(T)
	u, ok2 := f.(U)
	n, ok3 := g.(int)
	println(ok1, ok2, u.a, ok3, n, h == nil, k == nil)
}
