package strconv

import "unsafe"

// ParseFloat converts s to the nearest float64 (bitSize 64) or float32 (bitSize 32,
// returned as a float64 holding it exactly), rounding half to even. It accepts
// decimal numbers with an optional exponent, hexadecimal ones (0x1.8p3, with
// underscores between digits), and "inf", "infinity" and "nan" in any case. Values
// too large give ±Inf and ErrRange. The conversion is exact decimal arithmetic
// (package decimal's shifts), without floating-point operations.
func ParseFloat(s string, bitSize int) (float64, error) {
	bits, n, err := parseFloatPrefix(s, bitSize)
	if n != len(s) && (err == nil || err.(*NumError).Err != ErrSyntax) {
		return 0, syntaxError("ParseFloat", s)
	}
	if bitSize == 32 {
		f32 := *(*float32)(unsafe.Pointer(&[1]uint32{uint32(bits)}))
		return float64(f32), err
	}
	return *(*float64)(unsafe.Pointer(&bits)), err
}

// floatFormat describes an IEEE 754 binary format.
type floatFormat struct {
	mantBits uint
	expBits  uint
	bias     int
}

func formatOf(bitSize int) floatFormat {
	if bitSize == 32 {
		return floatFormat{23, 8, -127}
	}
	return floatFormat{52, 11, -1023}
}

// parseFloatPrefix parses the longest float at the start of s; it returns the value's
// bits in the format of bitSize and the number of bytes used.
func parseFloatPrefix(s string, bitSize int) (uint64, int, error) {
	f := formatOf(bitSize)
	if bits, n, ok := special(s, f); ok {
		return bits, n, nil
	}
	i := 0
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	if i+1 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		return parseHex(s, i+2, neg, f)
	}
	if smallFloats {
		if bits, n, ok := parseSmall(s, i, f); ok {
			if neg {
				bits |= 1 << (f.mantBits + f.expBits)
			}
			return bits, n, nil
		}
	}
	d := newDecimal(0)
	d.nd, d.dp = 0, 0
	sawDigits, sawDot, underscores := false, false, false
	truncated := false
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			underscores = true
			continue
		}
		if c == '.' {
			if sawDot {
				break
			}
			sawDot = true
			continue
		}
		if c < '0' || c > '9' {
			break
		}
		sawDigits = true
		if c == '0' && d.nd == 0 {
			if sawDot {
				d.dp--
			}
			continue
		}
		if d.nd < decimalDigits {
			d.d[d.nd] = c - '0'
			d.nd++
		} else if c != '0' {
			truncated = true
		}
		if !sawDot {
			d.dp++
		}
	}
	if !sawDigits {
		return 0, 0, syntaxError("ParseFloat", s)
	}
	if i < len(s) && lower(s[i]) == 'e' {
		j := i + 1
		eneg := false
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			eneg = s[j] == '-'
			j++
		}
		if j >= len(s) || s[j] < '0' || s[j] > '9' {
			return 0, 0, syntaxError("ParseFloat", s)
		}
		e := 0
		for ; j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '_'); j++ {
			if s[j] == '_' {
				underscores = true // (underscoreOK below checks where it stands)
			} else if e < 100000 {
				e = e*10 + int(s[j]-'0')
			}
		}
		if eneg {
			e = -e
		}
		// past ±20000 every value is infinite or zero alike; the bound keeps dp in
		// AVR's 16-bit dint
		e += int(d.dp)
		if e > 20000 {
			e = 20000
		} else if e < -20000 {
			e = -20000
		}
		d.dp = dint(e)
		i = j
	}
	if underscores && !underscoreOK(s[:i]) {
		return 0, 0, syntaxError("ParseFloat", s)
	}
	if truncated && d.nd == decimalDigits {
		// a nonzero digit beyond what is kept: it only matters in a tie, which it breaks upward
		d.d[d.nd-1] |= 1
	}
	d.trim()
	var bits uint64
	var overflow, small bool
	if smallFloats {
		bits, small = d.smallFloatBits(f)
	}
	if !small {
		bits, overflow = d.floatBits(f)
	}
	if neg {
		bits |= 1 << (f.mantBits + f.expBits)
	}
	if overflow {
		return bits, i, rangeError("ParseFloat", s)
	}
	return bits, i, nil
}

// special parses an optional sign and "inf", "infinity" or "nan" (any case).
func special(s string, f floatFormat) (uint64, int, bool) {
	i := 0
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	inf := uint64(1<<f.expBits-1) << f.mantBits
	if hasPrefixFold(s[i:], "infinity") {
		return inf | signBit(neg, f), i + 8, true
	}
	if hasPrefixFold(s[i:], "inf") {
		return inf | signBit(neg, f), i + 3, true
	}
	if i == 0 && hasPrefixFold(s, "nan") {
		// math.NaN's bits (a quiet NaN with payload 1); as a float32 the payload is
		// shifted out, as converting math.NaN() to float32 does
		nan := inf | 1<<(f.mantBits-1)
		if f.mantBits == 52 {
			nan |= 1
		}
		return nan, 3, true
	}
	return 0, 0, false
}

func signBit(neg bool, f floatFormat) uint64 {
	if neg {
		return 1 << (f.mantBits + f.expBits)
	}
	return 0
}

func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if lower(s[i]) != prefix[i] {
			return false
		}
	}
	return true
}

// shiftFor is how many bits to shift a decimal with k digits before (or zeros after)
// the point so that its magnitude moves toward [0.5, 1) without passing it:
// floor(k·log2(10)), at most 27.
func shiftFor(k int) uint {
	if k == 0 {
		return 1
	}
	if k > 8 {
		return 27
	}
	return uint(k * 33219 / 10000)
}

// floatBits rounds the decimal to the format's nearest value (half to even) and
// returns its bits without sign, and whether it overflowed to infinity.
func (d *decimal) floatBits(f floatFormat) (uint64, bool) {
	inf := uint64(1<<f.expBits-1) << f.mantBits
	if d.nd == 0 {
		return 0, false
	}
	if d.dp > 310 {
		return inf, true
	}
	if d.dp < -330 {
		return 0, false
	}
	exp := 0
	for d.dp > 0 {
		n := shiftFor(int(d.dp))
		d.shiftRight(n)
		exp += int(n)
	}
	for d.dp < 0 || d.dp == 0 && d.d[0] < 5 {
		n := shiftFor(-int(d.dp))
		d.shiftLeft(n)
		exp -= int(n)
	}
	// now 0.5 <= d < 1, so d·2^exp is 1.x·2^(exp-1)
	exp--
	if exp < f.bias+1 {
		n := f.bias + 1 - exp
		for n > 0 {
			k := n
			if k > 27 {
				k = 27
			}
			d.shiftRight(uint(k))
			n -= k
		}
		exp = f.bias + 1
	}
	if exp-f.bias >= 1<<f.expBits-1 {
		return inf, true
	}
	for k := f.mantBits + 1; k > 0; {
		s := k
		if s > 27 {
			s = 27
		}
		d.shiftLeft(s)
		k -= s
	}
	mant := d.roundedInteger()
	if mant == 2<<f.mantBits {
		mant >>= 1
		exp++
		if exp-f.bias >= 1<<f.expBits-1 {
			return inf, true
		}
	}
	if mant&(1<<f.mantBits) == 0 {
		exp = f.bias // subnormal
	}
	return mant&(1<<f.mantBits-1) | uint64(exp-f.bias)&(1<<f.expBits-1)<<f.mantBits, false
}

// roundedInteger is the decimal rounded to an integer, half to even (the value must fit).
func (d *decimal) roundedInteger() uint64 {
	var n uint64
	i := dint(0)
	for ; i < d.dp && i < d.nd; i++ {
		n = n*10 + uint64(d.d[i])
	}
	for ; i < d.dp; i++ {
		n *= 10
	}
	if d.dp >= 0 && d.dp < d.nd {
		up := d.d[d.dp] > 5
		if d.d[d.dp] == 5 {
			up = d.dp+1 < d.nd || n&1 == 1
		}
		if up {
			n++
		}
	} else if d.dp < 0 {
		return 0
	}
	return n
}

// parseHex parses the hexadecimal mantissa and mandatory p exponent after "0x".
func parseHex(s string, i int, neg bool, f floatFormat) (uint64, int, error) {
	var mant uint64
	exp := 0
	sawDigits, sawDot, sticky := false, false, false
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			continue
		}
		if c == '.' {
			if sawDot {
				break
			}
			sawDot = true
			continue
		}
		var v uint64
		switch {
		case c >= '0' && c <= '9':
			v = uint64(c - '0')
		case lower(c) >= 'a' && lower(c) <= 'f':
			v = uint64(lower(c) - 'a' + 10)
		default:
			goto done
		}
		sawDigits = true
		if mant>>60 == 0 {
			mant = mant<<4 | v
			if sawDot {
				exp -= 4
			}
		} else {
			if v != 0 {
				sticky = true
			}
			if !sawDot {
				exp += 4
			}
		}
	}
done:
	if !sawDigits || i >= len(s) || lower(s[i]) != 'p' {
		return 0, 0, syntaxError("ParseFloat", s)
	}
	i++
	eneg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		eneg = s[i] == '-'
		i++
	}
	if i >= len(s) || s[i] < '0' || s[i] > '9' {
		return 0, 0, syntaxError("ParseFloat", s)
	}
	e := 0
	for ; i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '_'); i++ {
		if s[i] != '_' && e < 100000 {
			e = e*10 + int(s[i]-'0')
		}
	}
	if eneg {
		e = -e
	}
	exp += e
	bits, overflow := roundBinary(mant, exp, sticky, f)
	if neg {
		bits |= 1 << (f.mantBits + f.expBits)
	}
	if overflow {
		return bits, i, rangeError("ParseFloat", s)
	}
	return bits, i, nil
}

// roundBinary rounds mant·2^exp (plus a sticky bit below mant) to the format.
func roundBinary(mant uint64, exp int, sticky bool, f floatFormat) (uint64, bool) {
	inf := uint64(1<<f.expBits-1) << f.mantBits
	if mant == 0 {
		return 0, false
	}
	// normalise so that bit 62 is the leading one, keeping shifted-out bits sticky
	for mant>>62 == 0 {
		mant <<= 1
		exp--
	}
	for mant>>63 != 0 {
		sticky = sticky || mant&1 != 0
		mant >>= 1
		exp++
	}
	e := exp + 62 // value = 1.x · 2^e
	shift := 62 - int(f.mantBits)
	if e < f.bias+1 {
		shift += f.bias + 1 - e
		e = f.bias + 1
	}
	if shift > 63 {
		return 0, false
	}
	half := uint64(1) << (shift - 1)
	rest := mant & (1<<shift - 1)
	m := mant >> shift
	if rest > half || rest == half && (sticky || m&1 == 1) {
		m++
	}
	if m == 2<<f.mantBits {
		m >>= 1
		e++
	}
	if e-f.bias >= 1<<f.expBits-1 {
		return inf, true
	}
	if m&(1<<f.mantBits) == 0 {
		e = f.bias
	}
	return m&(1<<f.mantBits-1) | uint64(e-f.bias)&(1<<f.expBits-1)<<f.mantBits, false
}
