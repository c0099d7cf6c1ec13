package binary

// Maximum lengths of varint encodings.
const (
	MaxVarintLen16 = 3
	MaxVarintLen32 = 5
	MaxVarintLen64 = 10
)

// AppendUvarint appends the varint encoding of x (7 bits per byte, least significant
// group first, the high bit marking a continuation).
func AppendUvarint(buf []byte, x uint64) []byte {
	for x >= 0x80 {
		buf = append(buf, byte(x)|0x80)
		x >>= 7
	}
	return append(buf, byte(x))
}

// PutUvarint encodes x into buf (which must be large enough) and returns the length.
func PutUvarint(buf []byte, x uint64) int {
	i := 0
	for x >= 0x80 {
		buf[i] = byte(x) | 0x80
		x >>= 7
		i++
	}
	buf[i] = byte(x)
	return i + 1
}

// Uvarint decodes a varint from buf and returns it with the bytes read; n == 0 if buf
// is too short, n < 0 (minus the bytes read) if the value overflows 64 bits.
func Uvarint(buf []byte) (uint64, int) {
	var x uint64
	var s uint
	for i, b := range buf {
		if i == MaxVarintLen64 {
			return 0, -(i + 1) // overflow
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return 0, -(i + 1) // overflow
			}
			return x | uint64(b)<<s, i + 1
		}
		x |= uint64(b&0x7f) << s
		s += 7
	}
	return 0, 0
}

// AppendVarint appends the zig-zag varint encoding of x (sign in the lowest bit).
func AppendVarint(buf []byte, x int64) []byte {
	return AppendUvarint(buf, zigzag(x))
}

// PutVarint encodes x (zig-zag) into buf and returns the length.
func PutVarint(buf []byte, x int64) int {
	return PutUvarint(buf, zigzag(x))
}

// Varint decodes a zig-zag varint from buf, as Uvarint reports lengths.
func Varint(buf []byte) (int64, int) {
	ux, n := Uvarint(buf)
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x, n
}

func zigzag(x int64) uint64 {
	ux := uint64(x) << 1
	if x < 0 {
		ux = ^ux
	}
	return ux
}
