// One float64 multiply and its printing: what soft float costs a program on chips
// without an FPU (the multiply routine, and the additions, divisions and comparisons
// of the builtin float printer).
package main

//go:noinline
func scale(reading int) float64 {
	return float64(reading) * 0.1
}

func main() {
	println(scale(237))
}
