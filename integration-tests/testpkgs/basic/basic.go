// Package basic is tested by basic_test.go (internal) and external_test.go.
package basic

// Sum adds its arguments.
func Sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func half(x int) int { return x / 2 }
