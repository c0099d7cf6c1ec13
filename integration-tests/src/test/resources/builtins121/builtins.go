// The builtins min, max and clear of Go 1.21, which Go 1.19 does not have: the
// expected output is in NewBuiltinsTest, worked out from the Go 1.21 specification.
package main

import "math"

func ints(a, b, c int) (int, int) { return min(a, b, c), max(a, b, c) }

type pair struct {
	p *int
	n string
}

func main() {
	x, y, z := 7, -3, 12
	println(min(x, y), max(x, y), min(x, y, z), max(z, y, x), min(x, 5), max(1, x))
	a, b := ints(4, 4, -9)
	println(a, b)
	var u8 uint8 = 200
	println(min(u8, 100), max(u8, 255))
	s1, s2 := "banana", "apple"
	println(min(s1, s2), max(s1, s2, "cherry"), min(s1, "") == "")

	nan := math.NaN()
	one, zero := 1.0, 0.0
	negz := math.Copysign(0, -1)
	println(math.IsNaN(min(one, nan)), math.IsNaN(max(nan, one)), math.IsNaN(min(nan, one, zero)))
	println(min(one, 2.5) == 1, max(one, 2.5) == 2.5)
	println(math.Signbit(min(zero, negz)), math.Signbit(min(negz, zero)), math.Signbit(max(zero, negz)),
		math.Signbit(max(negz, zero)), math.Signbit(max(negz, negz)), math.Signbit(min(zero, zero)))
	var f32a, f32b float32 = 1.5, -2
	println(min(f32a, f32b) == -2, max(f32a, f32b) == 1.5)

	s := []int{1, 2, 3, 4}
	t := s[1:3]
	clear(t)
	println(s[0], s[1], s[2], s[3], len(t))
	ps := []pair{{&x, "a"}, {&y, "b"}}
	clear(ps)
	println(ps[0].p == nil, ps[1].n == "", len(ps))
	var none []string
	clear(none)
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	println(len(m), len(none))
}
