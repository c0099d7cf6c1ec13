//go:build !avr

package strconv

// decimalDigits is how many digits a decimal holds: enough for the exact expansion of
// every float64 (767 significant digits at most) and for 800 digits of input.
const decimalDigits = 800

// newDecimal returns a new decimal for slot i of a conversion (see digits_avr.go);
// the compiler keeps it on the stack where the target allows frames that large.
func newDecimal(i int) *decimal { return new(decimal) }

// shiftWord and maxShift are the arithmetic of the decimal's binary shifts: 28 bits at
// a time in 32-bit words (10·2^28 < 2^32).
type shiftWord = uint32

const maxShift = 28

func div10(v shiftWord) shiftWord { return v / 10 }

// dint is the decimal's digit count and point position, and the arithmetic on them
// in formatting: int. maxDint is its largest value.
type dint = int

const maxDint = int(^uint(0) >> 1)
