// targets: host
// timeout: 60
// 100,000 goroutines blocked at once, each on a channel of its own, then released one
// by one; each sends back a value computed from what it received. Every goroutine's
// stack exists at the same time, so they must be cheap when shallow.
package main

const n = 100000

func main() {
	in := make([]chan int, n)
	out := make(chan int, 64)
	for i := range in {
		in[i] = make(chan int)
		go func(c chan int, id int) {
			v := <-c
			out <- v*3 + id%7
		}(in[i], i)
	}
	println("started", n)
	sum := 0
	count := 0
	go func() {
		for i := n - 1; i >= 0; i-- {
			in[i] <- i
		}
	}()
	for count < n {
		sum += <-out
		count++
	}
	println("received", count, "checksum", sum)
}
