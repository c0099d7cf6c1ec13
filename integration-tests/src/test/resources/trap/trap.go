package main

// Run with -panic=trap: the line before the index error is printed, and then the
// program stops at the trap, with neither Go's message nor the deferred call.
var xs []int

func main() {
	defer println("deferred")
	i := 3
	println("before")
	println(xs[i])
	println("after")
}
