// targets: host wasi wasm

// runtime.MemStats's arrays of pause times and size classes, which have gc's lengths
// where memory allows (not on the chips, whose MemStats leaves them out): there are no
// pause timings or size classes to report, so they stay zero.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println(len(m.PauseNs), len(m.PauseEnd), len(m.BySize))
	fmt.Println(m.NumGC > 0, m.EnableGC)
}
