package main

// Integer division and shifts, where Go's rules differ from the machine's: division
// by zero panics, MinInt / -1 wraps, a shift by the width or more gives 0 or the sign.
func quo(a, b int32) int32 {
	return a / b
}

func rem(a, b int64) int64 {
	return a % b
}

func shl(x uint8, n uint) uint8 {
	return x << n
}

func sar(x int16, n uint) int16 {
	return x >> n
}

func avg(a, b float32) float32 {
	return (a + b) / 2
}

func main() {
	println(quo(7, 2), rem(-7, 3), shl(1, 9), sar(-8, 20), avg(1, 2))
}
