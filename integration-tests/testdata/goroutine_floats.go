// targets: host wasi wasm cortex-m-qemu microbit netduinoplus2

// Floats across goroutine switches: each goroutine keeps several float32 and float64
// accumulators live across runtime.Gosched (on a Cortex-M4F the float32 ones sit in
// the callee-saved FPU registers s16-s31, which a switch must keep per goroutine), and
// the main goroutine keeps its own across channel receives. The checksums are the
// results' bits, so any lost register shows; the order of output is fixed by channels.
package main

import (
	"math"
	"runtime"
)

type result struct {
	id     int
	f32    uint32
	f64    uint64
	mixed  uint32
	rounds int
}

func worker(id int, rounds int, out chan result) {
	a := float32(id) + 0.5
	b := float32(1) / float32(id+3)
	c := float32(id*id) * 0.25
	d := float32(-1.75)
	x := float64(id) / 7
	y := 1e-3 * float64(id+1)
	for i := 0; i < rounds; i++ {
		a = a*1.0009765625 + b
		b = b - a/1024
		c = c/1.5 + float32(i)
		d = d*d/(d+3) - 0.125
		x = x*1.0001 + y
		y = y/3 + x/1e6
		runtime.Gosched()
	}
	m := a*b - c/(d+1)
	out <- result{id, math.Float32bits(a) ^ math.Float32bits(b)<<1 ^ math.Float32bits(c)<<2 ^ math.Float32bits(d)<<3,
		math.Float64bits(x) ^ math.Float64bits(y)<<1, math.Float32bits(m), rounds}
}

func main() {
	const n = 4
	outs := make([]chan result, n)
	for i := range outs {
		outs[i] = make(chan result, 1)
		go worker(i+1, 40+i*7, outs[i])
	}
	// the main goroutine's own floats, live across every receive
	p := float32(3.25)
	q := float32(0.1)
	r := 2.5
	for i, ch := range outs {
		res := <-ch
		p = p*q + float32(res.rounds)
		q = q/2 + 0.03125
		r = r*1.5 - float64(i)
		println("worker", res.id, "rounds", res.rounds, "f32", res.f32, "f64", res.f64, "mixed", res.mixed)
	}
	println("main", math.Float32bits(p), math.Float32bits(q), math.Float64bits(r))
	println(p, q, r)
}
