// targets: host wasi wasm cortex-m-qemu microbit netduinoplus2 arduino

// Floats live across a recovered panic: the caller keeps float32 and float64 values
// in registers across a call whose callee uses many floats of its own and panics deep
// inside; the recovering function returns normally, and the caller's values must be
// what they were (on a Cortex-M4F the checkpoint keeps s16-s31, which the panicking
// code overwrote without restoring them).
package main

import "math"

// churn keeps sixteen floats of its own live across calls (in the registers s16-s31,
// where the caller's floats were, which it saved on entry) and panics from one of
// those calls, so that its epilogue never restores them.
//
//go:noinline
func churn(n int, seed float32) float32 {
	a, b, c, d := seed, seed*2, seed+3, seed/5
	e, f, g, h := a+1, b-1, c*3, d/3
	i, j, k, l := e*e, f*f, g+h, h-g
	m, o, p, q := i/7, j/9, k*0.5, l*0.25
	for r := 0; r < 5; r++ {
		a, b, c, d = a*1.25-b/3, b*0.75+c, c-d*0.5, d/1.5+a
		e, f, g, h = e+a, f-b, g*1.5, h/1.25+e
		i, j, k, l = i-c, j+d, k*0.875, l+f
		m, o, p, q = m*1.125, o-g, p+h, q*0.5+i
		step(r, n)
	}
	return a + b + c + d + e + f + g + h + i + j + k + l + m + o + p + q
}

//go:noinline
func step(i, n int) {
	if i == n {
		panic("too deep")
	}
}

//go:noinline
func guarded(n int, seed float32) (r float32, ok bool) {
	defer func() {
		if e := recover(); e != nil {
			println("recovered:", e.(string))
			r = -1
		}
	}()
	return churn(n, seed), true
}

func main() {
	a := float32(1.5)
	b := float32(-0.375)
	c := float32(1e-3)
	x := 2.0 / 3
	sum := float32(0)
	for n := 0; n < 6; n++ {
		r, ok := guarded(n+2, a+b*float32(n))
		sum += r
		a = a*b + c
		b = b - c*a
		c = c * 1.5
		x = x*x + 0.25
		println("n", n, "ok", ok, "r", math.Float32bits(r), "a", math.Float32bits(a), "b", math.Float32bits(b), "c", math.Float32bits(c), "x", math.Float64bits(x))
	}
	println("sum", math.Float32bits(sum), sum)
}
