//go:build arm && !avr

package runtime

// The reserve on Cortex-M and RISC-V (GOARCH arm too), whose goroutine stacks are 2
// or 4 KiB by default.
const stackReserve = 256

// goroutineStackReserve is the reserve of a goroutine's stack: the same.
const goroutineStackReserve = stackReserve
