package fmt

import (
	"errors"
	"internal/reflectlite"
	"io"
	"math"
	"os"
	"strconv"
	"unicode/utf8"
	"unsafe"
)

// Scanning: a cursor over the input (a string, a rune reader or a plain reader read
// one byte at a time) with one rune of look-back, and a width limit per operand.
// Failures do not unwind (no panic and recover here): the first error is kept in the
// cursor (sticky), every later read returns end of input, and each step checks it
// before storing anything.

// ScanState is what a Scanner's Scan method reads its input through.
type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by values that scan their own representation.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

const endOfInput rune = -1

// Where a cursor's runes come from.
const (
	fromString = iota
	fromRuneScanner
	fromRuneReader
	fromBytes
)

type cursor struct {
	source int
	text   string // fromString
	at     int
	rs     io.RuneScanner
	rr     io.RuneReader
	r      io.Reader
	raw    [utf8.UTFMax]byte // fromBytes: bytes read, not yet decoded
	nraw   int
	one    [1]byte
	ended  bool // the reader reported end of input

	prev     rune // the last rune handed out
	prevOK   bool // prev may be given back
	giveBack bool // prev is to be handed out again

	used  int // runes handed out for the current operand
	limit int // at most this many (width), or -1

	wid    int
	hasWid bool

	newlineIsSpace bool // Scan, Fscan, Sscan
	lineBound      bool // the ln forms: ReadRune ends after a newline
	afterNewline   bool

	err error
	buf []byte // the current token
}

// Read fails: a Scanner must read runes.
func (c *cursor) Read(b []byte) (int, error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

func (c *cursor) fail(err error) {
	if c.err == nil {
		c.err = err
	}
}

func (c *cursor) failText(text string) { c.fail(errors.New(text)) }

// pull takes the next rune from the source.
func (c *cursor) pull() rune {
	switch c.source {
	case fromString:
		if c.at >= len(c.text) {
			return endOfInput
		}
		r, size := utf8.DecodeRuneInString(c.text[c.at:])
		c.at += size
		return r
	case fromRuneScanner, fromRuneReader:
		var r rune
		var err error
		if c.source == fromRuneScanner {
			r, _, err = c.rs.ReadRune()
		} else {
			r, _, err = c.rr.ReadRune()
		}
		if err != nil {
			if err != io.EOF {
				c.fail(err)
			}
			return endOfInput
		}
		return r
	}
	for !c.ended && !utf8.FullRune(c.raw[:c.nraw]) {
		n, err := c.r.Read(c.one[:])
		if n == 1 {
			c.raw[c.nraw] = c.one[0]
			c.nraw++
			continue
		}
		if err == io.EOF {
			c.ended = true
		} else if err != nil {
			c.fail(err)
			return endOfInput
		}
	}
	if c.nraw == 0 {
		return endOfInput
	}
	r, size := utf8.DecodeRune(c.raw[:c.nraw])
	copy(c.raw[:], c.raw[size:c.nraw])
	c.nraw -= size
	return r
}

// next hands out the next rune, or endOfInput at the end, past the width, or after
// an error.
func (c *cursor) next() rune {
	c.prevOK = false
	if c.err != nil || c.limit >= 0 && c.used >= c.limit {
		return endOfInput
	}
	if c.giveBack {
		c.giveBack = false
	} else {
		c.prev = c.pull()
		if c.prev == endOfInput {
			return endOfInput
		}
	}
	c.used++
	c.prevOK = true
	return c.prev
}

// back makes the last rune handed out the next one again.
func (c *cursor) back() {
	if c.prevOK {
		c.prevOK = false
		c.giveBack = true
		c.used--
	}
}

// peek is the next rune without taking it.
func (c *cursor) peek() rune {
	r := c.next()
	c.back()
	return r
}

// nextLine is next with "\r\n" read as one '\n'.
func (c *cursor) nextLine() rune {
	r := c.next()
	if r == '\r' {
		if c.next() == '\n' {
			return '\n'
		}
		c.back()
	}
	return r
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// blanks passes spaces other than newlines and returns how many.
func (c *cursor) blanks() int {
	n := 0
	for {
		r := c.next()
		if r == '\n' || r == endOfInput || !isSpace(r) {
			c.back()
			return n
		}
		n++
	}
}

// skipSpace passes the spaces before an operand; a newline is one of them only for
// Scan, Fscan and Sscan.
func (c *cursor) skipSpace() {
	for {
		r := c.next()
		if r == '\n' {
			if c.newlineIsSpace {
				continue
			}
			c.failText("unexpected newline")
			return
		}
		if r == endOfInput || !isSpace(r) {
			c.back()
			return
		}
	}
}

// take appends the next rune to the token if it is one of set.
func (c *cursor) take(set string) bool {
	r := c.next()
	if r != endOfInput {
		for _, x := range set {
			if x == r {
				c.buf = appendRune(c.buf, r)
				return true
			}
		}
	}
	c.back()
	return false
}

func (c *cursor) takeAll(set string) {
	for c.take(set) {
	}
}

// ScanState's methods.

func (c *cursor) ReadRune() (rune, int, error) {
	if c.lineBound && c.afterNewline {
		return 0, 0, io.EOF
	}
	r := c.next()
	if r == endOfInput {
		if c.err != nil {
			return 0, 0, c.err
		}
		return 0, 0, io.EOF
	}
	if r == '\n' {
		c.afterNewline = true
	}
	return r, utf8.RuneLen(r), nil
}

func (c *cursor) UnreadRune() error {
	if c.prevOK && c.prev == '\n' {
		c.afterNewline = false
	}
	c.back()
	return nil
}

func (c *cursor) SkipSpace() { c.skipSpace() }

func (c *cursor) Token(skipSpace bool, f func(rune) bool) ([]byte, error) {
	if skipSpace {
		c.skipSpace()
	}
	c.buf = c.buf[:0]
	for {
		r := c.next()
		if r == endOfInput {
			break
		}
		if f == nil && isSpace(r) || f != nil && !f(r) {
			c.back()
			break
		}
		c.buf = appendRune(c.buf, r)
	}
	return c.buf, c.err
}

func (c *cursor) Width() (int, bool) { return c.wid, c.hasWid }

// Operands.

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
			c.buf = appendRune(c.buf, r)
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
	c.buf = appendRune(c.buf, open)
	for {
		r := c.next()
		if r == endOfInput {
			c.fail(io.ErrUnexpectedEOF)
			return
		}
		c.buf = appendRune(c.buf, r)
		if r == open {
			break
		}
		if r == '\\' && open == '"' {
			r = c.next()
			if r == endOfInput {
				c.fail(io.ErrUnexpectedEOF)
				return
			}
			c.buf = appendRune(c.buf, r)
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

// Whole calls.

func newCursor(r io.Reader) *cursor {
	c := &cursor{limit: -1}
	switch x := r.(type) {
	case io.RuneScanner:
		c.source, c.rs = fromRuneScanner, x
	case io.RuneReader:
		c.source, c.rr = fromRuneReader, x
	default:
		c.source, c.r = fromBytes, r
	}
	return c
}

func stringCursor(s string) *cursor {
	return &cursor{source: fromString, text: s, limit: -1}
}

// done gives a rune read too far back to a reader that can take it.
func (c *cursor) done() error {
	if c.giveBack && c.source == fromRuneScanner {
		c.rs.UnreadRune()
	}
	return c.err
}

// scanList reads the operands separated by spaces (and by newlines unless lines is
// set, when a newline or the end of the input must follow the last one).
func (c *cursor) scanList(args []interface{}, lines bool) (int, error) {
	c.newlineIsSpace = !lines
	c.lineBound = lines
	n := 0
	for _, arg := range args {
		c.limit, c.hasWid = -1, false
		c.scanOperand(arg, 'v')
		if c.err != nil {
			return n, c.done()
		}
		n++
	}
	// (a Scanner that read the newline has ended the line)
	if lines && !c.afterNewline {
		c.limit = -1
		c.blanks()
		if r := c.nextLine(); r != '\n' && r != endOfInput {
			c.failText("expected newline")
		}
	}
	return n, c.done()
}

// spaceRun matches a run of spaces and newlines in a format with the input.
func (c *cursor) spaceRun(run string) {
	newlines, trailing := 0, false
	for _, r := range run {
		if r == '\n' {
			newlines++
			trailing = false
		} else {
			trailing = true
		}
	}
	if newlines == 0 {
		if c.blanks() == 0 {
			switch c.peek() {
			case endOfInput:
			case '\n':
				c.failText("newline in input does not match format")
			default:
				c.failText("expected space in input to match format")
			}
		}
		return
	}
	for ; newlines > 0; newlines-- {
		c.blanks()
		r := c.nextLine()
		if r != '\n' && r != endOfInput {
			c.back()
			c.failText("newline in format does not match input")
			return
		}
	}
	if trailing {
		c.blanks()
	}
}

// scanFormat walks a format: runs of spaces, literal runes, and verbs with a width.
func (c *cursor) scanFormat(format string, args []interface{}) (int, error) {
	n := 0
	for i := 0; i < len(format) && c.err == nil; {
		c.limit, c.hasWid = -1, false
		r, size := utf8.DecodeRuneInString(format[i:])
		if isSpace(r) {
			j := i
			for j < len(format) {
				r, size := utf8.DecodeRuneInString(format[j:])
				if !isSpace(r) {
					break
				}
				j += size
			}
			c.spaceRun(format[i:j])
			i = j
			continue
		}
		if r != '%' {
			i += size
			switch c.next() {
			case r:
			case endOfInput:
				c.fail(io.ErrUnexpectedEOF)
			default:
				c.back()
				c.failText("input does not match format")
			}
			continue
		}
		start := i
		i++
		w := 0
		for i < len(format) && '0' <= format[i] && format[i] <= '9' {
			if w < 1e6 {
				w = w*10 + int(format[i]-'0')
			}
			c.hasWid = true
			i++
		}
		c.wid = w
		if i >= len(format) {
			c.failText("missing verb: % at end of format string")
			break
		}
		verb, size := utf8.DecodeRuneInString(format[i:])
		i += size
		if verb == '%' {
			c.skipSpace()
			switch c.next() {
			case '%':
			case endOfInput:
				c.fail(io.ErrUnexpectedEOF)
			default:
				c.back()
				c.failText("missing literal %")
			}
			continue
		}
		if n >= len(args) {
			c.failText("too few operands for format '" + format[start:] + "'")
			break
		}
		c.scanOperand(args[n], verb)
		if c.err != nil {
			break
		}
		n++
	}
	if c.err == nil && n < len(args) {
		c.failText("too many operands")
	}
	return n, c.done()
}

// Sscan reads space-separated values from str into the operands (newlines count as
// spaces) and returns how many it stored.
func Sscan(str string, a ...interface{}) (n int, err error) {
	return stringCursor(str).scanList(a, false)
}

// Sscanln is Sscan stopping at a newline, which (or the end) must follow the values.
func Sscanln(str string, a ...interface{}) (n int, err error) {
	return stringCursor(str).scanList(a, true)
}

// Sscanf reads str as the format says.
func Sscanf(str string, format string, a ...interface{}) (n int, err error) {
	return stringCursor(str).scanFormat(format, a)
}

// Fscan is Sscan reading from r. Without an UnreadRune method r loses the rune read
// after the last value.
func Fscan(r io.Reader, a ...interface{}) (n int, err error) {
	return newCursor(r).scanList(a, false)
}

// Fscanln is Sscanln reading from r.
func Fscanln(r io.Reader, a ...interface{}) (n int, err error) {
	return newCursor(r).scanList(a, true)
}

// Fscanf is Sscanf reading from r.
func Fscanf(r io.Reader, format string, a ...interface{}) (n int, err error) {
	return newCursor(r).scanFormat(format, a)
}

// Scan is Fscan from standard input.
func Scan(a ...interface{}) (n int, err error) {
	return Fscan(os.Stdin, a...)
}

// Scanln is Fscanln from standard input.
func Scanln(a ...interface{}) (n int, err error) {
	return Fscanln(os.Stdin, a...)
}

// Scanf is Fscanf from standard input.
func Scanf(format string, a ...interface{}) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}
