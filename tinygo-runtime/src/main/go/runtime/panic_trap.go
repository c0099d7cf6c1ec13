//go:build panic.trap

package runtime

import _ "unsafe"

// With -panic=trap every panic and run-time error executes the target's trap
// instruction (ud2 on x86-64, udf on ARM, unreachable on wasm, break on AVR's
// emulators): no message is printed and no deferred call runs, so programs carry
// neither the messages nor the unwinder.
func panicTrap() {
	trap()
}

//go:linkname trap llvm.trap
func trap()
