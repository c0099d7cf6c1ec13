// targets: host cortex-m-qemu microbit arduino
// Soft float against the host's hardware: conversions between float32, float64 and
// integers of every width, over edge cases and a fixed-seed xorshift sample. Float to
// integer conversions use only values inside the integer's range (Go leaves the others
// to the implementation). One checksum line per conversion: the result bits (NaN as
// one value) mixed in order. Not on wasi: Chicory 1.7.5's f32.convert_i64_u rounds
// some values of 2^63 and more upward (0x8000008000000000 becomes 2^63+2^40).
package main

import "unsafe"

var state uint64 = 0x853c49e6748fea9b

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

var f64cell float64
var f32cell float32

// The bits through globals: math.Float64bits takes the address of its parameter, and
// a heap without a collector would run out.
func bits64(f float64) uint64 {
	f64cell = f
	return *(*uint64)(unsafe.Pointer(&f64cell))
}

func from64(b uint64) float64 {
	*(*uint64)(unsafe.Pointer(&f64cell)) = b
	return f64cell
}

func bits32(f float32) uint32 {
	f32cell = f
	return *(*uint32)(unsafe.Pointer(&f32cell))
}

func from32(b uint32) float32 {
	*(*uint32)(unsafe.Pointer(&f32cell)) = b
	return f32cell
}

type sum struct {
	h uint64
	n uint16
}

func (s *sum) add(x uint64) {
	s.n++
	s.h ^= x
	s.h = s.h<<13 | s.h>>51
	s.h += 0x9e3779b97f4a7c15
}

func (s *sum) f64(f float64) {
	b := bits64(f)
	if b&^(1<<63) > 0x7ff0000000000000 {
		b = 1
	}
	s.add(b)
}

func (s *sum) f32(f float32) {
	b := bits32(f)
	if b&^(1<<31) > 0x7f800000 {
		b = 1
	}
	s.add(uint64(b))
}

// Conversion i goes from kinds[from[i]] to kinds[to[i]] (the names printed; separate
// lists keep the strings few, which matters in the Uno's 2 KiB of RAM).
var kinds = [...]string{"f64", "f32", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"}

func name(i int) (string, string) {
	switch {
	case i < 2:
		return kinds[i], kinds[1-i]
	case i < 18:
		return kinds[(i-2)/8], kinds[2+(i-2)%8]
	}
	return kinds[2+(i-18)%8], kinds[(i-18)/8]
}

var sums [34]sum

//go:noinline
func fromFloat64(f float64) {
	sums[0].f32(float32(f))
	if f > -129 && f < 128 {
		sums[2].add(uint64(int8(f)))
	}
	if f > -32769 && f < 32768 {
		sums[3].add(uint64(int16(f)))
	}
	if f > -2147483649 && f < 2147483648 {
		sums[4].add(uint64(int32(f)))
	}
	if f >= -9223372036854775808 && f < 9223372036854775808 {
		sums[5].add(uint64(int64(f)))
	}
	if f > -1 && f < 256 {
		sums[6].add(uint64(uint8(f)))
	}
	if f > -1 && f < 65536 {
		sums[7].add(uint64(uint16(f)))
	}
	if f > -1 && f < 4294967296 {
		sums[8].add(uint64(uint32(f)))
	}
	if f > -1 && f < 18446744073709551616 {
		sums[9].add(uint64(f))
	}
}

//go:noinline
func fromFloat32(f float32) {
	sums[1].f64(float64(f))
	if f > -129 && f < 128 {
		sums[10].add(uint64(int8(f)))
	}
	if f > -32769 && f < 32768 {
		sums[11].add(uint64(int16(f)))
	}
	if f >= -2147483648 && f < 2147483648 {
		sums[12].add(uint64(int32(f)))
	}
	if f >= -9223372036854775808 && f < 9223372036854775808 {
		sums[13].add(uint64(int64(f)))
	}
	if f > -1 && f < 256 {
		sums[14].add(uint64(uint8(f)))
	}
	if f > -1 && f < 65536 {
		sums[15].add(uint64(uint16(f)))
	}
	if f > -1 && f < 4294967296 {
		sums[16].add(uint64(uint32(f)))
	}
	if f > -1 && f < 18446744073709551616 {
		sums[17].add(uint64(f))
	}
}

//go:noinline
func fromInt(x uint64) {
	sums[18].f64(float64(int8(x)))
	sums[19].f64(float64(int16(x)))
	sums[20].f64(float64(int32(x)))
	sums[21].f64(float64(int64(x)))
	sums[22].f64(float64(uint8(x)))
	sums[23].f64(float64(uint16(x)))
	sums[24].f64(float64(uint32(x)))
	sums[25].f64(float64(x))
	sums[26].f32(float32(int8(x)))
	sums[27].f32(float32(int16(x)))
	sums[28].f32(float32(int32(x)))
	sums[29].f32(float32(int64(x)))
	sums[30].f32(float32(uint8(x)))
	sums[31].f32(float32(uint16(x)))
	sums[32].f32(float32(uint32(x)))
	sums[33].f32(float32(x))
}

var edges64 = [...]uint64{
	0, 1 << 63, 1, 0x000fffffffffffff, 0x0010000000000000, 0x7fefffffffffffff, 0x7ff0000000000000,
	0xfff0000000000000, 0x7ff8000000000000, 0x7ff0000000000001, 0xfff4000000000001, 0x3ff0000000000000,
	0xbff0000000000000, 0x3fe0000000000000, 0xbfe0000000000000, 0x3fefffffffffffff, 0xbfefffffffffffff,
	0x3ff8000000000000, 0x405fc00000000000, 0xc060000000000000, 0x40dfffc000000000, 0xc0e0000000000000,
	0x41dfffffffc00000, 0xc1e0000000000000, 0x41efffffffe00000, 0x43dfffffffffffff, 0xc3e0000000000000,
	0x43efffffffffffff, 0x36a0000000000000, 0x3810000000000000, 0x380fffffffffffff, 0x47efffffe0000000,
	0x47efffffefffffff, 0x47effffff0000000, 0x3e7ffffff0000000, 0x3ff0000010000000, 0x3ff0000030000000,
	0x3690000000000000, 0x3680000000000001, 0x36a8000000000000,
}

var edgeInts = [...]uint64{
	0, 1, 1<<64 - 1, 1 << 63, 1<<63 - 1, 1 << 31, 1<<31 - 1, 1<<32 - 1, 1 << 24, 1<<24 + 1, 1<<24 + 3,
	1<<53 + 1, 1<<53 + 3, 1<<54 + 2, 0xffffff7fffffffff, 0xffffff8000000000, 0x7fffff8000000000,
	0x8000008000000001, 1<<64 - 1<<39, 0xfff, 0x1fffffff, 0x7fff, 0x8000, 0x80, 0x7f, 0xff, 0xffff,
}

func main() {
	for _, e := range edges64 {
		f := from64(e)
		fromFloat64(f)
		fromFloat64(-f)
		fromFloat32(float32(f))
		fromFloat32(-float32(f))
	}
	for _, x := range edgeInts {
		fromInt(x)
		fromInt(-x)
	}
	for i := 0; i < 1500; i++ {
		r := next()
		// doubles of every magnitude that integers and float32 can meet
		e := 0x380 + (r>>52)&0xff
		fromFloat64(from64(r&0x800fffffffffffff | e<<52))
		fromFloat32(from32(uint32(next() >> 32)))
		s := next()
		fromInt(s >> (s & 63))
		fromInt(s)
	}
	for i := range sums {
		from, to := name(i)
		println(from, "->", to, sums[i].h, sums[i].n)
	}
}
