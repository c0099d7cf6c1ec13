package strconv

import "unsafe"

// FormatFloat formats f (of bitSize 32 or 64) as fmt says: 'e' (-d.dddde±dd), 'E',
// 'f' (-ddd.dddd), 'g' ('e' for large or small exponents, else 'f'), 'G'. prec counts
// digits after the point for 'e' and 'f' and significant digits for 'g'; -1 asks for
// the fewest digits that read back as exactly f.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	var buf [64]byte
	return string(AppendFloat(buf[:0], f, fmt, prec, bitSize))
}

// AppendFloat appends the formatted f (see FormatFloat) to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	var mant uint64
	var exp, mantBits int
	var neg bool
	if bitSize == 32 {
		b := float32bits(float32(f))
		neg = b>>31 != 0
		e := int(b>>23) & 0xFF
		mant = uint64(b & (1<<23 - 1))
		if e == 0xFF {
			return appendSpecial(dst, neg, mant != 0)
		}
		mantBits = 23
		exp = e
	} else {
		b := float64bits(f)
		neg = b>>63 != 0
		e := int(b>>52) & 0x7FF
		mant = b & (1<<52 - 1)
		if e == 0x7FF {
			return appendSpecial(dst, neg, mant != 0)
		}
		mantBits = 52
		exp = e
	}
	bias := 1<<(bitSizeExpBits(bitSize)-1) - 1
	powerOfTwo := mant == 0 && exp > 1
	if exp == 0 {
		exp = 1 - bias - mantBits // subnormal
	} else {
		mant |= 1 << uint(mantBits)
		exp = exp - bias - mantBits
	}
	var d decimal
	d.setFloat(mant, exp)
	shortest := prec < 0
	if shortest {
		shortestDigits(&d, mant, exp, powerOfTwo)
	}
	switch fmt {
	case 'e', 'E':
		if shortest {
			prec = d.nd - 1
			if prec < 0 {
				prec = 0
			}
		} else {
			d.round(prec + 1)
		}
		return appendE(dst, neg, &d, prec, fmt)
	case 'f':
		if shortest {
			prec = d.nd - d.dp
			if prec < 0 {
				prec = 0
			}
		} else {
			d.round(d.dp + prec)
		}
		return appendF(dst, neg, &d, prec)
	case 'g', 'G':
		eprec := prec
		if shortest {
			eprec = 6
		} else {
			if prec == 0 {
				prec = 1
				eprec = 1
			}
			d.round(prec)
			if eprec > d.nd && d.nd >= d.dp {
				eprec = d.nd
			}
		}
		x := d.dp - 1 // -1 for zero, which so prints in the 'f' form
		if x < -4 || x >= eprec {
			p := d.nd - 1
			if p < 0 {
				p = 0
			}
			return appendE(dst, neg, &d, p, fmt+'e'-'g')
		}
		p := d.nd - d.dp
		if p < 0 {
			p = 0
		}
		return appendF(dst, neg, &d, p)
	}
	return append(dst, '%', fmt)
}

func bitSizeExpBits(bitSize int) int {
	if bitSize == 32 {
		return 8
	}
	return 11
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
func shortestDigits(d *decimal, mant uint64, exp int, powerOfTwo bool) {
	if d.nd == 0 {
		return
	}
	var lower, upper decimal
	upper.setFloat(2*mant+1, exp-1)
	if powerOfTwo {
		// the float below is only half as far away
		lower.setFloat(4*mant-1, exp-2)
	} else {
		lower.setFloat(2*mant-1, exp-1)
	}
	inclusive := mant%2 == 0
	// one candidate object for all lengths: separate ones would meet in a phi, which
	// keeps them on the heap
	var c decimal
	c = *d
	for n := 1; n < d.nd; n++ {
		c = *d
		c.round(n)
		if inside(&c, &lower, &upper, inclusive) {
			break
		}
		// the other neighbour at this length, when rounding went the wrong way for the
		// (asymmetric) interval
		c = *d
		if d.roundedUp(n) {
			c.truncate(n)
		} else {
			c.roundUp(n)
		}
		if inside(&c, &lower, &upper, inclusive) {
			break
		}
		c = *d
	}
	*d = c
}

// inside reports whether c lies between lower and upper (ends included if inclusive).
func inside(c, lower, upper *decimal, inclusive bool) bool {
	lo := lower.cmp(c)
	hi := c.cmp(upper)
	return (lo < 0 || inclusive && lo == 0) && (hi < 0 || inclusive && hi == 0)
}

// appendE writes d in the form -d.ddddde±dd with prec digits after the point.
func appendE(dst []byte, neg bool, d *decimal, prec int, fmt byte) []byte {
	if neg {
		dst = append(dst, '-')
	}
	first := byte('0')
	if d.nd > 0 {
		first += d.d[0]
	}
	dst = append(dst, first)
	if prec > 0 {
		dst = append(dst, '.')
		for i := 1; i <= prec; i++ {
			c := byte('0')
			if i < d.nd {
				c += d.d[i]
			}
			dst = append(dst, c)
		}
	}
	dst = append(dst, fmt)
	x := d.dp - 1
	if d.nd == 0 {
		x = 0
	}
	if x < 0 {
		dst = append(dst, '-')
		x = -x
	} else {
		dst = append(dst, '+')
	}
	if x < 10 {
		dst = append(dst, '0')
	}
	return AppendInt(dst, int64(x), 10)
}

// appendF writes d in the form -ddd.ddd with prec digits after the point.
func appendF(dst []byte, neg bool, d *decimal, prec int) []byte {
	if neg {
		dst = append(dst, '-')
	}
	if d.dp > 0 {
		for i := 0; i < d.dp; i++ {
			c := byte('0')
			if i < d.nd {
				c += d.d[i]
			}
			dst = append(dst, c)
		}
	} else {
		dst = append(dst, '0')
	}
	if prec > 0 {
		dst = append(dst, '.')
		for i := 0; i < prec; i++ {
			j := d.dp + i
			c := byte('0')
			if j >= 0 && j < d.nd {
				c += d.d[j]
			}
			dst = append(dst, c)
		}
	}
	return dst
}

// float64bits and float32bits reinterpret the bits (package math is not imported, so
// that strconv stays small).
func float64bits(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }

func float32bits(f float32) uint32 { return *(*uint32)(unsafe.Pointer(&f)) }
