// Soft float against the host's hardware: float32 +, -, *, /, the six comparisons and
// negation over a cross product of edge cases (zeros, subnormals, the largest and
// smallest normals, infinities, NaNs, values next to 1 and to powers of two) and a
// fixed-seed xorshift sample biased toward nearby exponents, subnormals and short
// mantissas. One checksum line per operation: the result bits (every NaN as one
// value, since which NaN comes back is not portable) mixed in order.
package main

import "unsafe"

var edges = [...]uint32{
	0, 1 << 31, 1, 1<<31 | 1, 0x007fffff, 0x00800000, 0x00400000, 0x7f7fffff,
	0xff7fffff, 0x7f800000, 0xff800000, 0x7fc00000, 0x7f800001, 0x3f800000,
	0xbf800000, 0x3f800001, 0x3f7fffff, 0x40000000, 0x3f000000, 0x4b800000,
	0x33800000, 0x7f000000, 0x01000000, 0x3dcccccd, 0x40490fdb, 0xc0490fdb,
	0x4f000000, 0x34000000, 0x00000003, 0x00ffffff, 0x7effffff, 0x5f800000,
}

var state uint64 = 0x2545f4914f6cdd1d

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

// operand is a random float32, often with a small exponent range so that operations
// interact (cancellation, carries, rounding ties), or subnormal, or with few bits set.
func operand() uint32 {
	r := uint32(next() >> 32)
	switch r >> 29 {
	case 0:
		return edges[next()&31]
	case 1, 2:
		return r&0x807fffff | uint32(0x78+next()&15)<<23
	case 3:
		return r & 0x80ffffff
	case 4:
		return r & 0xff80001f
	}
	return r
}

type sum struct{ h, nans uint32 }

func (s *sum) add(x uint32) {
	if x&^(1<<31) > 0x7f800000 {
		s.nans++
		x = 0x7fc00000
	}
	s.h ^= x
	s.h = s.h<<13 | s.h>>19
	s.h += 0x9e3779b9
}

func (s *sum) bool(b bool) {
	if b {
		s.add(1)
	} else {
		s.add(2)
	}
}

var sums [11]sum

// cell and bits convert between a float and its bits through a global: math.Float32bits
// takes the address of its parameter, and a heap without a collector would run out.
var cell float32

func bits(f float32) uint32 {
	cell = f
	return *(*uint32)(unsafe.Pointer(&cell))
}

func frombits(b uint32) float32 {
	*(*uint32)(unsafe.Pointer(&cell)) = b
	return cell
}

//go:noinline
func check(a, b float32) {
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
		println("float32", names[i], s.h, s.nans)
	}
}
