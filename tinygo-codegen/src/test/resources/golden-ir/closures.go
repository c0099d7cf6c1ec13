package main

// A closure capturing a local (which moves to the heap) and calls of a function value.
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(f func(int) int, x int) int {
	return f(x)
}

func main() {
	c := counter()
	c()
	k := 3
	println(c(), apply(func(x int) int { return x * k }, 5))
}
