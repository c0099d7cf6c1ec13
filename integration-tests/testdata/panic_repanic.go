// A deferred call that recovers and panics again: Go prints the first panic as
// recovered, then the new one, and exits with status 2.
package main

func main() {
	defer println("main deferred")
	defer func() {
		r := recover()
		println("recovered", r.(string))
		panic(r)
	}()
	panic("first")
}
