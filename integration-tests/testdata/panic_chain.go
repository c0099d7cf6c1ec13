// A panic in a deferred call while panicking: the remaining deferred calls of every
// frame still run, and Go prints both panics.
package main

func f() {
	defer println("f deferred 1")
	defer func() {
		panic("b")
	}()
	defer println("f deferred 2")
	panic("a")
}

func main() {
	defer println("main deferred")
	f()
}
