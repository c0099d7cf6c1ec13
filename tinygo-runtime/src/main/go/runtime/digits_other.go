//go:build !arm

package runtime

// pow10of32 and pow10of64 are the tables' entries (digits_arm.go says why ARM reads
// them out of line).
func pow10of32(k int) uint32 {
	return pow10u32[k]
}

func pow10of64(k int) uint64 {
	return pow10u64[k]
}
