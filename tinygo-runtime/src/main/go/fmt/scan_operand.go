package fmt

import (
	"internal/reflectlite"
	"io"
	"math"
	"strconv"
	"unicode/utf8"
	"unsafe"
)

// Scanning one operand by its verb and type: booleans, integers, floats, complex
// numbers, strings and byte slices (the cursor and the whole calls are in scan.go).

const (
	decimalDigits = "0123456789"
	hexDigits     = "0123456789abcdefABCDEF"
)

func verbIn(verb rune, verbs string) bool {
	for _, v := range verbs {
		if v == verb {
			return true
		}
	}
	return false
}

func (c *cursor) badVerb(verb rune, what string) {
	c.failText("bad verb '%" + string(verb) + "' for " + what)
}

// begin passes the spaces before an operand, starts its width and reports whether
// there is input for it.
func (c *cursor) begin() bool {
	c.skipSpace()
	c.startWidth()
	if c.err == nil && c.peek() == endOfInput {
		c.fail(io.EOF)
	}
	return c.err == nil
}

func (c *cursor) startWidth() {
	c.used = 0
	if c.hasWid {
		c.limit = c.wid
	}
}

// scanOperand reads one operand with verb and stores it.
func (c *cursor) scanOperand(arg interface{}, verb rune) {
	c.afterNewline = false
	if sc, ok := arg.(Scanner); ok {
		c.startWidth()
		err := sc.Scan(c, verb)
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		if err != nil {
			c.fail(err)
		}
		return
	}
	v := reflectlite.ValueOf(arg)
	if v.Kind() != reflectlite.Pointer {
		if arg == nil {
			c.failText("type not a pointer: <nil>")
		} else {
			c.failText("type not a pointer: " + typeString(arg))
		}
		return
	}
	t := v.Type().Elem()
	p := unsafe.Pointer(v.Pointer())
	switch k := t.Kind(); k {
	case reflectlite.Bool:
		c.scanBool(p, verb)
	case reflectlite.Int, reflectlite.Int8, reflectlite.Int16, reflectlite.Int32, reflectlite.Int64,
		reflectlite.Uint, reflectlite.Uint8, reflectlite.Uint16, reflectlite.Uint32, reflectlite.Uint64,
		reflectlite.Uintptr:
		c.scanInteger(p, k, int(t.Size())*8, verb)
	// KindPossible is a constant: programs without such types drop the code
	case reflectlite.Float32:
		if reflectlite.KindPossible(reflectlite.Float32) {
			c.scanFloat(p, t, verb, 32)
		}
	case reflectlite.Float64:
		if reflectlite.KindPossible(reflectlite.Float64) {
			c.scanFloat(p, t, verb, 64)
		}
	case reflectlite.Complex64:
		if reflectlite.KindPossible(reflectlite.Complex64) {
			c.scanComplex(p, verb, 32)
		}
	case reflectlite.Complex128:
		if reflectlite.KindPossible(reflectlite.Complex128) {
			c.scanComplex(p, verb, 64)
		}
	case reflectlite.String:
		if c.scanText(verb) {
			*(*string)(p) = string(c.buf)
		}
	case reflectlite.Slice:
		if t.Elem().Kind() == reflectlite.Uint8 {
			if c.scanText(verb) {
				*(*[]byte)(p) = append([]byte(nil), c.buf...)
			}
			return
		}
		c.failText("can't scan type: " + v.Type().String())
	default:
		c.failText("can't scan type: " + v.Type().String())
	}
}

// foldTake takes the next rune if it is lower (a lower-case letter) in either case.
func (c *cursor) foldTake(lower rune) bool {
	r := c.next()
	if r == lower || r == lower-'a'+'A' {
		return true
	}
	c.back()
	return false
}

func (c *cursor) scanBool(p unsafe.Pointer, verb rune) {
	if !verbIn(verb, "tv") {
		c.badVerb(verb, "boolean")
		return
	}
	if !c.begin() {
		return
	}
	value := false
	word := ""
	switch c.next() {
	case '1':
		value = true
	case 't', 'T':
		value, word = true, "rue"
	case 'f', 'F':
		word = "alse"
	}
	// a word's first letter alone is enough; once its second is there, all of it must be
	if word != "" && c.foldTake(rune(word[0])) {
		for _, l := range word[1:] {
			if !c.foldTake(l) {
				c.failText("syntax error scanning boolean")
				return
			}
		}
	}
	if c.err == nil {
		*(*bool)(p) = value
	}
}

// digitsFor is the digit set of an integer verb (%v's is decided by its prefix).
func digitsFor(verb rune) string {
	switch verb {
	case 'b':
		return "01"
	case 'o':
		return "01234567"
	case 'x', 'X', 'U':
		return hexDigits
	}
	return decimalDigits
}

func (c *cursor) scanInteger(p unsafe.Pointer, k reflectlite.Kind, bits int, verb rune) {
	signed := k <= reflectlite.Int64
	if !verbIn(verb, "bcdoUxXv") {
		c.badVerb(verb, "integer")
		return
	}
	var u uint64
	if verb == 'c' {
		r := c.next()
		if r == endOfInput {
			c.fail(io.EOF)
			return
		}
		u = uint64(r)
		// Go measures a character against the signed range of the size, also for
		// unsigned operands ('é' does not fit a uint8)
		if bits < 64 && int64(r) >= 1<<(bits-1) {
			c.failText("overflow on character value " + string(r))
			return
		}
	} else {
		if !c.begin() {
			return
		}
		c.buf = c.buf[:0]
		text, base := c.integerToken(signed, verb)
		if c.err != nil {
			return
		}
		if signed {
			i, err := strconv.ParseInt(text, base, 64)
			if err != nil {
				c.fail(err)
				return
			}
			if bits < 64 && (i >= 1<<(bits-1) || i < -1<<(bits-1)) {
				c.failText("integer overflow on token " + text)
				return
			}
			u = uint64(i)
		} else {
			i, err := strconv.ParseUint(text, base, 64)
			if err != nil {
				c.fail(err)
				return
			}
			if bits < 64 && i >= 1<<bits {
				c.failText("unsigned integer overflow on token " + text)
				return
			}
			u = i
		}
	}
	switch bits {
	case 8:
		*(*uint8)(p) = uint8(u)
	case 16:
		*(*uint16)(p) = uint16(u)
	case 32:
		*(*uint32)(p) = uint32(u)
	default:
		*(*uint64)(p) = u
	}
}

// integerToken reads an integer's text into the token; it returns the text and the
// base to convert it in (0: the prefix says).
func (c *cursor) integerToken(signed bool, verb rune) (string, int) {
	if verb == 'U' {
		if !c.take("U") || !c.take("+") {
			c.failText("bad unicode format ")
			return "", 0
		}
		c.buf = c.buf[:0]
	} else if signed {
		c.take("+-")
	}
	digits := digitsFor(verb)
	base := 10
	switch verb {
	case 'b':
		base = 2
	case 'o':
		base = 8
	case 'x', 'X', 'U':
		base = 16
	}
	zero := false // a leading 0 is a digit already
	if verb == 'v' {
		base = 0
		if c.take("0") {
			zero = true
			switch {
			case c.take("bB"):
				digits = "01_"
			case c.take("oO"):
				digits = "01234567_"
			case c.take("xX"):
				digits = hexDigits + "_"
			default:
				digits = "01234567_"
			}
		} else {
			digits = decimalDigits + "_"
		}
	}
	if !zero {
		r := c.peek()
		if r == endOfInput {
			c.fail(io.EOF)
			return "", 0
		}
		if !c.take(digits) {
			c.failText("expected integer")
			return "", 0
		}
	}
	c.takeAll(digits)
	return string(c.buf), base
}

// floatToken reads a floating-point number's text into the token, a sign first if
// sign is set.
func (c *cursor) floatToken(sign bool) {
	if sign {
		c.take("+-")
	}
	if c.take("nN") {
		c.take("aA")
		c.take("nN")
		return
	}
	if c.take("iI") {
		c.take("nN")
		c.take("fF")
		return
	}
	digits, exponent := decimalDigits+"_", "eEpP"
	if c.take("0") && c.take("xX") {
		digits, exponent = hexDigits+"_", "pP"
	}
	c.takeAll(digits)
	if c.take(".") {
		c.takeAll(digits)
	}
	if c.take(exponent) {
		c.take("+-")
		c.takeAll(decimalDigits + "_")
	}
}

// floatValue converts a token of floatToken; besides strconv's syntax it takes a
// decimal number with a binary exponent (1.5p3 is 12).
func floatValue(text string, bits int) (float64, error) {
	hex := false
	for i := 0; i+1 < len(text); i++ {
		if text[i] == '0' && (text[i+1] == 'x' || text[i+1] == 'X') {
			hex = true
			break
		}
	}
	if !hex {
		for i := 0; i < len(text); i++ {
			if text[i] == 'p' {
				m, err := strconv.ParseFloat(text[:i], bits)
				if err != nil {
					return 0, err
				}
				e, err := strconv.Atoi(text[i+1:])
				if err != nil {
					return 0, &strconv.NumError{Func: "Atoi", Num: text, Err: err.(*strconv.NumError).Err}
				}
				return math.Ldexp(m, e), nil
			}
		}
	}
	return strconv.ParseFloat(text, bits)
}

// scanFloat reads a float of bits bits; named float types take any verb, as in Go.
func (c *cursor) scanFloat(p unsafe.Pointer, t *reflectlite.Type, verb rune, bits int) {
	if !t.Named() && !verbIn(verb, "beEfFgGv") {
		c.badVerb(verb, t.String())
		return
	}
	if !c.begin() {
		return
	}
	c.buf = c.buf[:0]
	c.floatToken(true)
	if c.err != nil {
		return
	}
	f, err := floatValue(string(c.buf), bits)
	if err != nil {
		c.fail(err)
		return
	}
	if bits == 32 {
		*(*float32)(p) = float32(f)
	} else {
		*(*float64)(p) = f
	}
}

// scanComplex reads re±imi, in parentheses or not, with parts of bits bits.
func (c *cursor) scanComplex(p unsafe.Pointer, verb rune, bits int) {
	if !verbIn(verb, "beEfFgGv") {
		c.badVerb(verb, "complex")
		return
	}
	if !c.begin() {
		return
	}
	c.buf = c.buf[:0]
	paren := c.take("(")
	c.buf = c.buf[:0]
	c.floatToken(true)
	re := string(c.buf)
	c.buf = c.buf[:0]
	ok := c.take("+-")
	if ok {
		c.floatToken(false)
		ok = c.take("i")
	}
	im := string(c.buf)
	if ok && paren {
		ok = c.take(")")
	}
	if c.err != nil {
		return
	}
	if !ok {
		c.failText("syntax error scanning complex number")
		return
	}
	im = im[:len(im)-1]
	x, err := floatValue(re, bits)
	if err != nil {
		c.fail(err)
		return
	}
	y, err := floatValue(im, bits)
	if err != nil {
		c.fail(err)
		return
	}
	if bits == 32 {
		*(*complex64)(p) = complex(float32(x), float32(y))
	} else {
		*(*complex128)(p) = complex(x, y)
	}
}

// scanText reads a string operand into the token and reports whether it succeeded.
func (c *cursor) scanText(verb rune) bool {
	if !verbIn(verb, "svqxX") {
		c.badVerb(verb, "string")
		return false
	}
	if !c.begin() {
		return false
	}
	c.buf = c.buf[:0]
	switch verb {
	case 'q':
		c.quoted()
	case 'x', 'X':
		c.hexBytes()
	default:
		for {
			r := c.next()
			if r == endOfInput {
				break
			}
			if isSpace(r) {
				c.back()
				break
			}
			c.buf = utf8.AppendRune(c.buf, r)
		}
	}
	return c.err == nil
}

// quoted reads a Go string literal, "..." or `...`, and leaves its value in the token.
func (c *cursor) quoted() {
	open := c.next()
	if open != '"' && open != '`' {
		c.back()
		c.failText("expected quoted string")
		return
	}
	c.buf = utf8.AppendRune(c.buf, open)
	for {
		r := c.next()
		if r == endOfInput {
			c.fail(io.ErrUnexpectedEOF)
			return
		}
		c.buf = utf8.AppendRune(c.buf, r)
		if r == open {
			break
		}
		if r == '\\' && open == '"' {
			r = c.next()
			if r == endOfInput {
				c.fail(io.ErrUnexpectedEOF)
				return
			}
			c.buf = utf8.AppendRune(c.buf, r)
		}
	}
	s, err := strconv.Unquote(string(c.buf))
	if err != nil {
		c.fail(err)
		return
	}
	c.buf = append(c.buf[:0], s...)
}

func hexValue(r rune) (byte, bool) {
	switch {
	case '0' <= r && r <= '9':
		return byte(r - '0'), true
	case 'a' <= r && r <= 'f':
		return byte(r - 'a' + 10), true
	case 'A' <= r && r <= 'F':
		return byte(r - 'A' + 10), true
	}
	return 0, false
}

// hexBytes reads pairs of hex digits as bytes.
func (c *cursor) hexBytes() {
	for {
		hi, ok := hexValue(c.next())
		if !ok {
			c.back()
			break
		}
		r := c.next()
		if r == endOfInput {
			c.fail(io.ErrUnexpectedEOF)
			return
		}
		lo, ok := hexValue(r)
		if !ok {
			c.failText("illegal hex digit")
			return
		}
		c.buf = append(c.buf, hi<<4|lo)
	}
	if len(c.buf) == 0 {
		c.failText("no hex data for %x string")
	}
}
