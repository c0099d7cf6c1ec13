//go:build !linux || baremetal || wasm

// os/signal (Go's, from the GOROOT) on targets without signals: the microcontrollers,
// WebAssembly. Notify, Stop, Ignore and Reset only keep the record that Ignored
// reports; no signal ever arrives, so os/signal's loop goroutine blocks for good in
// signal_recv (and does not keep a deadlock from being reported).

package runtime

import _ "unsafe"

var signalIgnoredMask [3]uint32

//go:linkname signal_enable os/signal.signal_enable
func signal_enable(s uint32) {
	if s < 96 {
		signalIgnoredMask[s/32] &^= 1 << (s % 32)
	}
}

//go:linkname signal_disable os/signal.signal_disable
func signal_disable(s uint32) {}

//go:linkname signal_ignore os/signal.signal_ignore
func signal_ignore(s uint32) {
	if s < 96 {
		signalIgnoredMask[s/32] |= 1 << (s % 32)
	}
}

//go:linkname signal_ignored os/signal.signal_ignored
func signal_ignored(s uint32) bool {
	return s < 96 && signalIgnoredMask[s/32]&(1<<(s%32)) != 0
}

//go:linkname signal_recv os/signal.signal_recv
func signal_recv() uint32 {
	blockForever()
	return 0
}

//go:linkname signalWaitUntilIdle os/signal.signalWaitUntilIdle
func signalWaitUntilIdle() {}
