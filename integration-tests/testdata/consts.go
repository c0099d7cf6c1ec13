package main

const (
	Sunday = iota
	Monday
	Tuesday
	Wednesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
)

const (
	a, b = iota * 10, iota + 100
	c, d
	e, f
)

const greeting = "hello, " + "consts"
const big = 1 << 40
const small = big >> 38
const typed int8 = -5
const truth = 3 > 2 && !(1 == 2)

func main() {
	println("weekdays", Sunday, Monday, Tuesday, Wednesday)
	println("KB", KB, "MB", MB)
	println("pairs", a, b, c, d, e, f)
	println(greeting)
	var kilo int64 = big / 1024
	println("big>>38 =", small, "big/1024 =", kilo)
	println("typed", typed, "truth", truth)
	const local = iota
	println("local iota", local)
	var x uint8 = 250
	x += small * 2
	println("250 + 8 as uint8 =", x)
}
