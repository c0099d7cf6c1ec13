//go:build baremetal

package runtime

// main is the C-ABI entry that the chip's start-up code calls once .data is
// copied and .bss cleared.
//
//export main
func main() {
	initOutput()
	run()
}
