package main

// A closure capturing a local (which becomes a heap cell) and a function value call.
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	c := counter()
	c()
	println(c())
}
