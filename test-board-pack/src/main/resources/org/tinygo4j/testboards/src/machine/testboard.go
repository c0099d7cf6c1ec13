//go:build testboard

// Package machine describes the test board: a Cortex-M3 under qemu with nothing
// attached, which exists only to exercise board packs.
package machine

// BoardName is the name of the board this package was built for.
const BoardName = "test-qemu-m3"
