// Package strconv converts between strings and integers or booleans. Float
// conversion and quoting (which needs Unicode tables) are not provided yet.
package strconv

// IntSize is the size of an int in bits.
const IntSize = 32 << (^uint(0) >> 63)

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// FormatUint returns the digits of i in base 2 to 36, lower-case letters above 9.
func FormatUint(i uint64, base int) string {
	var buf [64]byte
	return string(formatBits(buf[:], i, base, false))
}

// FormatInt returns the digits of i in base 2 to 36, with a leading '-' if negative.
func FormatInt(i int64, base int) string {
	var buf [65]byte
	if i < 0 {
		return string(formatBits(buf[:], uint64(-i), base, true))
	}
	return string(formatBits(buf[:], uint64(i), base, false))
}

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string {
	return FormatInt(int64(i), 10)
}

// AppendInt appends the digits of i (as FormatInt writes them) to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	var buf [65]byte
	if i < 0 {
		return append(dst, formatBits(buf[:], uint64(-i), base, true)...)
	}
	return append(dst, formatBits(buf[:], uint64(i), base, false)...)
}

// AppendUint appends the digits of i (as FormatUint writes them) to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	var buf [64]byte
	return append(dst, formatBits(buf[:], i, base, false)...)
}

// formatBits writes the digits of u from the end of buf and returns them; the
// magnitude of a negative number arrives as its two's complement, which is exact.
func formatBits(buf []byte, u uint64, base int, neg bool) []byte {
	if base < 2 || base > len(digits) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	i := len(buf)
	b := uint64(base)
	if u < 1<<32 {
		// 32-bit arithmetic is cheaper on 8- and 32-bit chips
		v, bb := uint32(u), uint32(base)
		for v >= bb {
			i--
			q := v / bb
			buf[i] = digits[v-q*bb]
			v = q
		}
		i--
		buf[i] = digits[v]
	} else {
		for u >= b {
			i--
			q := u / b
			buf[i] = digits[u-q*b]
			u = q
		}
		i--
		buf[i] = digits[u]
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return buf[i:]
}

// FormatBool returns "true" or "false".
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends "true" or "false" to dst.
func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}
