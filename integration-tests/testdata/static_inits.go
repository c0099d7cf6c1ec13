// Package-level initialisers that the compiler evaluates at compile time (see
// docs/ARCHITECTURE.md, "Read-only data"): NaN, infinities and negative zero through
// folded variables, complex values, float32 rounding, conversions; variables that look
// foldable but are written (before their readers' initialisers run, or through a
// pointer or a pointer method) keep what Go's order of initialisation gives.
package main

import "math"

var (
	nan   = math.NaN()
	inf   = math.Inf(1)
	ninf  = math.Inf(-1)
	zero  = 0.0
	nzero = -zero
	one   = 1.0
	third = one / 3
	f32   = float32(one) / 3
	f64   = float64(f32)
	big   = 300
	i8    = int8(big)
	u16   = uint16(big * 1000)
	neg8  = ^int8(-big)
	fbig  = float32(big)
	bits  = math.Float64bits(nzero)
	pinf  = math.Float64frombits(0x7FF0000000000000)
	nz32  = math.Float32frombits(0x80000000)
	cs    = math.Copysign(inf, nzero)
	nsum  = inf + ninf
	nprod = zero * inf
	c1    = complex(nan, inf)
	c2    = complex(zero, -zero)
	c3    = c1 * complex(one, one)
	c4    = complex(one, 2) * complex(3, one)
	c5    = c4 - complex(inf, zero) + complex(zero, one)
	re    = real(c4)
	im    = imag(-c4)
	c64   = complex64(c4) * complex64(complex(third, 0))
	name  = "folded"
)

var table = []struct {
	x   float64
	z   complex128
	s   string
	neg bool
}{
	{nan, complex(zero, nzero), name, false},
	{-inf, complex(inf, ninf), "inf", true},
	{third, c4, name + "!", false},
	{nzero, -c2, "nzero", true},
}

var arr = [...]float32{f32, float32(third), -float32(zero), float32(inf)}

// written: before tests reads it, an earlier initialiser changes it
var w = 1.5
var _ = setW()
var rw = w * 2

func setW() int { w = 5; return 0 }

// through a pointer
var p = 2.0
var pp = &p
var _ = func() int { *pp = 7; return 0 }()
var rp = []float64{p + 1}

// through a pointer method
type F float64

func (f *F) Set(v float64) { *f = F(v) }

var fm F = 3
var _ = setFm()
var rfm = [1]F{fm * 2}

func setFm() int { fm.Set(4); return 0 }

// written in main only: readers see the initial value, main the new one
var later = math.Inf(-1)
var rlater = [2]float64{later, -later}

func main() {
	println(nan, inf, ninf, zero, nzero, one, third)
	println(math.Signbit(nzero), math.Signbit(zero), math.IsNaN(nan), bits, pinf, math.Signbit(float64(nz32)), cs)
	println(f32, f64, i8, u16, neg8, fbig, nsum, nprod)
	println(c1, c2, c3, c4, c5)
	println(re, im, real(c64), imag(c64))
	for i, t := range table {
		println(i, t.x, t.z, t.s, t.neg, math.Signbit(t.x), math.Signbit(real(t.z)), math.Signbit(imag(t.z)))
	}
	for _, f := range arr {
		println(f, math.Signbit(float64(f)))
	}
	println(w, rw, p, rp[0], fm, rfm[0])
	later = 42
	println(later, rlater[0], rlater[1])
	println(math.Float64bits(nan), math.Float64bits(third), math.Float32bits(f32), math.Float32bits(real(c64)),
		math.Float32bits(imag(c64)), math.Float32bits(arr[1]))
}
