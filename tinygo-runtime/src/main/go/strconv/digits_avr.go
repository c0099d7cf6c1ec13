//go:build avr

package strconv

// decimalDigits is how many digits a decimal holds. The Uno's 2 KB of RAM cannot hold
// the 800 that make every float's expansion exact, so digits past the 64th are
// dropped with a sticky digit. A tie between two float64s, scaled into [0.5, 1) as
// ParseFloat's shifts scale it, has at most 57 significant digits, so ties written
// with up to 64 digits are decided exactly; the shifts of longer expansions lose a few
// units of the 64th digit each. Measured against Go: every result identical but 'e'
// and 'f' strings of more than 58 significant digits, which agree in the first 58
// (docs/ARCHITECTURE.md, strconv).
const decimalDigits = 64

// scratch holds the Uno's decimals: formatting uses three at once, parsing one. In
// static RAM they cost 216 bytes once; on its heap of under a kilobyte, three new ones
// per float formatted fragmented it within a few dozen calls. Nothing converts two
// floats at once: goroutines switch only where they block, and interrupt handlers
// cannot allocate the strings.
var scratch [3]decimal

// newDecimal returns decimal i of the three a conversion uses (its contents are
// whatever the last conversion left: every use sets it first).
func newDecimal(i int) *decimal { return &scratch[i] }

// shiftWord and maxShift are the arithmetic of the decimal's binary shifts: bytes, four
// bits at a time (10·2^4 < 256). Wider words would take fewer passes over the digits,
// but every division by 10 of a 32-bit word is a long sequence of 8-bit instructions.
type shiftWord = uint8

const maxShift = 4

// div10 is v / 10 for v < 256 by a multiplication, which the chip has: a division is a
// call of the runtime's 32-bit routine.
func div10(v shiftWord) shiftWord { return shiftWord(uint16(v) * 205 >> 11) }

// dint is the decimal's digit count and point position, and the arithmetic on them
// in formatting: 16 bits, which AVR adds and compares in two instructions where an
// int (32 bits here) takes four. maxDint is its largest value.
type dint = int16

const maxDint = 1<<15 - 1
