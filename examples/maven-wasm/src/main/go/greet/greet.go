// Package greet holds the example's library code; greet_test.go is run by the
// plugin's test goal.
package greet

import "strings"

// Hello greets name in upper case.
func Hello(name string) string {
	return "hello, " + strings.ToUpper(name) + "!"
}

// Squares returns the squares of 1..n.
func Squares(n int) []int {
	s := make([]int, 0, n)
	for i := 1; i <= n; i++ {
		s = append(s, i*i)
	}
	return s
}
