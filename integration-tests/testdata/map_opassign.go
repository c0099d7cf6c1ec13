// targets: host wasi wasm cortex-m-qemu microbit

// Compound assignments to map elements (m[k] op= v, m[k]++), which read and write
// the element through one map operation when v cannot change the map: missing keys
// read as zero, NaN keys add entries, -0 replaces +0 as the stored key, strings
// concatenate, and a division by zero panics before the key is inserted.
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	counts := map[string]int{}
	words := []string{"a", "b", "a", "c", "a", "b"}
	for _, w := range words {
		counts[w]++
	}
	n := 10
	counts["a"] += n
	counts["b"] -= n
	counts["c"] *= 7
	counts["d"] |= 6
	counts["d"] &^= 2
	counts["d"] ^= n
	counts["e"] <<= 3 // a missing key: 0 << 3
	counts["c"] <<= 2
	counts["c"] >>= 1
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, counts[k])
	}

	names := map[int]string{}
	for i := 0; i < 5; i++ {
		s := fmt.Sprint(i)
		names[i%2] += s
		names[i%2] += "-"
	}
	fmt.Println(names[0], names[1], len(names))

	f := map[float64]float64{}
	zero := 0.0
	f[zero] += 1.5
	f[-zero]++ // the same key; -0 is stored over +0
	for k, v := range f {
		fmt.Println(k, math.Signbit(k), v)
	}
	nan := math.NaN()
	f[nan]++
	f[nan] += 2
	fmt.Println(len(f))

	var shift uint = 2
	u := map[uint8]uint8{1: 200}
	u[1] += 100 // wraps
	u[2] -= 1
	u[1] <<= shift
	fmt.Println(u[1], u[2])

	div := map[string]int{"x": 8}
	d := 0
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		div["y"] /= d
	}()
	_, ok := div["y"]
	fmt.Println(div["x"], ok, len(div))
	div["x"] /= 2
	div["x"] %= 3
	fmt.Println(div["x"])

	c := map[complex128]complex128{}
	c[1i] += 2 + 3i
	c[1i] *= 1i
	fmt.Println(c[1i])

	var nilMap map[string]int
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nilMap["k"]++
	}()
}
