//go:build avr

package runtime

// Library routines that LLVM's AVR back end calls for multiplication wider than
// 16 bits (standard AVR calling convention). Shift-and-add: they must not multiply
// at their own width, or they would call themselves.

//export __mulsi3
func mulsi3(a, b uint32) uint32 {
	var r uint32
	for b != 0 {
		if b&1 != 0 {
			r += a
		}
		a <<= 1
		b >>= 1
	}
	return r
}

//export __muldi3
func muldi3(a, b uint64) uint64 {
	var r uint64
	for b != 0 {
		if b&1 != 0 {
			r += a
		}
		a <<= 1
		b >>= 1
	}
	return r
}

// libgccCmp is the result of the soft-float comparisons (builtins_softfloat_libgcc.go):
// LLVM's AVR back end reads 8 bits.
type libgccCmp = int8
