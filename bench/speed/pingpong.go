// Goroutine ping-pong: two goroutines pass a counter back and forth over unbuffered
// channels 50,000 times; prints the final value.
package main

import "fmt"

func main() {
	ping, pong := make(chan int), make(chan int)
	done := make(chan bool)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		done <- true
	}()
	v := 0
	for i := 0; i < 50000; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	<-done
	fmt.Println(v)
}
