// targets: host wasi wasm cortex-m-qemu microbit
// (Not on the Uno since panics and recover: its heap runs out; to be won back.)

// Channels: unbuffered and buffered, values of several types and sizes, comma-ok
// receives, close, len and cap, range, nil channels, channels of channels.
package main

type point struct {
	x, y int16
	name string
}

func produce(c chan<- int, n int) {
	for i := 0; i < n; i++ {
		c <- i * 3
	}
	close(c)
}

func relay(in <-chan string, out chan<- string) {
	for s := range in {
		out <- "<" + s + ">"
	}
	close(out)
}

func main() {
	c := make(chan int)
	go produce(c, 5)
	for v := range c {
		println("range", v)
	}
	v, ok := <-c
	println("closed", v, ok)

	b := make(chan int, 3)
	println(len(b), cap(b))
	b <- 1
	b <- 2
	println(len(b), cap(b))
	println(<-b)
	b <- 3
	b <- 4
	println(len(b), <-b, <-b, <-b, len(b))
	b <- 5
	close(b)
	x, ok1 := <-b
	y, ok2 := <-b
	println(x, ok1, y, ok2)

	// A buffered channel filled by a goroutine that blocks when it is full.
	f := make(chan int, 2)
	go produce(f, 6)
	sum := 0
	for v := range f {
		sum += v
	}
	println("sum", sum)

	in, out := make(chan string), make(chan string, 1)
	go relay(in, out)
	for _, s := range []string{"a", "bc", "def"} {
		in <- s
		println(<-out)
	}
	close(in)
	_, more := <-out
	println("more", more)

	pc := make(chan point, 1)
	pc <- point{3, -4, "p"}
	p := <-pc
	println(p.x, p.y, p.name)

	sc := make(chan struct{})
	go func() {
		sc <- struct{}{}
	}()
	<-sc
	println("empty struct")

	bc := make(chan [3]int64, 2)
	bc <- [3]int64{1, 2, 3}
	arr := <-bc
	println(arr[0], arr[1], arr[2])

	// A sender blocked on a full channel: its value comes after the buffered one.
	q := make(chan int, 1)
	done := make(chan bool)
	q <- 100
	go func() {
		q <- 1
		done <- true
	}()
	println("buffered first", <-q, <-q)
	<-done

	var nc chan int
	println(nc == nil, len(nc), cap(nc), c != nil)

	// Channels of channels.
	cc := make(chan chan int, 1)
	inner := make(chan int, 1)
	cc <- inner
	inner <- 42
	println("inner", <-<-cc)

	var assigned int
	assigned = <-inner2()
	println("assigned", assigned)
}

func inner2() chan int {
	c := make(chan int, 1)
	c <- 8
	return c
}
