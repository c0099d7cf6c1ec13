// Channels within one goroutine (so every target runs it, also those without a
// scheduler): buffered sends and receives, select with default, close, receives from
// a closed channel, and Go's panic for a send on a closed channel.
package main

func main() {
	c := make(chan int, 2)
	c <- 10
	c <- 20
	select {
	case c <- 30:
		println("unexpected")
	default:
		println("full", len(c), cap(c))
	}
	println(<-c)
	close(c)
	v, ok := <-c
	println(v, ok)
	v, ok = <-c
	println(v, ok)
	for range c {
		println("unexpected")
	}
	var s []int
	for i := 0; i < 3; i++ {
		select {
		case v := <-c:
			s = append(s, v)
		default:
			println("unexpected default")
		}
	}
	println(len(s))
	println("sending on closed channel")
	c <- 1
	println("unreachable")
}
