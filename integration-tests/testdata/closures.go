package main

// Closures and function values: captured variables shared between closures and
// their makers, declared functions as values, multi-result values, nil values.

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(f func(int, int) int, a, b int) int { return f(a, b) }

func add(a, b int) int { return a + b }

func divmod(a, b int) (int, int) { return a / b, a % b }

func main() {
	c := counter()
	c()
	c()
	println(c())
	d := counter()
	println(d(), c())
	println(apply(add, 3, 4), apply(func(x, y int) int { return x * y }, 3, 4))
	total := 0
	for i := 0; i < 5; i++ {
		func() { total += i }()
	}
	println(total)
	var f func() int
	println(f == nil, c != nil)
	g := divmod
	q, r := g(17, 5)
	println(q, r)
	outer := 10
	h := func() func() int { return func() int { outer++; return outer } }()
	h()
	println(h(), outer)
	var fs [3]func() int
	for i := range fs {
		j := i
		fs[i] = func() int { return j * j }
	}
	println(fs[0](), fs[1](), fs[2]())
	f()
}
