// Non-constant shifts of untyped constants take the type the constant would have in
// their place (the spec's rule), also inside larger expressions: with a constant on
// the left of a binary operation (0 + 1<<s), in parentheses, under unary operators and
// as call arguments. On targets with a 32-bit int, typing such a constant as int
// truncates it (math.Expm1 computes 1 - 2^-k this way).
package main

import "math"

var k = 3

func u64(x uint64) uint64 { return x }

func i8(x int8) int8 { return x }

func main() {
	var a uint64 = 0x20000000000000 >> uint(k)
	var b uint64 = 0 + 0x20000000000000>>uint(k)
	var c uint64 = 1 + (0x20000000000000>>uint(k))*2
	var d uint64 = 0x3ff0000000000000 - (0x20000000000000 >> uint(k))
	var e uint64 = ^(0x100000000 << k)
	println(a, b, c, d, e)
	println(u64(1+1<<(32+k)), u64(0x3ff0000000000000-(0x20000000000000>>uint(k))))
	println(math.Float64frombits(0x3ff0000000000000 - (0x20000000000000 >> uint(k))))
	var f int64 = 5 * (1 << (40 + k))
	var g uint32 = 1 + 1<<(k+28)
	println(f, g, i8(1+1<<k), i8(-(1 << (k + 3))))
	var m = map[uint64]bool{2 + 1<<(k+40): true}
	for key := range m {
		println(key)
	}
	println(math.Expm1(2), math.Expm1(-3), math.Expm1(30))
}
