// Soft float against the host's hardware: float64 +, -, *, /, the six comparisons and
// negation over a cross product of edge cases (zeros, subnormals, the largest and
// smallest normals, infinities, NaNs, values next to 1 and to powers of two) and a
// fixed-seed xorshift sample biased toward nearby exponents, subnormals and short
// mantissas. One checksum line per operation: the result bits (every NaN as one
// value, since which NaN comes back is not portable) mixed in order.
package main

import "unsafe"

var edges = [...]uint64{
	0, 1 << 63, 1, 1<<63 | 1, 0x000fffffffffffff, 0x0010000000000000, 0x0008000000000000,
	0x7fefffffffffffff, 0xffefffffffffffff, 0x7ff0000000000000, 0xfff0000000000000,
	0x7ff8000000000000, 0x7ff0000000000001, 0x3ff0000000000000, 0xbff0000000000000,
	0x3ff0000000000001, 0x3fefffffffffffff, 0x4000000000000000, 0x3fe0000000000000,
	0x4340000000000000, 0x3ca0000000000000, 0x7fe0000000000000, 0x0020000000000000,
	0x3fb999999999999a, 0x400921fb54442d18, 0xc00921fb54442d18, 0x43e0000000000000,
	0x41dfffffffc00000, 0x3cb0000000000000, 0x0000000000000003, 0x001fffffffffffff,
	0x7fdfffffffffffff,
}

var state uint64 = 0x9e3779b97f4a7c15

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

// operand is a random float64, often with a small exponent range so that operations
// interact (cancellation, carries, rounding ties), or subnormal, or with few bits set.
func operand() uint64 {
	r := next()
	switch r >> 61 {
	case 0:
		return edges[next()&31]
	case 1, 2:
		return r&0x800fffffffffffff | (0x3f0+next()&31)<<52
	case 3:
		return r & 0x801fffffffffffff
	case 4:
		return r & 0xfff00000000001ff
	}
	return r
}

type sum struct{ h, nans uint64 }

func (s *sum) add(x uint64) {
	if x&^(1<<63) > 0x7ff0000000000000 {
		s.nans++
		x = 0x7ff8000000000000
	}
	s.h ^= x
	s.h = s.h<<13 | s.h>>51
	s.h += 0x9e3779b97f4a7c15
}

func (s *sum) bool(b bool) {
	if b {
		s.add(1)
	} else {
		s.add(2)
	}
}

var sums [11]sum

// cell and bits convert between a float and its bits through a global: math.Float64bits
// takes the address of its parameter, and a heap without a collector would run out.
var cell float64

func bits(f float64) uint64 {
	cell = f
	return *(*uint64)(unsafe.Pointer(&cell))
}

func frombits(b uint64) float64 {
	*(*uint64)(unsafe.Pointer(&cell)) = b
	return cell
}

//go:noinline
func check(a, b float64) {
	sums[0].add(bits(a + b))
	sums[1].add(bits(a - b))
	sums[2].add(bits(a * b))
	sums[3].add(bits(a / b))
	sums[4].bool(a == b)
	sums[5].bool(a != b)
	sums[6].bool(a < b)
	sums[7].bool(a <= b)
	sums[8].bool(a > b)
	sums[9].bool(a >= b)
	sums[10].add(bits(-a))
}

func main() {
	for i := range edges {
		for j := range edges {
			a, b := edges[i], edges[j]
			check(frombits(a), frombits(b))
		}
	}
	for i := 0; i < 2000; i++ {
		check(frombits(operand()), frombits(operand()))
	}
	names := [...]string{"add", "sub", "mul", "div", "eq", "ne", "lt", "le", "gt", "ge", "neg"}
	for i, s := range sums {
		println("float64", names[i], s.h, s.nans)
	}
}
