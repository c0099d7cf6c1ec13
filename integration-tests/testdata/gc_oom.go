// A single allocation larger than any heap (2^14 bytes on AVR, 2^29 on 32-bit chips,
// 2^45 on the host): Go's out-of-memory fatal error and exit code 2.
package main

import "unsafe"

var sink []byte

func main() {
	println("start")
	shift := [9]uint{2: 14, 4: 29, 8: 45}[unsafe.Sizeof(uintptr(0))]
	sink = make([]byte, 1<<shift)
	println("allocated", len(sink))
}
