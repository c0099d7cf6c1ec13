// Float throughput: each float operation runs n times over a table of 16 operand
// pairs (normal numbers of mixed signs and magnitudes), summed into a checksum so
// that no operation can be dropped. The same loop with the operation left out is
// timed first and subtracted, so each figure is the cost of the operation alone.
// Prints one line per operation: name, nanoseconds per operation (rounded down),
// checksum. The checksums must equal Go 1.19's on the host.
package main

import (
	"math"
	"time"
)

const n = 4096

var (
	a64, b64 [16]float64
	c64      [16]float64 // a64 scaled into int32's range
	a32, b32 [16]float32
	ints     [16]int32
)

// fill makes the operands with a fixed linear congruential generator.
func fill() {
	x := uint32(12345)
	next := func() uint32 {
		x = x*1664525 + 1013904223
		return x
	}
	for i := range a64 {
		m := float64(next()>>8) / float64(1<<24)
		e := int(next()%40) - 20
		a64[i] = math.Ldexp(1+m, e)
		if next()&1 == 0 {
			a64[i] = -a64[i]
		}
		b64[i] = math.Ldexp(1+float64(next()>>8)/float64(1<<24), int(next()%40)-20)
		c64[i] = a64[i] * 1e6
		a32[i] = float32(a64[i])
		b32[i] = float32(b64[i])
		ints[i] = int32(next())
	}
}

func base64() uint64 {
	var s uint64
	for i := 0; i < n; i++ {
		s += math.Float64bits(a64[i&15]) + math.Float64bits(b64[(i+5)&15])
	}
	return s
}

func add64() uint64 {
	var s uint64
	for i := 0; i < n; i++ {
		s += math.Float64bits(a64[i&15] + b64[(i+5)&15])
	}
	return s
}

func mul64() uint64 {
	var s uint64
	for i := 0; i < n; i++ {
		s += math.Float64bits(a64[i&15] * b64[(i+5)&15])
	}
	return s
}

func div64() uint64 {
	var s uint64
	for i := 0; i < n; i++ {
		s += math.Float64bits(a64[i&15] / b64[(i+5)&15])
	}
	return s
}

func cmp64() uint64 {
	var s uint64
	for i := 0; i < n; i++ {
		if a64[i&15] < b64[(i+5)&15] {
			s += math.Float64bits(a64[i&15])
		} else {
			s += math.Float64bits(b64[(i+5)&15])
		}
	}
	return s
}

func itof64() uint64 {
	var s uint64
	for i := 0; i < n; i++ {
		s += math.Float64bits(float64(ints[i&15])) + math.Float64bits(b64[(i+5)&15])
	}
	return s
}

func ftoi64() uint64 {
	var s uint64
	for i := 0; i < n; i++ {
		s += uint64(int32(c64[i&15])) + math.Float64bits(b64[(i+5)&15])
	}
	return s
}

func base32() uint32 {
	var s uint32
	for i := 0; i < n; i++ {
		s += math.Float32bits(a32[i&15]) + math.Float32bits(b32[(i+5)&15])
	}
	return s
}

func add32() uint32 {
	var s uint32
	for i := 0; i < n; i++ {
		s += math.Float32bits(a32[i&15] + b32[(i+5)&15])
	}
	return s
}

func mul32() uint32 {
	var s uint32
	for i := 0; i < n; i++ {
		s += math.Float32bits(a32[i&15] * b32[(i+5)&15])
	}
	return s
}

func div32() uint32 {
	var s uint32
	for i := 0; i < n; i++ {
		s += math.Float32bits(a32[i&15] / b32[(i+5)&15])
	}
	return s
}

// measure runs f and returns its checksum and the nanoseconds it took.
func measure64(f func() uint64) (uint64, int64) {
	start := time.Now()
	s := f()
	return s, time.Since(start).Nanoseconds()
}

func measure32(f func() uint32) (uint64, int64) {
	start := time.Now()
	s := f()
	return uint64(s), time.Since(start).Nanoseconds()
}

func report(name string, sum uint64, ns, base int64) {
	per := (ns - base) / n
	if per < 0 {
		per = 0
	}
	println(name, per, sum)
}

func main() {
	fill()
	_, b64ns := measure64(base64)
	_, b32ns := measure32(base32)
	s, t := measure64(add64)
	report("add64", s, t, b64ns)
	s, t = measure64(mul64)
	report("mul64", s, t, b64ns)
	s, t = measure64(div64)
	report("div64", s, t, b64ns)
	s, t = measure64(cmp64)
	report("cmp64", s, t, b64ns)
	s, t = measure64(itof64)
	report("itof64", s, t, b64ns)
	s, t = measure64(ftoi64)
	report("ftoi64", s, t, b64ns)
	s, t = measure32(add32)
	report("add32", s, t, b32ns)
	s, t = measure32(mul32)
	report("mul32", s, t, b32ns)
	s, t = measure32(div32)
	report("div32", s, t, b32ns)
}
