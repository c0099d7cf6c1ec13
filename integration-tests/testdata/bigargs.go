// targets: host wasi wasm cortex-m-qemu microbit

// Structs and arrays larger than a few words passed by value (which the back end
// passes as a pointer to the caller's copy): the callee gets its own copy, changes to
// it stay there, and every way of calling works (direct, method, method value,
// interface, closure, func value, go, defer, recursion). Not on the Uno: the recursion
// of large frames overflows its 512-byte main stack (reported by the stack checks).
package main

type Big struct {
	Name  string
	Vals  [8]int16
	Flags [5]bool
	Next  *Big
}

type Table [12]uint16

func sum(b Big) int32 {
	var s int32
	for _, v := range b.Vals {
		s += int32(v)
	}
	return s
}

func scribble(b Big) int32 {
	b.Vals[0] = 1000
	b.Name = "changed"
	return sum(b)
}

func (b Big) Describe(prefix string) string {
	return prefix + b.Name
}

func (b Big) Total() int32 { return sum(b) }

type Totaler interface{ Total() int32 }

func tableSum(t Table, scale uint16) uint16 {
	var s uint16
	for _, v := range t {
		s += v * scale
	}
	return s
}

func pair(a, b Big) (Big, Big) { return b, a }

func depth(b Big, n int) int32 {
	if n == 0 {
		return sum(b)
	}
	b.Vals[n%8]++
	return depth(b, n-1)
}

func main() {
	b := Big{Name: "big", Next: &Big{Name: "next"}}
	for i := range b.Vals {
		b.Vals[i] = int16(i * 3)
	}
	b.Flags[4] = true
	println("sum", sum(b))
	println("scribble", scribble(b), "after", b.Vals[0], b.Name)
	println("method", b.Describe("is "), b.Total())
	f := b.Describe
	b.Name = "later"
	println("method value", f("was "))
	g := Big.Describe
	println("method expr", g(b, "now "))
	var t Totaler = b
	b.Vals[1] = 500
	println("interface", t.Total(), b.Total())
	k := int32(7)
	closure := func(x Big) int32 { return sum(x) + k }
	println("closure", closure(b))
	var fv func(Big) int32 = scribble
	println("func value", fv(b), b.Vals[0])
	done := make(chan int32)
	go func(x Big) { done <- sum(x) + int32(len(x.Next.Name)) }(b)
	b.Vals[2] = -1
	println("goroutine", <-done)
	func() {
		defer func(x Big) { println("deferred", sum(x), x.Flags[4]) }(b)
		b.Vals[3] = 10000
	}()
	println("recursion", depth(b, 6), sum(b))
	var tab Table
	for i := range tab {
		tab[i] = uint16(i + 1)
	}
	println("array", tableSum(tab, 2))
	x, y := pair(b, *b.Next)
	println("pair", x.Name, y.Name)
}
