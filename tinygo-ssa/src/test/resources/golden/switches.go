package main

// An expression switch with fallthrough and a default in the middle.
func grade(n int) int {
	switch {
	case n > 90:
		return 1
	default:
		return 9
	case n > 50:
		n++
		fallthrough
	case n > 10:
		return 3
	}
}

func main() { println(grade(60)) }
