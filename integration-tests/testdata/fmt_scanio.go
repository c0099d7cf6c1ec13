// targets: host wasi wasm cortex-m-qemu microbit

// fmt's scanning from readers (strings.Reader and bytes.Buffer, which can unread a
// rune, and readers that cannot, read one byte at a time) and through Scanner
// methods, which see the ScanState: ReadRune, UnreadRune, SkipSpace, Token, Width and
// Read.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// plain hides every method of its reader but Read, and counts the calls.
type plain struct {
	r     io.Reader
	calls int
}

func (p *plain) Read(b []byte) (int, error) {
	p.calls++
	return p.r.Read(b)
}

// failing returns its data, then an error of its own.
type failing struct{ data string }

func (f *failing) Read(b []byte) (int, error) {
	if len(f.data) == 0 {
		return 0, errors.New("disk on fire")
	}
	n := copy(b, f.data)
	f.data = f.data[n:]
	return n, nil
}

// Word scans a run of letters with Token.
type Word struct{ text string }

func (w *Word) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, unicode.IsLetter)
	if err != nil {
		return err
	}
	if len(tok) == 0 {
		return errors.New("no word")
	}
	w.text = string(tok) + "/" + string(verb)
	return nil
}

// Pair scans "a:b" rune by rune, with the width when there is one.
type Pair struct{ a, b rune }

func (p *Pair) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	if wid, ok := st.Width(); ok {
		fmt.Println("  width", wid)
	}
	r, size, err := st.ReadRune()
	if err != nil {
		return err
	}
	p.a = r
	c, _, err := st.ReadRune()
	if err != nil {
		return err
	}
	if c != ':' {
		st.UnreadRune()
		return errors.New("want colon")
	}
	p.b, _, err = st.ReadRune()
	_ = size
	return err
}

// Reader tries Read on its state and nested scanning with Fscan.
type Nested struct{ x, y int }

func (n *Nested) Scan(st fmt.ScanState, verb rune) error {
	_, err := st.Read(make([]byte, 4))
	fmt.Println("  Read:", err)
	_, err = fmt.Fscan(st, &n.x, &n.y)
	return err
}

// Lazy reads nothing and reports EOF.
type Lazy struct{}

func (Lazy) Scan(st fmt.ScanState, verb rune) error { return io.EOF }

type Upper string

func (u *Upper) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(false, nil)
	*u = Upper(strings.ToUpper(string(tok)))
	return err
}

func show(what string, n int, err error) {
	fmt.Printf("%s: n=%d err=%v\n", what, n, err)
}

func readers() {
	var a, b, c int
	var s string
	sr := strings.NewReader("10 20\n30 rest")
	n, err := fmt.Fscan(sr, &a)
	show("strings.Reader 1", n, err)
	n, err = fmt.Fscan(sr, &b)
	show("strings.Reader 2", n, err)
	n, err = fmt.Fscanln(sr, &c)
	show("strings.Reader ln", n, err)
	n, err = fmt.Fscan(sr, &c, &s)
	show("strings.Reader 3", n, err)
	fmt.Println(a, b, c, s, sr.Len())

	// without UnreadRune the rune after each operand is lost between calls
	p := &plain{r: strings.NewReader("1 2,3 4\n5 6")}
	n, err = fmt.Fscan(p, &a)
	show("plain 1", n, err)
	n, err = fmt.Fscanf(p, "%d,", &b)
	show("plain 2", n, err)
	n, err = fmt.Fscanln(p, &c)
	show("plain 3", n, err)
	n, err = fmt.Fscan(p, &a, &b)
	show("plain 4", n, err)
	fmt.Println(a, b, c, p.calls)

	p = &plain{r: strings.NewReader("héllo wörld 7x\xffy \xe2\x82")}
	var t, u, v, w string
	n, err = fmt.Fscan(p, &t, &u, &v, &w)
	show("plain utf8", n, err)
	fmt.Printf("%q %q %q %q\n", t, u, v, w)

	buf := bytes.NewBufferString("3.5 true\n0x10\n")
	var f float64
	var ok bool
	n, err = fmt.Fscanln(buf, &f, &ok)
	show("bytes.Buffer ln", n, err)
	n, err = fmt.Fscanf(buf, "%v\n", &a)
	show("bytes.Buffer f", n, err)
	n, err = fmt.Fscan(buf, &a)
	show("bytes.Buffer end", n, err)
	fmt.Println(f, ok, a, buf.Len())

	n, err = fmt.Fscan(&failing{"12 3"}, &a, &b)
	show("failing", n, err)
	n, err = fmt.Fscan(&failing{"12 "}, &a, &b)
	show("failing late", n, err)
	fmt.Println(a, b)
}

func scanners() {
	var w1, w2 Word
	var i int
	n, err := fmt.Sscan("  alpha beta42", &w1, &w2, &i)
	show("Word", n, err)
	fmt.Println(w1.text, w2.text, i)
	n, err = fmt.Sscanf("gamma 7", "%s %d", &w1, &i)
	show("Word %s", n, err)
	fmt.Println(w1.text, i)
	n, err = fmt.Sscan("  42", &w1)
	show("Word none", n, err)
	n, err = fmt.Sscanln("\nx", &w1)
	show("Word newline", n, err)

	var p1, p2 Pair
	n, err = fmt.Sscan("a:b c:d", &p1, &p2)
	show("Pair", n, err)
	fmt.Println(string(p1.a), string(p1.b), string(p2.a), string(p2.b))
	n, err = fmt.Sscanf("x:yz:w", "%3v%v", &p1, &p2)
	show("Pair width", n, err)
	fmt.Println(string(p1.a), string(p1.b), string(p2.a), string(p2.b))
	n, err = fmt.Sscanf("x:y", "%1v", &p1)
	show("Pair width 1", n, err)
	n, err = fmt.Sscan("xy", &p1)
	show("Pair no colon", n, err)
	n, err = fmt.Sscanln("a\n:b", &p1)
	show("Pair newline", n, err)

	var nest Nested
	n, err = fmt.Sscan("5 6 7", &nest, &i)
	show("Nested", n, err)
	fmt.Println(nest.x, nest.y, i)
	n, err = fmt.Sscanln("5\n6", &nest)
	show("Nested ln", n, err)
	n, err = fmt.Sscanf("12 34567 8", "%5v%d", &nest, &i)
	show("Nested width", n, err)
	fmt.Println(nest.x, nest.y, i)
	n, err = fmt.Sscanf("1 2\n3", "%v %d", &nest, &i)
	show("Nested newline", n, err)

	n, err = fmt.Sscan("1", Lazy{})
	show("Lazy", n, err)

	var up Upper
	n, err = fmt.Sscan("  shout", &up)
	show("Upper", n, err)
	fmt.Printf("%q\n", up)
	n, err = fmt.Sscanf("whisper", "%4v", &up)
	show("Upper width", n, err)
	fmt.Printf("%q\n", up)
}

func main() {
	readers()
	scanners()
}
