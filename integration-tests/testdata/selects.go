// targets: host wasi wasm cortex-m-qemu microbit
// (not arduino: goroutine stacks and a heap that never frees do not fit in its 2 KiB)

// select: send and receive cases, assignments of the received value and ok, default,
// a select that blocks until another goroutine acts, nil channels that never proceed,
// break inside a case, and select in a loop multiplexing two producers. Only one case
// is ever ready where the program depends on which, so Go's random choice among
// ready cases cannot change the output.
package main

func count(c chan<- int, from, n int) {
	for i := 0; i < n; i++ {
		c <- from + i
	}
	close(c)
}

func main() {
	a := make(chan int, 1)
	b := make(chan string, 1)

	select {
	case v := <-a:
		println("a", v)
	default:
		println("nothing ready")
	}

	b <- "hello"
	select {
	case v := <-a:
		println("a", v)
	case s, ok := <-b:
		println("b", s, ok)
	}

	select {
	case a <- 5:
		println("sent 5")
	case s := <-b:
		println("b again", s)
	}
	select {
	case a <- 6:
		println("sent 6")
	default:
		println("a is full")
	}
	println("a holds", <-a)

	// A blocking select woken by a goroutine.
	done := make(chan bool)
	go func() {
		b <- "from goroutine"
		done <- true
	}()
	var got string
	select {
	case got = <-b:
	case <-a:
		println("unexpected")
	}
	<-done
	println("got", got)

	// A blocking select whose send case proceeds when a receiver comes.
	u := make(chan int)
	go func() {
		println("received", <-u)
		done <- true
	}()
	select {
	case u <- 77:
		println("sent to receiver")
	case v := <-a:
		println("unexpected", v)
	}
	<-done

	// Nil channels are never ready.
	var nilc chan int
	select {
	case nilc <- 1:
		println("unexpected send")
	case <-nilc:
		println("unexpected receive")
	default:
		println("nil channels blocked")
	}

	// Closed channels are always ready to receive.
	cl := make(chan int)
	close(cl)
	select {
	case v, ok := <-cl:
		println("closed", v, ok)
	}

	// Multiplexing two producers until both are closed.
	x := make(chan int)
	y := make(chan int)
	go count(x, 100, 3)
	go count(y, 200, 4)
	sum, n := 0, 0
	for x != nil || y != nil {
		select {
		case v, ok := <-x:
			if !ok {
				x = nil
				break
			}
			sum += v
			n++
		case v, ok := <-y:
			if !ok {
				y = nil
				break
			}
			sum += v
			n++
		}
	}
	println("multiplexed", n, sum)

	// A loop around select with a labelled break.
	t := make(chan int, 3)
	t <- 1
	t <- 2
	t <- 3
	close(t)
	total := 0
loop:
	for {
		select {
		case v, ok := <-t:
			if !ok {
				break loop
			}
			total += v
		}
	}
	println("total", total)
}
