// targets: host wasi wasm cortex-m-qemu microbit

// NaN keys: each m[NaN] = v adds an entry, which no lookup finds; many of them do not
// make insertion slow (each hashes differently). -0 and +0 are one key, in floats of
// both sizes and in complex numbers. Not on the Uno: fmt with floats outgrows its RAM.
package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[float64]int{}
	nan := math.NaN()
	for i := 0; i < 60; i++ {
		m[nan] = i
	}
	m[0] = 1
	m[math.Copysign(0, -1)] = 2
	m[1.5] = 3
	_, ok := m[nan]
	fmt.Println(len(m), ok, m[0], m[1.5])
	f := map[float32]string{}
	f[float32(math.NaN())] = "a"
	f[float32(math.NaN())] = "b"
	f[float32(math.Copysign(0, -1))] = "z"
	f[0] = "zz"
	fmt.Println(len(f), f[0])
	c := map[complex128]int{}
	c[complex(nan, 0)] = 1
	c[complex(nan, 0)] = 2
	c[complex(0, math.Copysign(0, -1))] = 3
	c[0] = 4
	fmt.Println(len(c), c[0])
	n := 0
	for k, v := range m {
		if k != k {
			n += v
		}
	}
	fmt.Println(n)
}
