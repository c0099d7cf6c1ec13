package main

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(a, b string) (string, string) {
	return b, a
}

func minmax(x, y, z int64) (int64, int64, bool) {
	lo, hi := x, x
	if y < lo {
		lo = y
	}
	if z < lo {
		lo = z
	}
	if y > hi {
		hi = y
	}
	if z > hi {
		hi = z
	}
	return lo, hi, lo != hi
}

// pass forwards the results of one call as the results of another.
func pass(a, b int) (int, int) {
	return divmod(a, b)
}

func main() {
	q, r := divmod(17, 5)
	println("17 divmod 5 =", q, r)
	a, b := swap("left", "right")
	println(a, b)
	lo, hi, differ := minmax(-3, 42, 7)
	println("min", lo, "max", hi, "differ", differ)
	_, rem := divmod(100, 7)
	println("100 % 7 =", rem)
	x, y := pass(-9, 4)
	println("pass -9 4 =", x, y)
	x, y = y, x
	println("swapped", x, y)
	var s, t = swap("a", "b")
	println(s, t)
}
