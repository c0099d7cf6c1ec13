// targets: host wasi wasm cortex-m-qemu microbit

// testing.AllocsPerRun counts heap allocations per call.
package main

import (
	"fmt"
	"testing"
)

var sink []*[4]int

var total int

func main() {
	fmt.Println(testing.AllocsPerRun(10, func() {
		sink = append(sink[:0], new([4]int))
	}))
	fmt.Println(testing.AllocsPerRun(5, func() {
		total += 3
	}))
	fmt.Println(testing.AllocsPerRun(4, func() {
		a, b := new([4]int), new([4]int)
		sink = append(sink[:0], a, b)
	}))
	fmt.Println(total)
}
