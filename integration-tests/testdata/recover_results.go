// A function that recovers returns its named results as they were when it panicked:
// set whole, element by element, and through a pointer that does not escape.
package main

var sink *[3]byte

func whole() (x int) {
	x = 7
	defer func() { recover() }()
	panic(nil)
}

func elements() (x [3]byte) {
	for i := range x {
		x[i] = byte(i + 1)
	}
	defer func() { recover() }()
	panic("boom")
}

type pair struct{ a, b int }

func fields() (p pair, n int) {
	p.b = 4
	n = 2
	defer func() { recover() }()
	var m map[int]int
	m[0] = 1
	return
}

func escaped() (x [3]byte) {
	x[1] = 9
	sink = &x
	sink = nil
	defer func() { recover() }()
	panic(nil)
}

func changed() (x int) {
	defer func() {
		recover()
		x *= 10
	}()
	x = 5
	panic(nil)
}

func main() {
	p, n := fields()
	println(whole(), elements()[2], p.a, p.b, n, escaped()[1], changed())
}
