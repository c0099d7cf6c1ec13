// targets: host wasi wasm cortex-m-qemu microbit

// Corners of fmt's scanning found by experiments with Go 1.19: widths cutting
// prefixes and signs, %c after a number, complex syntax, underscores, %% after
// spaces, spaces and newlines around formats, and what a Scanner's ReadRune sees in
// each mode (the ln forms end at a newline, widths end the input).
package main

import (
	"fmt"
	"io"
)

type U16 uint16

type T struct{ s string }

func (t *T) Scan(st fmt.ScanState, verb rune) error {
	var out []rune
	for {
		r, _, err := st.ReadRune()
		if err != nil {
			t.s = string(out) + "|" + err.Error()
			return nil
		}
		out = append(out, r)
	}
}

type W struct{ s string }

func (w *W) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	tok, err := st.Token(false, nil)
	w.s = string(tok)
	return err
}

func widths() {
	var i int
	var u uint
	var up uintptr
	var x U16
	var s string
	var c64 complex64
	pr := func(n int, err error) { fmt.Println(n, err, i, u, up, x, s, c64) }
	pr(fmt.Sscanf(" 1234567 ", "%5s%d", &s, &i))
	pr(fmt.Sscanf(" 12 34 567 ", "%5s%d", &s, &i))
	pr(fmt.Sscanf("0x1f", "%x", &i))
	pr(fmt.Sscanf("1_000", "%d", &i))
	pr(fmt.Sscan("0o17 0B11 0X1f", &i, &u, &up))
	pr(fmt.Sscanf("-1f", "%x", &i))
	pr(fmt.Sscan("65536", &x))
	pr(fmt.Sscanf("U+41", "%U", &x))
	pr(fmt.Sscanf("zz", "%c", &x))
	pr(fmt.Sscan("(1e40+0i)", &c64))
	pr(fmt.Sscan("(1+1e40i)", &c64))
	pr(fmt.Sscanf("abc", "%2v%v", &s, &s))
	pr(fmt.Sscanf("-12", "%2d%d", &i, &i))
	pr(fmt.Sscanf("0x12", "%3v%v", &i, &s))
	pr(fmt.Sscanf("1.5e3", "%4v", &c64))
	pr(fmt.Sscanf("a", "%v%%", &s))
	pr(fmt.Sscanf("12", "%d%c", &i, &i))
	pr(fmt.Sscanf("1 2", "%d%c", &i, &i))
	pr(fmt.Sscanf("1\n2", "%d%c", &i, &i))
	pr(fmt.Sscanln("1", &i, &s))
	pr(fmt.Sscanln(" ", &i))
	pr(fmt.Sscanln("7 \t", &i))
	pr(fmt.Sscan("18446744073709551616", &u))
	pr(fmt.Sscan("0b", &u))
	pr(fmt.Sscan("00", &u))
	pr(fmt.Sscan("0_7", &u))
	pr(fmt.Sscan("_7", &u))
}

func corners() {
	var c complex128
	var i, j int
	var s string
	p := func(n int, err error) { fmt.Printf("%d %v | c=%v i=%d j=%d s=%q\n", n, err, c, i, j, s) }
	for _, in := range []string{"(1+2i]", "(1+2i", "(1+2ix", "(1+2i x", "(1+2i)x", "(1+2i )", "1+2i)", "(1+2i\n", "( 1+2i)"} {
		c = 0
		p(fmt.Sscan(in, &c))
	}
	p(fmt.Sscanf(" %", "%%"))
	p(fmt.Sscanf("5 %", "%d%%", &i))
	p(fmt.Sscanf("", "%c", &i))
	p(fmt.Sscanf("1 \n2", "%d %d", &i, &j))
	p(fmt.Sscanf("1\r2", "%d\n%d", &i, &j))
	p(fmt.Sscanf("1 \r\n2", "%d %d", &i, &j))
	p(fmt.Sscanf("1\t2", "%d %d", &i, &j))
	p(fmt.Sscanln("1\r", &i))
	p(fmt.Sscanln("1 \r 2", &i, &j))
	p(fmt.Sscan("1\u00a02", &i, &j))
	p(fmt.Sscan("1\u20002", &i, &j))
	p(fmt.Sscanf("12", "%1d%1d", &i, &j))
	p(fmt.Sscanf("1 2", "%d\n", &i))
	p(fmt.Sscanf("1", "%d  \n  \n ", &i))
	p(fmt.Sscanf("1\n\n", "%d\n", &i))
	p(fmt.Sscanf("ab", "%5s", &s))
	p(fmt.Sscanf("\"a b\"x", "%q", &s))
	p(fmt.Sscanf("41 42", "%x", &s))
	var b []byte
	n, err := fmt.Sscanf("hello", "%s", &b)
	fmt.Println(n, err, b)
	n, err = fmt.Sscanf("hello", "%d", &b)
	fmt.Println(n, err, b)
	var f32 float32
	n, err = fmt.Sscan("1.5p200", &f32)
	fmt.Println(n, err, f32)
	n, err = fmt.Sscan("1.5p1e", &f32)
	fmt.Println(n, err, f32)
	n, err = fmt.Sscan("1.5p", &f32)
	fmt.Println(n, err, f32)
	n, err = fmt.Sscan("-1.5p1", &f32)
	fmt.Println(n, err, f32)
	n, err = fmt.Sscan("0x1.8p1_0", &f32)
	fmt.Println(n, err, f32)
	n, err = fmt.Sscan("1e_1", &f32)
	fmt.Println(n, err, f32)
}

func scanners() {
	var t T
	var w W
	var i int
	n, err := fmt.Sscanln("ab\ncd", &t)
	fmt.Printf("%d %v %q\n", n, err, t.s)
	n, err = fmt.Sscan("ab\ncd", &t)
	fmt.Printf("%d %v %q\n", n, err, t.s)
	n, err = fmt.Sscanf("ab\ncd", "%v", &t)
	fmt.Printf("%d %v %q\n", n, err, t.s)
	n, err = fmt.Sscanf("ab\ncd", "%3v", &t)
	fmt.Printf("%d %v %q\n", n, err, t.s)
	n, err = fmt.Sscanln("ab", &t)
	fmt.Printf("%d %v %q\n", n, err, t.s)
	n, err = fmt.Sscan("  \n  x y", &w, &i)
	fmt.Printf("%d %v %q\n", n, err, w.s)
	n, err = fmt.Sscanf("  x", "%v", &w)
	fmt.Printf("%d %v %q\n", n, err, w.s)
	n, err = fmt.Sscan("", &w)
	fmt.Printf("%d %v %q\n", n, err, w.s)
	n, err = fmt.Sscanf("x", "%d", &w)
	fmt.Printf("%d %v %q\n", n, err, w.s)
	n, err = fmt.Fscanln(&fixed{"5\n6"}, &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("a1", "a %d", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("1 2", "%d %d\n\n", &i, &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("1 2\n\nx", "%d %d\n\n", &i, &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("1\n", "%d", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("12", "%1d %d", &i, &i)
	fmt.Println(n, err, i)
	var i64 int64
	n, err = fmt.Sscan("9223372036854775807 -9223372036854775808", &i64, &i64)
	fmt.Println(n, err, i64)
}

func main() {
	widths()
	corners()
	scanners()
}

// fixed is a reader that can only Read.
type fixed struct{ s string }

func (f *fixed) Read(b []byte) (int, error) {
	if f.s == "" {
		return 0, io.EOF
	}
	n := copy(b, f.s)
	f.s = f.s[n:]
	return n, nil
}
