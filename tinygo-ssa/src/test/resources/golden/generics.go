package main

// A generic function instantiated twice: one SSA function per type argument.
func Max[T int | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	println(Max(1, 2), Max("a", "b"))
}
