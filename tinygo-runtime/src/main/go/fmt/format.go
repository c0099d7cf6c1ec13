package fmt

import (
	"runtime"
	"strconv"
	"unicode/utf8"
	_ "unsafe"
)

// Formatting of single operands into the printer's buffer: padding to a width,
// integers in any base with precision and sign flags, floats through strconv,
// strings and byte slices as text, hex or quoted literals, runes and U+ notation.

const (
	ldigits = "0123456789abcdefx"
	udigits = "0123456789ABCDEFX"
)

// flags are the parsed flags of one verb.
type flags struct {
	widPresent  bool
	precPresent bool
	minus       bool
	plus        bool
	sharp       bool
	space       bool
	zero        bool
	plusV       bool // %+v
	sharpV      bool // %#v
}

//go:linkname appendFloatBits strconv.appendFloatBits
func appendFloatBits(dst []byte, bits uint64, fmt byte, prec, bitSize int, sharp bool) []byte

// clearFlags resets the flags; like Go, it leaves the last width and precision in
// place (a Formatter can see them, with ok false).
func (p *pp) clearFlags() {
	p.f = flags{}
}

// writePadding appends n bytes of padding: zeros with the 0 flag, else spaces.
func (p *pp) writePadding(n int) {
	c := byte(' ')
	if p.f.zero {
		c = '0'
	}
	for ; n > 0; n-- {
		p.writeByte(c)
	}
}

// pad appends b padded to the width (counted in runes), on the left or with - on the right.
func (p *pp) pad(b []byte) {
	if !p.f.widPresent || p.wid == 0 {
		p.write(b)
		return
	}
	n := p.wid - utf8.RuneCount(b)
	if !p.f.minus {
		p.writePadding(n)
		p.write(b)
	} else {
		p.write(b)
		p.writePadding(n)
	}
}

func (p *pp) padString(s string) {
	if !p.f.widPresent || p.wid == 0 {
		p.writeString(s)
		return
	}
	n := p.wid - utf8.RuneCountInString(s)
	if !p.f.minus {
		p.writePadding(n)
		p.writeString(s)
	} else {
		p.writeString(s)
		p.writePadding(n)
	}
}

func (p *pp) fmtBoolean(v bool) {
	if v {
		p.padString("true")
	} else {
		p.padString("false")
	}
}

// fmtIntegerBase formats u (negative when signed and its top bit is set) in base with
// the precision as a minimum digit count, or with the 0 flag the width; # adds a base
// prefix and %O always adds 0o.
func (p *pp) fmtIntegerBase(u uint64, base int, signed bool, verb rune, digits string) {
	negative := signed && int64(u) < 0
	if negative {
		u = -u
	}
	buf := p.intbuf[:]
	if p.f.widPresent || p.f.precPresent {
		if w := 3 + p.wid + p.prec; w > len(buf) {
			buf = make([]byte, w)
		}
	}
	prec := 0
	if p.f.precPresent {
		prec = p.prec
		if prec == 0 && u == 0 {
			zero := p.f.zero
			p.f.zero = false
			p.writePadding(p.wid)
			p.f.zero = zero
			return
		}
	} else if p.f.zero && p.f.widPresent {
		prec = p.wid
		if negative || p.f.plus || p.f.space {
			prec--
		}
	}
	// the index and counts in uintptr, which holds any length: int has 32 bits on AVR,
	// where its arithmetic and bounds checks are twice the 16-bit ones
	if prec > len(buf) {
		prec = len(buf) // (more zeros than that do not fit anyway)
	}
	i := uintptr(len(buf))
	zeros := uintptr(len(buf) - prec)
	// the digits' indexes are below base: as uint they spare 32-bit targets the
	// bounds check of a 64-bit index (and its panic with the whole value)
	for {
		i--
		q, r := divBase(u, base)
		buf[i] = digits[r]
		if q == 0 {
			break
		}
		u = q
	}
	for i > zeros {
		i--
		buf[i] = '0'
	}
	// the prefix (sign, then 0o, then 0b 0 0x), gathered backwards and copied once:
	// each store before the digits would be one more bounds check
	var pre [5]byte
	n := uintptr(0)
	if p.f.sharp {
		switch base {
		case 2:
			pre[0], pre[1], n = 'b', '0', 2
		case 8:
			if buf[i] != '0' {
				pre[0], n = '0', 1
			}
		case 16:
			pre[0], pre[1], n = digits[16], '0', 2
		}
	}
	if verb == 'O' {
		pre[n], pre[n+1] = 'o', '0'
		n += 2
	}
	sign := byte(0)
	if negative {
		sign = '-'
	} else if p.f.plus {
		sign = '+'
	} else if p.f.space {
		sign = ' '
	}
	if sign != 0 {
		pre[n] = sign
		n++
	}
	for k := uintptr(0); k < n; k++ {
		i--
		buf[i] = pre[k]
	}
	zero := p.f.zero
	p.f.zero = false
	p.pad(buf[i:])
	p.f.zero = zero
}

// appendByte is append(dst, c) (strconv's, which float formatting links anyway): on AVR
// an append written out in place is about 40 bytes of code, this call a dozen.
//
//go:linkname appendByte strconv.appendByte
func appendByte(dst []byte, c byte) []byte

// fmtUnicode formats U+0041, and with # also the rune: U+0041 'A'.
func (p *pp) fmtUnicode(u uint64) {
	prec := 4
	if p.f.precPresent && p.prec > 4 {
		prec = p.prec
	}
	buf := make([]byte, 0, prec+16)
	var digits [16]byte
	n := 0
	for v := u; ; v >>= 4 {
		digits[n] = udigits[v&0xF]
		n++
		if v < 16 {
			break
		}
	}
	buf = appendByte(appendByte(buf, 'U'), '+')
	for k := n; k < prec; k++ {
		buf = appendByte(buf, '0')
	}
	for n > 0 {
		n--
		buf = appendByte(buf, digits[n])
	}
	if p.f.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		buf = appendByte(appendByte(buf, ' '), '\'')
		buf = appendByte(utf8.AppendRune(buf, rune(u)), '\'')
	}
	zero := p.f.zero
	p.f.zero = false
	p.pad(buf)
	p.f.zero = zero
}

func (p *pp) fmtC(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	p.pad(utf8.AppendRune(p.intbuf[:0], r))
}

func (p *pp) fmtQc(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	if p.f.plus {
		p.pad(strconv.AppendQuoteRuneToASCII(p.intbuf[:0], r))
	} else {
		p.pad(strconv.AppendQuoteRune(p.intbuf[:0], r))
	}
}

// truncate cuts s to the precision, counted in runes.
func (p *pp) truncate(s string) string {
	if p.f.precPresent {
		n := p.prec
		for i := range s {
			n--
			if n < 0 {
				return s[:i]
			}
		}
	}
	return s
}

func (p *pp) fmtS(s string) {
	p.padString(p.truncate(s))
}

// fmtSbx formats a string (or, if b is not nil, bytes) as hex: % x puts spaces
// between bytes, # adds 0x (before each byte with a space).
func (p *pp) fmtSbx(s string, b []byte, digits string) {
	length := len(s)
	if b != nil {
		length = len(b)
	}
	if p.f.precPresent && p.prec < length {
		length = p.prec
	}
	width := 2 * length
	if width > 0 {
		if p.f.space {
			if p.f.sharp {
				width *= 2
			}
			width += length - 1
		} else if p.f.sharp {
			width += 2
		}
	} else {
		if p.f.widPresent {
			p.writePadding(p.wid)
		}
		return
	}
	if p.f.widPresent && p.wid > width && !p.f.minus {
		p.writePadding(p.wid - width)
	}
	// the index in uintptr (int has 32 bits on AVR, where its bounds checks are long)
	for i, n := uintptr(0), uintptr(length); i < n; i++ {
		if p.f.space && i > 0 {
			p.writeByte(' ')
		}
		if p.f.sharp && (i == 0 || p.f.space) {
			p.writeByte('0')
			p.writeByte(digits[16])
		}
		var c byte
		if b != nil {
			c = b[i]
		} else {
			c = s[i]
		}
		p.writeByte(digits[c>>4])
		p.writeByte(digits[c&0xF])
	}
	if p.f.widPresent && p.wid > width && p.f.minus {
		p.writePadding(p.wid - width)
	}
}

// fmtQ formats a quoted string: `raw` with # when possible, ASCII-only with +.
func (p *pp) fmtQ(s string) {
	s = p.truncate(s)
	if p.f.sharp && strconv.CanBackquote(s) {
		p.padString("`" + s + "`")
		return
	}
	if p.f.plus {
		p.pad(strconv.AppendQuoteToASCII(nil, s))
	} else {
		p.pad(strconv.AppendQuote(nil, s))
	}
}

// fmtFloatBits formats a float given by its bits; verb is a strconv format ('e',
// 'f', 'g', ...), prec -1 asks for the shortest exact digits.
func (p *pp) fmtFloatBits(bits uint64, size int, verb rune, prec int) {
	if p.f.precPresent {
		prec = p.prec
	}
	// strconv applies %# (the point always, %g's trailing zeros) as it writes the digits
	num := appendFloatBits(p.intbuf[:1], bits, byte(verb), prec, size, p.f.sharp)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	} else {
		num[0] = '+'
	}
	if p.f.space && num[0] == '+' && !p.f.plus {
		num[0] = ' '
	}
	if num[1] == 'I' || num[1] == 'N' {
		zero := p.f.zero
		p.f.zero = false
		if num[1] == 'N' && !p.f.space && !p.f.plus {
			num = num[1:]
		}
		p.pad(num)
		p.f.zero = zero
		return
	}
	if p.f.plus || num[0] != '+' {
		if p.f.zero && p.f.widPresent && p.wid > len(num) {
			p.writeByte(num[0])
			p.writePadding(p.wid - len(num))
			p.write(num[1:])
			return
		}
		p.pad(num)
		return
	}
	p.pad(num[1:])
}

// divBase returns u / base and u % base for the bases of the verbs (2, 8, 10, 16).
// On the chips (uint narrower than 64 bits, not WebAssembly, which divides i64 in one
// instruction) a 64-bit division is a long routine: a power of two shifts, and 10
// divides 16-bit pieces with 32-bit arithmetic.
func divBase(u uint64, base int) (uint64, uint) {
	if ^uint(0)>>32 != 0 || runtime.GOARCH == "wasm" {
		b := uint64(base)
		q := u / b
		return q, uint(u - q*b)
	}
	if base != 10 {
		r := uint(uint32(u)) & uint(base-1)
		for b := base; b > 1; b >>= 1 {
			u >>= 1
		}
		return u, r
	}
	hi, lo := uint32(u>>32), uint32(u)
	c := hi >> 16
	q3 := c / 10
	c = (c%10)<<16 | hi&0xFFFF
	q2 := c / 10
	c = (c%10)<<16 | lo>>16
	q1 := c / 10
	c = (c%10)<<16 | lo&0xFFFF
	q0 := c / 10
	return uint64(q3<<16|q2)<<32 | uint64(q1<<16|q0), uint(c % 10)
}
