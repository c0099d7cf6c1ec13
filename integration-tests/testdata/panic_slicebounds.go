// An unrecovered run-time error runs the deferred calls of every frame and prints
// Go's message.
package main

func tail(s []byte, n int) []byte {
	defer println("tail deferred")
	return s[:n]
}

func main() {
	defer println("main deferred")
	s := make([]byte, 2, 3)
	println(len(tail(s, 3)))
	println(len(tail(s, 5)))
}
