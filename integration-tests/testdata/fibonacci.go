package main

// fib is the naive recursive definition: many calls, deep enough recursion.
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

// fibIter computes the same with a loop, in 64 bits so fib(90) fits on every target.
func fibIter(n int) int64 {
	var a, b int64 = 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func main() {
	for i := 0; i <= 20; i++ {
		println("fib", i, "=", fib(i))
	}
	println("fib 90 =", fibIter(90))
	var want int64 = 610
	if fib(15) == 610 && fibIter(15) == want {
		println("recursive and iterative agree")
	}
}
