package main

const limit = 6

func add(a, b int) int {
	return a + b
}

func square(x int) int {
	return x * x
}

// isEven and isOdd are mutually recursive across the call graph.
func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}
