package main

// A package of several files: main uses functions, constants and a variable declared
// in the other files of the same directory.

func main() {
	println(banner)
	total := 0
	for i := 1; i <= limit; i++ {
		total = add(total, square(i))
	}
	println("sum of squares up to", limit, "=", total)
	tick()
	tick()
	println("ticks =", ticks)
	println("even 10:", isEven(10), "odd 7:", !isEven(7))
}
