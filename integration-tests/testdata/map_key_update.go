// targets: host wasi wasm cortex-m-qemu microbit

// Assigning to a map entry stores the key again, as gc does: an equal key need not
// have the same bits (-0 and +0). Not on the Uno: fmt with floats and maps outgrows
// its RAM.
package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[float64]int{}
	m[0.0] = 1
	m[math.Copysign(0, -1)] = 2
	for k, v := range m {
		fmt.Println(k, v, math.Signbit(k))
	}
	type K struct{ f float64 }
	n := map[K]int{{0}: 1}
	n[K{math.Copysign(0, -1)}]++
	for k, v := range n {
		fmt.Println(k, v, math.Signbit(k.f))
	}
	var i interface{} = 0.0
	o := map[interface{}]string{i: "a"}
	o[math.Copysign(0, -1)] = "b"
	for k, v := range o {
		fmt.Println(k, v, math.Signbit(k.(float64)))
	}
}
