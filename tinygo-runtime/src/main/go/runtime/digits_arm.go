//go:build arm

package runtime

// On ARM the digit loops read the powers of ten out of line: with the table's entries
// in sight, LLVM unrolls decimal32 ten times even at -Oz (564 bytes of Thumb code
// instead of 174). Elsewhere (digits_other.go) the unrolled loops came out smaller.
//
//go:noinline
func pow10of32(k int) uint32 {
	return pow10u32[k]
}

//go:noinline
func pow10of64(k int) uint64 {
	return pow10u64[k]
}
