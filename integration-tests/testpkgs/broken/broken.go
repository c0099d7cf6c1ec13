// Package broken has a test file that does not compile.
package broken

// F is fine.
func F() int { return 1 }
