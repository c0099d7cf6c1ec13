// targets: host wasi wasm cortex-m-qemu microbit
// (not arduino: several goroutine stacks do not fit in its 2 KiB)

// Goroutines that block deep inside calls: through nested direct calls, recursion,
// function values, closures, method values, interface methods and deferred calls,
// with results passed back through every level; a panic recovered by a caller after
// the callee blocked; sync.WaitGroup and sync.Mutex around blocking work; select
// with time.After timeouts. On WebAssembly every such function is a coroutine.
package main

import (
	"sync"
	"time"
)

func recvTwice(c chan int) (int, int) {
	a := <-c
	b := <-c
	return a, b
}

func nested(c chan int, depth int) int {
	if depth == 0 {
		x, y := recvTwice(c)
		return x * y
	}
	return nested(c, depth-1) + depth
}

type source interface {
	next() (int, string)
}

type chanSource struct {
	c    chan int
	name string
}

func (s *chanSource) next() (int, string) {
	return <-s.c, s.name
}

type constSource int

func (k constSource) next() (int, string) {
	return int(k), "const"
}

func sum(src source, n int) (total int, names string) {
	for i := 0; i < n; i++ {
		v, name := src.next()
		total += v
		names += name[:1]
	}
	return
}

type big struct {
	a, b, c, d int64
	s          string
}

func makeBig(c chan string) big {
	s := <-c
	return big{1, 2, 3, 4, s}
}

func sendAll(c chan int, vs []int) {
	for _, v := range vs {
		c <- v
	}
}

func mayPanic(c chan int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			println("recovered after blocking:", e.(string))
			r = -1
		}
	}()
	v := <-c
	if v < 0 {
		panic("negative")
	}
	return v
}

func deferredSend(c chan int, v int) {
	defer func() { c <- v * 100 }()
	c <- v
}

type counter struct {
	mu sync.Mutex
	n  int
}

func (k *counter) add(d int) {
	k.mu.Lock()
	n := k.n
	time.Sleep(time.Millisecond)
	k.n = n + d
	k.mu.Unlock()
}

func main() {
	c := make(chan int)
	go sendAll(c, []int{6, 7})
	println("nested:", nested(c, 3))

	cs := &chanSource{make(chan int), "chan"}
	go sendAll(cs.c, []int{1, 2, 3})
	t, names := sum(cs, 3)
	println("interface:", t, names)
	t, names = sum(constSource(5), 2)
	println("interface (plain):", t, names)

	f := recvTwice
	go sendAll(c, []int{4, 5})
	a, b := f(c)
	println("func value:", a, b)

	m := cs.next
	go sendAll(cs.c, []int{9})
	v, name := m()
	println("method value:", v, name)

	sc := make(chan string)
	go func() { sc <- "big" }()
	bg := makeBig(sc)
	println("big result:", bg.a+bg.b+bg.c+bg.d, bg.s)

	go sendAll(c, []int{8, -1})
	println("mayPanic:", mayPanic(c))
	println("mayPanic:", mayPanic(c))

	go deferredSend(c, 3)
	println("deferred:", <-c, <-c)

	var wg sync.WaitGroup
	k := &counter{}
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func(d int) {
			defer wg.Done()
			k.add(d)
		}(i)
	}
	wg.Wait()
	println("mutex counter:", k.n)

	slow := make(chan int)
	go func() {
		time.Sleep(50 * time.Millisecond)
		slow <- 1
	}()
	for i := 0; i < 2; i++ {
		select {
		case v := <-slow:
			println("select: value", v)
		case <-time.After(20 * time.Millisecond):
			println("select: timeout")
		}
	}
	select {
	case v := <-slow:
		println("select: value", v)
	case <-time.After(time.Second):
		println("select: timeout")
	}

	done := make(chan bool)
	results := make(chan int, 10)
	var wg2 sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg2.Add(1)
		go func(w int) {
			defer wg2.Done()
			for j := 0; j < 3; j++ {
				results <- w*10 + j
				time.Sleep(time.Millisecond)
			}
		}(w)
	}
	go func() {
		wg2.Wait()
		close(results)
		done <- true
	}()
	<-done
	total := 0
	count := 0
	for r := range results {
		total += r
		count++
	}
	println("workers:", count, total)
}
