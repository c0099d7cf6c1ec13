// targets: host wasi wasm cortex-m-qemu microbit
// (not arduino: goroutine stacks and a heap that never frees do not fit in its 2 KiB)

package main

// Every call form that defer and go accept: builtins, variadic calls with and
// without ..., f(g()), method values and expressions, interface methods, generic
// functions and function values. The function value and the arguments are evaluated
// at the statement; the call happens later.

type counter struct{ n int }

func (c counter) show(tag string) { println(tag, "value receiver", c.n) }
func (c *counter) bump(by ...int) {
	for _, b := range by {
		c.n += b
	}
	println("bump ->", c.n)
}

func (c *counter) report(a, b int) int { println("report", c.n, a, b); return a + b }

type shower interface{ show(tag string) }

func sum(tag string, xs ...int) {
	t := 0
	for _, x := range xs {
		t += x
	}
	println(tag, len(xs), t)
}

func pair() (string, int) { return "pair", 7 }

func two(s string, n int) { println("two", s, n) }

func ident[T any](tag string, v T) { println(tag, "generic"); _ = v }

func trace(s string) string { println("evaluated", s); return s }

func builtins() {
	c := make(chan int, 1)
	defer close(c)
	m := map[string]int{"a": 1, "b": 2}
	defer func() { println("after delete", len(m), m["b"]) }()
	defer delete(m, "a")
	dst := make([]int, 3)
	src := []int{1, 2, 3}
	defer func() { println("after copy", dst[0], dst[1], dst[2]) }()
	defer copy(dst, src)
	src = []int{7, 8, 9} // copy got the old slice
	defer print("print ", 1, " ", true, "\n")
	defer println("println", 25, "x")
	x := 1
	defer println("x was", x)
	x = 2
}

func variadics() {
	defer sum("none")
	defer sum("three", 1, 2, 3)
	s := []int{4, 5}
	defer sum("spread", s...)
	s[0] = 40 // the spread shares the slice, so this shows
	defer two(pair())
	defer ident("int", 3)
	defer ident[string]("string", "s")
}

func methods() {
	c := counter{n: 1}
	defer c.show("value") // c copied now: shows 1
	defer c.bump(10, 20)  // &c taken now
	defer c.bump()
	fv := c.show
	defer fv("method value")
	var i shower = c
	defer i.show("interface")
	defer (*counter).report(&c, 5, 6)
	defer counter.show(c, "expression")
	c.n = 100
}

func evaluationOrder() {
	f := func(a, b string) { println("called with", a, b) }
	defer f(trace("first"), trace("second"))
	f = func(a, b string) { println("not this one") }
	println("body runs")
}

func panics() (r string) {
	defer func() {
		r = "recovered: " + recover().(string)
	}()
	defer panic("second")
	panic("first")
}

func recovers() {
	defer func() {
		defer recover() // directly deferred by a deferred call: squelches the panic
	}()
	panic("quiet")
}

func goroutines() {
	done := make(chan bool)
	total := 0
	add := func(xs ...int) {
		for _, x := range xs {
			total += x
		}
		done <- true
	}
	go add(1, 2, 3)
	<-done
	xs := []int{10, 20}
	go add(xs...)
	<-done
	c := &counter{n: 5}
	go func() { c.bump(1); done <- true }()
	<-done
	ch := make(chan int, 1)
	ch <- 4
	go close(ch)
	for v := range ch {
		total += v
	}
	println("total", total)
}

func main() {
	builtins()
	variadics()
	methods()
	evaluationOrder()
	println(panics())
	recovers()
	goroutines()
	println("done")
}
