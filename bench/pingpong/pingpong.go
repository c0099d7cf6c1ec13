// Goroutine ping-pong: two goroutines pass a counter back and forth over unbuffered
// channels; every round trip is two blocking sends, two receives and two goroutine
// switches. Prints the round trips and the nanoseconds each took.
package main

import "time"

const rounds = 20000

func player(in, out chan int) {
	for {
		v := <-in
		out <- v + 1
	}
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go player(ping, pong)
	start := time.Now()
	v := 0
	for i := 0; i < rounds; i++ {
		ping <- v
		v = <-pong
	}
	ns := time.Since(start).Nanoseconds()
	println("round trips", v, "ns per round trip", ns/int64(rounds))
}
