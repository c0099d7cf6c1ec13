package main

// Deferred calls: newest first at every return, arguments and receivers evaluated at
// the defer statement, named results changed by deferred closures, defer in loops.

func trace(name string) func() {
	println("enter", name)
	return func() { println("leave", name) }
}

func named() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func unnamed() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

type T struct{ v int }

func (t *T) show(s string) { println(s, t.v) }

func loop() {
	for i := 0; i < 3; i++ {
		defer println("deferred", i)
	}
	println("loop body done")
}

func main() {
	defer println("main done")
	defer trace("main")()
	println(named(), unnamed())
	loop()
	t := &T{1}
	defer t.show("method")
	t.v = 2
	f := func(a, b int) { println("sum", a+b) }
	a := 1
	defer f(a, 10)
	a = 50
	println("end of main")
}
