// A failed type assertion between two distinct types of the same name from one
// package (local types of different functions, a local and a package-level type)
// says "types from different scopes", as gc's does.
package main

type T struct{}

var x interface{}

func local() {
	type T struct{}
	x = T{}
}

func try(f func()) {
	defer func() {
		println(recover().(error).Error())
	}()
	f()
}

func main() {
	local()
	try(func() { _ = x.(T) })
	try(func() {
		type T struct{}
		_ = x.(T)
	})
	x = T{}
	try(func() {
		type T struct{}
		_ = x.(T)
	})
	x = 1
	try(func() { _ = x.(T) })
}
