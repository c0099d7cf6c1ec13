package fmt

import (
	"errors"
	"io"
	"os"
	"unicode/utf8"
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
				c.buf = utf8.AppendRune(c.buf, r)
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
		c.buf = utf8.AppendRune(c.buf, r)
	}
	return c.buf, c.err
}

func (c *cursor) Width() (int, bool) { return c.wid, c.hasWid }

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
