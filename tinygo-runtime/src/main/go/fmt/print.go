// Package fmt implements formatted I/O with the verbs of Go's fmt: Print, Println
// and Printf and their Sprint, Fprint and Append forms, and Errorf. Values of
// basic types are formatted directly; everything else is walked through its type
// descriptor (internal/reflectlite), after the Formatter, GoStringer, error and
// Stringer methods have had their say, exactly in Go's order.
package fmt

import (
	"errors"
	"internal/reflectlite"
	"io"
	"os"
)

// State is what a Formatter's Format method sees: the flags of the verb and the
// output.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by values with their own formatting for every verb.
type Formatter interface {
	Format(f State, verb rune)
}

// Stringer is implemented by values with a natural text form, used for %v and
// operands printed without a format.
type Stringer interface {
	String() string
}

// GoStringer is implemented by values with their own Go-syntax form, used for %#v.
type GoStringer interface {
	GoString() string
}

// pp is a printer: the output buffer, the operand being printed and the current
// verb's flags. Printers are recycled through a free list, because the heap may not
// free memory.
type pp struct {
	buf        []byte
	arg        interface{}
	value      reflectlite.Value
	f          flags
	wid        int
	prec       int
	reordered  bool
	goodArgNum bool
	erroring   bool // printing a bad verb's operand: methods are not called again
	wrapErrs   bool // Errorf: %w is allowed
	wrappedErr error
	next       *pp
	// intbuf last: AVR's loads reach 63 bytes past a pointer, so the fields in use all
	// the time come first
	intbuf [68]byte
}

var ppFree *pp

func newPrinter() *pp {
	p := ppFree
	if p != nil {
		ppFree = p.next
	} else {
		p = new(pp)
	}
	p.buf = p.buf[:0]
	p.erroring = false
	p.wrapErrs = false
	p.wrappedErr = nil
	p.clearFlags()
	return p
}

func (p *pp) free() {
	if cap(p.buf) > 4096 {
		p.buf = nil
	}
	p.arg = nil
	p.value = reflectlite.Value{}
	p.wrappedErr = nil
	p.next = ppFree
	ppFree = p
}

func (p *pp) Width() (wid int, ok bool) { return p.wid, p.f.widPresent }

func (p *pp) Precision() (prec int, ok bool) { return p.prec, p.f.precPresent }

func (p *pp) Flag(c int) bool {
	switch c {
	case '-':
		return p.f.minus
	case '+':
		return p.f.plus || p.f.plusV
	case '#':
		return p.f.sharp || p.f.sharpV
	case ' ':
		return p.f.space
	case '0':
		return p.f.zero
	}
	return false
}

// write, writeString and writeByte append to the output: on AVR an append written out
// in place is about 40 bytes of code, a call of these a dozen, and fmt has over a
// hundred.
func (p *pp) write(b []byte) { p.buf = append(p.buf, b...) }

func (p *pp) writeString(s string) { p.buf = append(p.buf, s...) }

func (p *pp) writeByte(c byte) { p.buf = append(p.buf, c) }

func (p *pp) Write(b []byte) (n int, err error) {
	p.write(b)
	return len(b), nil
}

func (p *pp) WriteString(s string) (n int, err error) {
	p.writeString(s)
	return len(s), nil
}

// ---- entry points ----

// Fprintf formats according to format and writes to w.
func Fprintf(w io.Writer, format string, a ...interface{}) (n int, err error) {
	p := newPrinter()
	p.doPrintf(format, a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Printf formats according to format and writes to standard output.
func Printf(format string, a ...interface{}) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// Sprintf formats according to format and returns the string.
func Sprintf(format string, a ...interface{}) string {
	p := newPrinter()
	p.doPrintf(format, a)
	s := string(p.buf)
	p.free()
	return s
}

// Appendf formats according to format and appends to b.
func Appendf(b []byte, format string, a ...interface{}) []byte {
	p := newPrinter()
	p.doPrintf(format, a)
	b = append(b, p.buf...)
	p.free()
	return b
}

// Fprint formats its operands as %v, with spaces between operands when neither is a
// string, and writes to w.
func Fprint(w io.Writer, a ...interface{}) (n int, err error) {
	p := newPrinter()
	p.doPrint(a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Print is Fprint to standard output.
func Print(a ...interface{}) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

// Sprint is Fprint into a string.
func Sprint(a ...interface{}) string {
	p := newPrinter()
	p.doPrint(a)
	s := string(p.buf)
	p.free()
	return s
}

// Append is Fprint appending to b.
func Append(b []byte, a ...interface{}) []byte {
	p := newPrinter()
	p.doPrint(a)
	b = append(b, p.buf...)
	p.free()
	return b
}

// Fprintln formats its operands as %v, always with spaces between them and a newline
// at the end, and writes to w.
func Fprintln(w io.Writer, a ...interface{}) (n int, err error) {
	p := newPrinter()
	p.doPrintln(a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Println is Fprintln to standard output.
func Println(a ...interface{}) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

// Sprintln is Fprintln into a string.
func Sprintln(a ...interface{}) string {
	p := newPrinter()
	p.doPrintln(a)
	s := string(p.buf)
	p.free()
	return s
}

// Appendln is Fprintln appending to b.
func Appendln(b []byte, a ...interface{}) []byte {
	p := newPrinter()
	p.doPrintln(a)
	b = append(b, p.buf...)
	p.free()
	return b
}

// Errorf formats like Sprintf and returns the text as an error. An operand of %w
// (an error) is wrapped: the result's Unwrap returns it.
func Errorf(format string, a ...interface{}) error {
	p := newPrinter()
	p.wrapErrs = true
	p.doPrintf(format, a)
	s := string(p.buf)
	var err error
	if p.wrappedErr == nil {
		err = errors.New(s)
	} else {
		err = &wrapError{s, p.wrappedErr}
	}
	p.free()
	return err
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

// ---- operand sequences ----

func (p *pp) doPrint(a []interface{}) {
	prevString := false
	for i, arg := range a {
		isString := arg != nil && reflectlite.TypeOf(arg).Kind() == reflectlite.String
		if i > 0 && !isString && !prevString {
			p.writeByte(' ')
		}
		p.printArg(arg, 'v')
		prevString = isString
	}
}

func (p *pp) doPrintln(a []interface{}) {
	for i, arg := range a {
		if i > 0 {
			p.writeByte(' ')
		}
		p.printArg(arg, 'v')
	}
	p.writeByte('\n')
}
