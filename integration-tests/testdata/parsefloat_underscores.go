// targets: host wasi wasm cortex-m-qemu microbit

// ParseFloat with underscores between digits, in the mantissa and the exponent, as
// Go literals allow them, and where they are not allowed (syntax errors).
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1e1_0", "1_000.5", "1_0e1_0", "0x1_0p1_0", "1__0", "_1", "1_", "1e_1", "1.5_5", "0_1.5", "1_000", "1e+1_0"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
}
