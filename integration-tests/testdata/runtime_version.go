// targets: host wasi wasm cortex-m-qemu microbit arduino

// runtime.Version is the release of the GOROOT the program was compiled against (the
// first line of its VERSION file), as gc's linker records it: Debian's Go 1.19 here.
package main

import "runtime"

func main() {
	println(runtime.Version())
}
