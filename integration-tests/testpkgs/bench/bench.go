// Package bench has benchmarks.
package bench

// Fib is the n-th Fibonacci number.
func Fib(n int) int {
	if n < 2 {
		return n
	}
	return Fib(n-1) + Fib(n-2)
}
