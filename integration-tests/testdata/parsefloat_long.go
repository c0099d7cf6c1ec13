// targets: host wasi wasm cortex-m-qemu microbit

// ParseFloat of inputs longer than the 800 digits a decimal holds: the digits past
// them still count (a carry into a new leading digit, a tie broken by a nonzero digit
// 900 places after the point). Not on the Uno: a string of 900 bytes does not fit its
// heap.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	inputs := []string{
		"0.00009" + strings.Repeat("9", 810),
		"9007199254740993." + strings.Repeat("0", 900),
		"9007199254740993." + strings.Repeat("0", 900) + "1",
		"0." + strings.Repeat("0", 10) + "1" + strings.Repeat("0", 850) + "1",
		"1." + strings.Repeat("9", 820) + "e-5",
	}
	for _, s := range inputs {
		v, err := strconv.ParseFloat(s, 64)
		fmt.Println(len(s), v, err)
		v, err = strconv.ParseFloat(s, 32)
		fmt.Println(len(s), v, err)
	}
}
