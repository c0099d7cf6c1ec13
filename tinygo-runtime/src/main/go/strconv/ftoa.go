package strconv

import "unsafe"

// FormatFloat formats f (of bitSize 32 or 64) as fmt says: 'e' (-d.dddde±dd), 'E',
// 'f' (-ddd.dddd), 'g' ('e' for large or small exponents, else 'f'), 'G'. prec counts
// digits after the point for 'e' and 'f' and significant digits for 'g'; -1 asks for
// the fewest digits that read back as exactly f.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	if fastFloats {
		// one allocation: the bytes become the string (a local array passed down the
		// append chain would be a heap object, copied once more by string())
		b := AppendFloat(make([]byte, 0, 24), f, fmt, prec, bitSize)
		return *(*string)(unsafe.Pointer(&b))
	}
	var buf [64]byte
	return string(AppendFloat(buf[:0], f, fmt, prec, bitSize))
}

// AppendFloat appends the formatted f (see FormatFloat) to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	if bitSize == 32 {
		return appendFloatBits(dst, uint64(float32bits(float32(f))), fmt, prec, 32, false)
	}
	return appendFloatBits(dst, float64bits(f), fmt, prec, 64, false)
}

// appendFloatBits is AppendFloat for a float given by its IEEE bits (the low 32 for
// bitSize 32). It does no floating-point arithmetic, so fmt reaches it (through
// //go:linkname) to print floats on chips without an FPU. sharp is fmt's # flag (see
// formatDigits), which 'b' ignores.
func appendFloatBits(dst []byte, bits uint64, fmt byte, prec, bitSize int, sharp bool) []byte {
	// dint for the exponents, and no shift of a uint64 by a variable amount: both are
	// much code on AVR
	var mant, lead uint64
	var exp, mantBits, bias dint
	var neg bool
	if bitSize == 32 {
		b := uint32(bits)
		neg = b>>31 != 0
		exp = dint(b>>23) & 0xFF
		mant = uint64(b & (1<<23 - 1))
		lead = 1 << 23
		mantBits, bias = 23, 127
	} else {
		neg = bits>>63 != 0
		exp = dint(bits>>52) & 0x7FF
		mant = bits & (1<<52 - 1)
		lead = 1 << 52
		mantBits, bias = 52, 1023
	}
	if exp == 2*bias+1 {
		return appendSpecial(dst, neg, mant != 0)
	}
	powerOfTwo := mant == 0 && exp > 1
	if exp == 0 {
		exp = 1 - bias - mantBits // subnormal
	} else {
		mant |= lead
		exp -= bias + mantBits
	}
	switch fmt {
	case 'b':
		return appendBinary(dst, neg, mant, exp)
	case 'x', 'X':
		return appendHex(dst, neg, mant, exp+mantBits, mantBits, prec, fmt, sharp)
	}
	shortest := prec < 0
	if fastFloats && mant != 0 {
		var fd fastDigits
		if fd.fast(mant, int(exp), powerOfTwo, fmt, prec) {
			return formatDigits(dst, neg, fd.d[:fd.nd], dint(fd.dp), fmt, prec, sharp)
		}
	}
	d := newDecimal(0)
	d.setFloat(mant, exp)
	if shortest {
		shortestDigits(d, mant, exp, powerOfTwo)
	} else {
		n := prec // 'g': significant digits, at least one
		switch fmt {
		case 'e', 'E':
			n = prec + 1
		case 'f':
			n = int(d.dp) + prec
		default:
			if n == 0 {
				n = 1
			}
		}
		if n > decimalDigits {
			n = decimalDigits // no rounding (and within a dint)
		}
		d.round(dint(n), 9)
	}
	return formatDigits(dst, neg, d.d[:d.nd], d.dp, fmt, prec, sharp)
}

// formatDigits writes the decimal 0.d[0]d[1]... × 10^dp (no trailing zero digit,
// already rounded to what prec asks; prec < 0: the shortest digits) in format fmt.
// 'e' and 'f' are one layout: head digits, then prec digits after a point ('e': one
// head digit and an exponent; 'f': dp of them, or a 0); 'g' picks one and writes every
// digit it has, no trailing zeros. sharp (fmt's %#) always writes the point, and 'g'
// then keeps zeros up to prec significant digits (6 for the shortest).
func formatDigits(dst []byte, neg bool, d []byte, dp dint, fmt byte, precision int, sharp bool) []byte {
	// dint arithmetic: 16-bit on AVR, which holds every precision its RAM can print
	if precision > maxDint/2 {
		precision = maxDint / 2
	}
	prec := dint(precision)
	nd := dint(len(d))
	eform := fmt == 'e' || fmt == 'E'
	gform := fmt == 'g' || fmt == 'G'
	if gform {
		eprec := prec
		if prec < 0 {
			eprec = 6
		} else {
			if eprec == 0 {
				eprec = 1
			}
			if eprec > nd && nd >= dp {
				eprec = nd
			}
		}
		x := dp - 1 // -1 for zero, which so prints in the 'f' form
		eform = x < -4 || x >= eprec
		fmt -= 'g' - 'e'
	} else if !eform && fmt != 'f' {
		return append(dst, '%', fmt)
	}
	head := dp
	if eform {
		head = 1
	}
	if gform {
		// the digits it has; with sharp, zeros up to the significant digits asked for
		sig := prec
		if prec < 0 {
			sig = 6
		}
		prec = nd - head
		if prec < 0 {
			prec = 0
		}
		if sharp {
			have := nd // significant digits written: the zeros of an integer count
			if !eform && dp > nd {
				have = dp
			}
			if nd == 0 {
				have = 1
			}
			if sig > have {
				prec += sig - have
			}
		}
	} else if prec < 0 {
		prec = nd - head
	}
	if neg {
		dst = appendByte(dst, '-')
	}
	if head > 0 {
		dst = appendDigits(dst, d, 0, head)
	} else {
		dst = appendByte(dst, '0')
	}
	if prec > 0 || sharp {
		dst = appendDigits(appendByte(dst, '.'), d, head, head+prec)
	}
	if !eform {
		return dst
	}
	x := dp - 1
	if nd == 0 {
		x = 0
	}
	return appendExp(appendByte(dst, fmt), x, 2)
}

// appendDigits writes the digits at positions from to to-1 of d, a 0 for each
// position past its ends.
func appendDigits(dst []byte, d []byte, from, to dint) []byte {
	for i := from; i < to; i++ {
		c := byte('0')
		if i >= 0 && i < dint(len(d)) {
			c += d[i]
		}
		dst = appendByte(dst, c)
	}
	return dst
}

// appendExp writes a float's exponent: its sign and at least min (1 or 2) digits.
func appendExp(dst []byte, x, min dint) []byte {
	c := byte('+')
	if x < 0 {
		c = '-'
		x = -x
	}
	return appendSmall(appendByte(dst, c), uint16(x), min)
}

// appendSmall writes v in decimal, with at least min digits. The exponents of the
// formats have at most four digits: 16-bit arithmetic, and a recursion that is less
// code than a digit buffer and its loops.
func appendSmall(dst []byte, v uint16, min dint) []byte {
	if v >= 10 || min > 1 {
		dst = appendSmall(dst, v/10, min-1)
	}
	return appendByte(dst, byte('0'+v%10))
}

func appendSpecial(dst []byte, neg, nan bool) []byte {
	switch {
	case nan:
		return append(dst, "NaN"...)
	case neg:
		return append(dst, "-Inf"...)
	}
	return append(dst, "+Inf"...)
}

// shortestDigits reduces d (the exact value mant × 2^exp) to the fewest digits that
// still lie strictly inside the interval of reals rounding to this float (the ends
// included when mant is even, as round-half-even reads them back to this float);
// among such digit strings of that length it keeps the one nearest the value.
func shortestDigits(d *decimal, mant uint64, exp dint, powerOfTwo bool) {
	if d.nd == 0 {
		return
	}
	lower, upper := newDecimal(1), newDecimal(2)
	upper.setFloat(2*mant+1, exp-1)
	if powerOfTwo {
		// the float below is only half as far away
		lower.setFloat(4*mant-1, exp-2)
	} else {
		lower.setFloat(2*mant-1, exp-1)
	}
	inclusive := mant&1 == 0
	// The candidates are made in d itself: rounding to n digits changes only d's first
	// n digits (and nd, dp), so a copy of the first few restores it. float64's shortest
	// form has at most 17 digits (float32's 9): the copy is small, and there is no third
	// decimal.
	var first [20]byte
	nd, dp := d.nd, d.dp
	copy(first[:], d.d[:nd])
	for n := dint(1); n < nd && n < dint(len(first)); n++ {
		// the nearest candidate first, then the other neighbour at this length, for
		// when rounding went the wrong way for the (asymmetric) interval
		up := d.roundedUp(n, 9)
		for try := 0; try < 2; try++ {
			if up {
				d.roundUp(n, 9)
			} else {
				d.truncate(n)
			}
			if inside(d, lower, upper, inclusive) {
				return
			}
			copy(d.d[:n], first[:n])
			d.nd, d.dp = nd, dp
			up = !up
		}
	}
}

// inside reports whether c lies between lower and upper (ends included if inclusive).
func inside(c, lower, upper *decimal, inclusive bool) bool {
	lo := lower.cmp(c)
	hi := c.cmp(upper)
	return (lo < 0 || inclusive && lo == 0) && (hi < 0 || inclusive && hi == 0)
}

// appendByte is append(dst, c): on AVR an append written out in place is much more
// code than this call, and float formatting has dozens.
func appendByte(dst []byte, c byte) []byte { return append(dst, c) }

// float64bits and float32bits reinterpret the bits (package math is not imported, so
// that strconv stays small).
func float64bits(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }

func float32bits(f float32) uint32 { return *(*uint32)(unsafe.Pointer(&f)) }

// appendBinary writes mant × 2^exp as -ddddp±dd (the 'b' format).
func appendBinary(dst []byte, neg bool, mant uint64, exp dint) []byte {
	if neg {
		dst = appendByte(dst, '-')
	}
	var buf [20]byte
	n := uintDigits(&buf, mant)
	if n == 0 {
		dst = appendByte(dst, '0')
	}
	for n > 0 {
		n--
		dst = appendByte(dst, '0'+buf[n])
	}
	dst = appendByte(dst, 'p')
	return appendExp(dst, exp, 1)
}

// uintDigits writes v's decimal digits (values 0-9) to buf, the least significant
// first, and returns how many (none for 0). On the chips (not wideDigits) it divides
// by 10 in 16-bit pieces with 32-bit arithmetic, which 8- and 32-bit chips do with much
// less code than a 64-bit division.
func uintDigits(buf *[20]byte, v uint64) int {
	n := 0
	if wideDigits {
		for v != 0 {
			buf[n] = byte(v % 10)
			v /= 10
			n++
		}
		return n
	}
	hi, lo := uint32(v>>32), uint32(v)
	for hi != 0 || lo != 0 {
		c := hi >> 16
		q3 := c / 10
		c = (c%10)<<16 | hi&0xFFFF
		q2 := c / 10
		c = (c%10)<<16 | lo>>16
		q1 := c / 10
		c = (c%10)<<16 | lo&0xFFFF
		q0 := c / 10
		buf[n] = byte(c % 10)
		n++
		hi = q3<<16 | q2
		lo = q1<<16 | q0
	}
	return n
}

// appendHex writes the value (mant / 2^mantBits) × 2^exp as -0x1.hhhhp±dd (the 'x'
// format): one leading bit, prec hex digits after the point (-1: as many as needed),
// rounded half to even. Where 64-bit shifts by variable amounts are many instructions
// (not wideDigits) the 15 hex digits below the leading bit go into a decimal, which
// rounds them as it rounds decimal digits. sharp (fmt's %#) as hexFraction says.
func appendHex(dst []byte, neg bool, mant uint64, exp, mantBits dint, prec int, fmt byte, sharp bool) []byte {
	if wideDigits {
		return appendHexWide(dst, neg, mant, exp, mantBits, prec, fmt, sharp)
	}
	// the leading bit at bit 60, so that the digits are the 15 nibbles below it
	exp += 60 - mantBits
	for mant != 0 && mant&(1<<60) == 0 {
		mant <<= 1
		exp--
	}
	if mant == 0 {
		exp = 0
	}
	h := newDecimal(0)
	h.d[0] = byte(mant>>60) & 1
	// the nibbles up to the last nonzero one (a loop of fixed count would be unrolled
	// into a 64-bit shift for each)
	n := dint(1)
	for mant &= 1<<60 - 1; mant != 0; n++ {
		mant <<= 4
		h.d[n] = byte(mant >> 60)
		mant &= 1<<60 - 1
	}
	h.nd, h.dp = n, 1
	h.trim()
	if prec >= 0 && prec < 16 {
		h.round(dint(prec+1), 15)
		if h.d[0] == 2 {
			// 0x1.fff... rounded up to 0x2.000: one more in the exponent
			h.d[0] = 1
			exp++
		}
	}
	dst = appendHexHead(dst, neg, h.d[0], fmt)
	nd := hexFraction(int(h.nd)-1, prec, fmt, sharp)
	if nd > 0 || sharp {
		dst = appendByte(dst, '.')
		for k := 1; k <= nd; k++ {
			var c byte
			if k < int(h.nd) {
				c = h.d[k]
			}
			dst = appendByte(dst, hexDigit(c, fmt))
		}
	}
	return appendHexExp(dst, exp, fmt)
}

// hexFraction is how many hex digits the 'x' format writes after the point, of n
// significant ones: prec if it is not -1. fmt's %#x (sharp, lowercase only, as in Go)
// writes at least 4, as it counts the x and the leading digit among 6 significant ones.
func hexFraction(n, prec int, fmt byte, sharp bool) int {
	if prec >= 0 {
		return prec
	}
	if sharp && fmt == 'x' && n < 4 {
		return 4
	}
	return n
}

// appendHexHead writes the sign, 0x (or 0X) and the leading digit of the 'x' format.
func appendHexHead(dst []byte, neg bool, lead, fmt byte) []byte {
	if neg {
		dst = appendByte(dst, '-')
	}
	return append(dst, '0', fmt, '0'+lead)
}

// hexDigit is the character of the hex digit c in the case of fmt ('x' or 'X'),
// computed: a table would take RAM on AVR.
func hexDigit(c, fmt byte) byte {
	if c < 10 {
		return '0' + c
	}
	return c - 10 + fmt - 'x' + 'a'
}

// appendHexExp writes the binary exponent of the 'x' format: p±dd (P in 'X').
func appendHexExp(dst []byte, exp dint, fmt byte) []byte {
	return appendExp(append(dst, fmt-'x'+'p'), exp, 2)
}

// appendHexWide is appendHex where shifting a uint64 by a variable amount is an
// instruction (wideDigits: 64-bit machines, WebAssembly): it writes the value
// (mant / 2^mantBits) × 2^exp as -0x1.hhhhp±dd (the 'x' format): one leading bit, prec
// hex digits after the point (-1: as many as needed), rounded half to even.
func appendHexWide(dst []byte, neg bool, mant uint64, exp, mantBits dint, prec int, fmt byte, sharp bool) []byte {
	if mant == 0 {
		exp = 0
	}
	// the leading bit at bit 60, so that the digits are the nibbles below it
	mant <<= uint(60 - mantBits)
	for mant != 0 && mant&(1<<60) == 0 {
		mant <<= 1
		exp--
	}
	if prec >= 0 && prec < 15 {
		shift := uint(prec * 4)
		extra := (mant << shift) & (1<<60 - 1)
		mant >>= 60 - shift
		if extra|(mant&1) > 1<<59 {
			mant++
		}
		mant <<= 60 - shift
		if mant&(1<<61) != 0 {
			mant >>= 1
			exp++
		}
	}
	dst = appendHexHead(dst, neg, byte(mant>>60&1), fmt)
	mant <<= 4
	n := 0
	for m := mant; m != 0; m <<= 4 {
		n++
	}
	n = hexFraction(n, prec, fmt, sharp)
	if n > 0 || sharp {
		dst = append(dst, '.')
		for i := 0; i < n; i++ {
			dst = append(dst, hexDigit(byte(mant>>60&15), fmt))
			mant <<= 4
		}
	}
	return appendHexExp(dst, exp, fmt)
}
