// targets: host wasi wasm cortex-m-qemu microbit
// (Not on the Uno since panics and recover: the run-time error messages take the RAM
// its heap needed; to be won back.)
// The smallest use of fmt, which must fit the Arduino Uno (32 KiB flash, 2 KiB RAM).
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	fmt.Println("hello", 42, true)
	fmt.Printf("%d-%s|%5x|\n", 7, "go", 255)
	fmt.Println(Point{1, 2})
}
