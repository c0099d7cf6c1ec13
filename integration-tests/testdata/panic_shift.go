// A negative shift count panics with Go's run-time error; recovered, it is a
// runtime.Error.
package main

import "runtime"

func shift(x, n int) (r int) {
	defer func() {
		if e, ok := recover().(runtime.Error); ok {
			println("recovered:", e.Error())
			r = -1
		}
	}()
	return x << n
}

func main() {
	println(shift(1, 4))
	println(shift(1, -1))
	n := -3
	println(1 >> n)
}
