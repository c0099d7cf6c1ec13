package strconv

// decimal is a decimal number 0.d[0]d[1]...d[nd-1] × 10^dp, digits as values 0-9,
// with no leading zero digit and no trailing zero (nd == 0 means zero). Every float64
// (and the points halfway between neighbours, one bit longer) has an exact decimal
// expansion of at most 767 significant digits; where decimalDigits holds them all
// (everywhere but the Uno, see digits_avr.go) the arithmetic on floats is exact.
// Digits that do not fit are dropped with a sticky bit: the last digit kept is made
// odd, so that the value reads as above a tie at every shorter length.
type decimal struct {
	// nd and dp first: AVR's loads reach 63 bytes past a pointer, not past the digits
	nd dint
	dp dint
	d  [decimalDigits]byte
}

// setUint sets the decimal to the integer v.
func (a *decimal) setUint(v uint64) {
	var tmp [20]byte
	n := dint(uintDigits(&tmp, v))
	a.nd = n
	a.dp = n
	for i := dint(0); i < n; i++ {
		a.d[i] = tmp[n-1-i]
	}
	a.trim()
}

// trim drops trailing zero digits (they do not change the value).
func (a *decimal) trim() {
	for a.nd > 0 && a.d[a.nd-1] == 0 {
		a.nd--
	}
	if a.nd == 0 {
		a.dp = 0
	}
}

// shiftLeft multiplies by 2^k, k <= 28, in steps of at most maxShift bits.
func (a *decimal) shiftLeft(k uint) {
	for maxShift < 28 && k > maxShift {
		a.shiftLeftBy(maxShift)
		k -= maxShift
	}
	a.shiftLeftBy(k)
}

// shiftLeftBy multiplies by 2^k, k <= maxShift.
func (a *decimal) shiftLeftBy(k uint) {
	// 9·2^k plus a carry below 2^k stays under 10·2^k, which a shiftWord holds: on 8-
	// and 16-bit chips that is much less code than 64-bit division by 10
	var carry shiftWord
	for i := a.nd - 1; i >= 0; i-- {
		v := shiftWord(a.d[i])<<k + carry
		carry = div10(v)
		a.d[i] = byte(v - carry*10)
	}
	// the carry becomes new leading digits
	var tmp [20]byte
	n := dint(0)
	for carry > 0 {
		q := div10(carry)
		tmp[n] = byte(carry - q*10)
		carry = q
		n++
	}
	if n > 0 {
		// digits that no longer fit are dropped; the last of them is nonzero (no
		// trailing zeros), hence the sticky bit
		sticky := a.nd+n > decimalDigits
		if sticky {
			a.nd = decimalDigits - n
		}
		copy(a.d[n:], a.d[:a.nd])
		for i := dint(0); i < n; i++ {
			a.d[i] = tmp[n-1-i]
		}
		a.nd += n
		a.dp += n
		if sticky {
			a.d[a.nd-1] |= 1
		}
	}
	a.trim()
}

// shiftRight divides by 2^k, k <= 28 (the expansion only gets longer: exact while it
// fits, sticky beyond), in steps of at most maxShift bits.
func (a *decimal) shiftRight(k uint) {
	for maxShift < 28 && k > maxShift {
		a.shiftRightBy(maxShift)
		k -= maxShift
	}
	a.shiftRightBy(k)
}

// shiftRightBy divides by 2^k, k <= maxShift.
func (a *decimal) shiftRightBy(k uint) {
	// n stays below 10·2^k, which a shiftWord holds
	mask := shiftWord(1)<<k - 1
	r, w := dint(0), dint(0)
	var n shiftWord
	// read until the accumulated value has a nonzero quotient digit
	for n>>k == 0 {
		if r >= a.nd {
			if n == 0 {
				a.nd = 0
				a.dp = 0
				return
			}
			for n>>k == 0 {
				n *= 10
				r++
			}
			break
		}
		n = n*10 + shiftWord(a.d[r])
		r++
	}
	a.dp -= r - 1
	for ; r < a.nd; r++ {
		c := shiftWord(a.d[r])
		a.d[w] = byte(n >> k)
		w++
		n = (n&mask)*10 + c
	}
	for n > 0 && w < decimalDigits {
		a.d[w] = byte(n >> k)
		w++
		n = (n & mask) * 10
	}
	if n > 0 {
		a.d[w-1] |= 1
	}
	a.nd = w
	a.trim()
}

// setFloat sets the decimal to mant × 2^exp exactly (mant below 2^56).
func (a *decimal) setFloat(mant uint64, exp dint) {
	if maxShift < 28 {
		// AVR: every shift by maxShift bits, a constant, which the chip shifts in a
		// few instructions where a variable amount is a loop; the rest of exp moves
		// into mant (by 3 bits at most, so that it stays below 2^59)
		for exp&(maxShift-1) != 0 {
			mant <<= 1
			exp--
		}
		a.setUint(mant)
		for ; exp > 0; exp -= maxShift {
			a.shiftLeftBy(maxShift)
		}
		for ; exp < 0; exp += maxShift {
			a.shiftRightBy(maxShift)
		}
		return
	}
	a.setUint(mant)
	for exp > 0 {
		k := exp
		if k > maxShift {
			k = maxShift
		}
		a.shiftLeftBy(uint(k))
		exp -= k
	}
	for exp < 0 {
		k := -exp
		if k > maxShift {
			k = maxShift
		}
		a.shiftRightBy(uint(k))
		exp += k
	}
}

// roundedUp reports whether rounding to nd digits goes up: more than half, or exactly
// half and the kept last digit is odd (round half to even). top is the largest digit:
// 9, or 15 where appendHex keeps hex digits in a decimal.
func (a *decimal) roundedUp(nd dint, top byte) bool {
	if nd < 0 || nd >= a.nd {
		return false
	}
	half := top/2 + 1
	if a.d[nd] != half {
		return a.d[nd] > half
	}
	for i := nd + 1; i < a.nd; i++ {
		if a.d[i] != 0 {
			return true
		}
	}
	return nd > 0 && a.d[nd-1]&1 == 1
}

// round keeps nd significant digits, rounding half to even; nd may be 0 or negative
// (rounding at or above the first digit's position). top as for roundedUp.
func (a *decimal) round(nd dint, top byte) {
	if nd >= a.nd {
		return
	}
	if a.roundedUp(nd, top) {
		a.roundUp(nd, top)
	} else {
		a.truncate(nd)
	}
}

// truncate keeps the first nd digits.
func (a *decimal) truncate(nd dint) {
	if nd <= 0 {
		a.nd = 0
		a.dp = 0
		return
	}
	a.nd = nd
	a.trim()
}

// roundUp adds one unit in the nd-th digit to the first nd digits (top as for
// roundedUp).
func (a *decimal) roundUp(nd dint, top byte) {
	if nd <= 0 {
		// 0.5 and above at the position before the first digit: one unit there
		a.d[0] = 1
		a.nd = 1
		a.dp -= nd - 1
		return
	}
	i := nd - 1
	for i >= 0 && a.d[i] == top {
		i--
	}
	if i < 0 {
		a.d[0] = 1
		a.nd = 1
		a.dp++
		return
	}
	a.d[i]++
	a.nd = i + 1
}

// cmp compares two decimals that are not zero (shortestDigits' three): -1, 0 or +1.
func (a *decimal) cmp(b *decimal) int {
	if a.dp != b.dp {
		if a.dp < b.dp {
			return -1
		}
		return 1
	}
	for i := dint(0); i < a.nd || i < b.nd; i++ {
		var x, y byte
		if i < a.nd {
			x = a.d[i]
		}
		if i < b.nd {
			y = b.d[i]
		}
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return 0
}
