// Integer division by zero panics with Go's run-time error after deferred calls.
package main

func div(a, b int) int {
	defer println("div deferred")
	return a / b
}

func main() {
	println(div(9, 3))
	println(div(9, 0))
}
