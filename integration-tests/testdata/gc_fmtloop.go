// targets: host wasi wasm cortex-m-qemu microbit arduino
// A long-running loop that formats with fmt far more often than a heap that never
// frees would allow on any chip.
package main

import "fmt"

func main() {
	for i := 0; i < 2000; i++ {
		s := fmt.Sprint("tick ", i, " ", i*7)
		if i%200 == 0 {
			fmt.Println(s)
		}
	}
	fmt.Println("done")
}
