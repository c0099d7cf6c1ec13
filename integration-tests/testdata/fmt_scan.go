// targets: host wasi wasm cortex-m-qemu microbit

// fmt's scanning from strings: Sscan, Sscanln and Sscanf into every basic kind and
// named types of them, with the verbs, widths, base prefixes, signs, spaces and
// newlines in input and format, and the errors with the count of operands stored.
package main

import (
	"fmt"
)

type Celsius float64
type Count int16
type Name string
type Blob []byte
type Flag bool
type Small uint8

func show(what string, n int, err error) {
	fmt.Printf("%s: n=%d err=%v\n", what, n, err)
}

func ints() {
	var i int
	var i8 int8
	var i16 int16
	var i32 int32
	var i64 int64
	n, err := fmt.Sscan("12 -8 +300 70000 -9000000000", &i, &i8, &i16, &i32, &i64)
	show("ints", n, err)
	fmt.Println(i, i8, i16, i32, i64)
	var u uint
	var u8 uint8
	var u16 uint16
	var u32 uint32
	var u64 uint64
	var up uintptr
	n, err = fmt.Sscan("1 255 65535 4000000000 18446744073709551615 77", &u, &u8, &u16, &u32, &u64, &up)
	show("uints", n, err)
	fmt.Println(u, u8, u16, u32, u64, up)
	n, err = fmt.Sscan("0b101 0o17 017 0x1F -0X10 1_000 0x_ff", &i, &i8, &i16, &i32, &i64, &u, &u16)
	show("prefixes", n, err)
	fmt.Println(i, i8, i16, i32, i64, u, u16)
	n, err = fmt.Sscanf("101 17 1f 1F -7 +9", "%b %o %x %X %d %d", &i, &i8, &i16, &i32, &i64, &u)
	show("verbs", n, err)
	fmt.Println(i, i8, i16, i32, i64, u)
	n, err = fmt.Sscanf("U+1F600 A", "%U %c", &i32, &i)
	show("%U %c", n, err)
	fmt.Println(i32, i)
	n, err = fmt.Sscanf("12345678", "%3d%2d%d", &i, &i8, &i16)
	show("widths", n, err)
	fmt.Println(i, i8, i16)
	var c Count
	var sm Small
	n, err = fmt.Sscan("-123 200", &c, &sm)
	show("named ints", n, err)
	fmt.Println(c, sm)
}

func intErrors() {
	var i int
	var i8 int8
	var u8 uint8
	var u uint
	n, err := fmt.Sscan("1 x", &i, &u)
	show("expected integer", n, err)
	n, err = fmt.Sscan("300", &i8)
	show("int8 overflow", n, err)
	n, err = fmt.Sscan("256", &u8)
	show("uint8 overflow", n, err)
	n, err = fmt.Sscan("99999999999999999999", &i)
	show("int range", n, err)
	n, err = fmt.Sscan("-5", &u)
	show("uint sign", n, err)
	n, err = fmt.Sscan("", &i)
	show("empty", n, err)
	n, err = fmt.Sscan("   ", &i)
	show("spaces", n, err)
	n, err = fmt.Sscan("7", &i, &u)
	show("short", n, err)
	n, err = fmt.Sscanf("5", "%s", &i)
	show("bad verb", n, err)
	n, err = fmt.Sscanf("A", "%c", &i8)
	show("%c int8", n, err)
	n, err = fmt.Sscanf("é", "%c", &i8)
	show("%c overflow", n, err)
	n, err = fmt.Sscanf("X+41", "%U", &i)
	show("bad %U", n, err)
	n, err = fmt.Sscan("0x", &i)
	show("0x alone", n, err)
	n, err = fmt.Sscan("08", &i)
	show("08", n, err)
	n, err = fmt.Sscan("-", &i)
	show("sign alone", n, err)
	n, err = fmt.Sscan("12", i)
	show("not pointer", n, err)
	var ps *[]int
	n, err = fmt.Sscan("12", &ps)
	show("can't scan", n, err)
	var fl []int
	n, err = fmt.Sscan("12", &fl)
	show("int slice", n, err)
	fmt.Println(i, i8, u8, u)
}

func strs() {
	var s, t string
	var b []byte
	var nm Name
	var bl Blob
	n, err := fmt.Sscan("  hello\n  wide\tworld héllo x", &s, &t, &b, &nm, &bl)
	show("strings", n, err)
	fmt.Printf("%q %q %q %q %q\n", s, t, b, nm, bl)
	n, err = fmt.Sscanf(`"a\tb\"c" `+"`raw\\n`"+` 48656c6c6f 4A4b`, "%q %q %x %X", &s, &t, &b, &nm)
	show("%q %x", n, err)
	fmt.Printf("%q %q %q %q\n", s, t, b, nm)
	n, err = fmt.Sscanf("abcdefgh", "%3s%2s%s", &s, &t, &nm)
	show("%3s", n, err)
	fmt.Println(s, t, nm)
	n, err = fmt.Sscanf("abc", "%d", &s)
	show("bad verb string", n, err)
	n, err = fmt.Sscanf(`"abc`, "%q", &s)
	show("unterminated", n, err)
	n, err = fmt.Sscanf(`abc`, "%q", &s)
	show("not quoted", n, err)
	n, err = fmt.Sscanf(`"a\qb"`, "%q", &s)
	show("bad escape", n, err)
	n, err = fmt.Sscanf("4g", "%x", &s)
	show("bad hex", n, err)
	n, err = fmt.Sscanf("zz", "%x", &s)
	show("no hex", n, err)
	n, err = fmt.Sscanf("414", "%x", &s)
	show("odd hex", n, err)
	fmt.Printf("%q\n", s)
}

func bools() {
	var a, b, c, d, e bool
	var f Flag
	n, err := fmt.Sscan("true F 1 0 TRUE false", &a, &b, &c, &d, &e, &f)
	show("bools", n, err)
	fmt.Println(a, b, c, d, e, f)
	n, err = fmt.Sscanf("t f", "%t %v", &a, &b)
	show("%t", n, err)
	fmt.Println(a, b)
	n, err = fmt.Sscan("trux", &a)
	show("bad bool", n, err)
	n, err = fmt.Sscan("x", &a)
	show("x bool", n, err)
	n, err = fmt.Sscanf("true", "%d", &a)
	show("bool verb", n, err)
}

func floats() {
	var f32 float32
	var f64 float64
	var c Celsius
	n, err := fmt.Sscan("1.5 -2.25e3 36.6", &f32, &f64, &c)
	show("floats", n, err)
	fmt.Println(f32, f64, c)
	n, err = fmt.Sscan("0x1.8p1 1_000.5 inf -Inf NaN", &f32, &f64, &c, &f64, &f32)
	show("float forms", n, err)
	fmt.Println(f32, f64, c)
	n, err = fmt.Sscan("1.5p3 2e-2", &f64, &f32)
	show("p exponent", n, err)
	fmt.Println(f64, f32)
	for _, v := range []string{"%e", "%E", "%f", "%F", "%g", "%G", "%v", "%b"} {
		n, err = fmt.Sscanf("3.25", v, &f64)
		fmt.Println(v, n, err, f64)
	}
	n, err = fmt.Sscanf("3.25", "%d", &f64)
	show("%d float64", n, err)
	n, err = fmt.Sscanf("3.25", "%d", &f32)
	show("%d float32", n, err)
	n, err = fmt.Sscanf("3.25", "%d", &c)
	show("%d Celsius", n, err)
	fmt.Println(c)
	n, err = fmt.Sscanf("12345.5", "%4f%f", &f64, &f32)
	show("%4f", n, err)
	fmt.Println(f64, f32)
	n, err = fmt.Sscan("x", &f64)
	show("bad float", n, err)
	n, err = fmt.Sscan("1e400", &f64)
	show("float range", n, err)
	n, err = fmt.Sscan("1e40", &f32)
	show("float32 range", n, err)
	var c64 complex64
	var c128 complex128
	n, err = fmt.Sscan("(1+2i) -3.5-4e1i", &c64, &c128)
	show("complex", n, err)
	fmt.Println(c64, c128)
	n, err = fmt.Sscan("1+2", &c128)
	show("bad complex", n, err)
	n, err = fmt.Sscan("(1+2i", &c128)
	show("complex paren", n, err)
	n, err = fmt.Sscanf("1+2i", "%d", &c128)
	show("complex verb", n, err)
}

func lines() {
	var a, b, c int
	n, err := fmt.Sscan("1\n\n2\n", &a, &b)
	show("Sscan newlines", n, err)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	show("Sscanln", n, err)
	fmt.Println(a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	show("Sscanln early newline", n, err)
	n, err = fmt.Sscanln("1 2 3\n", &a, &b)
	show("Sscanln extra", n, err)
	n, err = fmt.Sscanln("4 5   \n", &a, &b)
	show("Sscanln trailing space", n, err)
	n, err = fmt.Sscanln("6 7\r\n", &a, &b)
	show("Sscanln crlf", n, err)
	n, err = fmt.Sscanln("", &a)
	show("Sscanln empty", n, err)
	n, err = fmt.Sscanln("\n", &a)
	show("Sscanln newline only", n, err)
	n, err = fmt.Sscanln("8", &a, &b)
	show("Sscanln eof", n, err)
	fmt.Println(a, b, c)
}

func formats() {
	var a, b, c int
	var s string
	cases := []struct{ format, input string }{
		{"%d %d", "1 2"},
		{"%d %d", "1   2"},
		{"%d %d", "1\n2"},
		{"%d\n%d", "1\n2"},
		{"%d\n%d", "1 \n 2"},
		{"%d\n%d", "1 2"},
		{"%d \n %d", "1\n2"},
		{"%d\n\n%d", "1\n2"},
		{"%d\n\n%d", "1\n\n2"},
		{"%d%d", "1 2"},
		{"%d %d", "12"},
		{"%d,%d", "1,2"},
		{"%d, %d", "1,2"},
		{"%d ,%d", "1 ,2"},
		{"%d,%d", "1 , 2"},
		{"x%dy%dz", "x1y2z"},
		{"x%dy%dz", "x1y2w"},
		{"%d %d\n", "1 2"},
		{"%d %d ", "1 2"},
		{"%d %d ", "1 2\n"},
		{"%d%%", "5%"},
		{"%d %%", "5 %"},
		{"%d%%", "5x"},
		{"%d %d", "1"},
		{"%d", "1 2"},
		{"%d%", "1"},
		{"%d %d %d", "1 2 3"},
		{"%5d%d", "12 34"},
		{"%s|%d", "ab|3"},
		{"%d", "\n1"},
		{" %d", "\n1"},
		{"\n%d", "\n1"},
		{"%d\n", "1"},
		{"a b", "a  b"},
		{"a b", "ab"},
		{"ab", "a b"},
		{"héllo %d", "héllo 9"},
		{"%c%c%c", " a b"},
	}
	for _, t := range cases {
		a, b, c, s = 0, 0, 0, ""
		var n int
		var err error
		switch t.format {
		case "%s|%d":
			n, err = fmt.Sscanf(t.input, t.format, &s, &a)
		case "%c%c%c":
			n, err = fmt.Sscanf(t.input, t.format, &a, &b, &c)
		case "%d%%", "%d %%", "%d", "%d%", "%d\n", " %d", "\n%d":
			n, err = fmt.Sscanf(t.input, t.format, &a)
		case "%d %d %d":
			n, err = fmt.Sscanf(t.input, t.format, &a, &b, &c)
		case "a b", "ab", "héllo %d":
			n, err = fmt.Sscanf(t.input, t.format, &a)
		default:
			n, err = fmt.Sscanf(t.input, t.format, &a, &b)
		}
		fmt.Printf("%q on %q: n=%d err=%v a=%d b=%d c=%d s=%q\n", t.format, t.input, n, err, a, b, c, s)
	}
	n, err := fmt.Sscanf("1 2", "%d", &a, &b)
	show("too many operands", n, err)
	n, err = fmt.Sscanf("1 2", "%d %d %d", &a, &b)
	show("too few operands", n, err)
	n, err = fmt.Sscanf("1", "%d %d")
	show("no operands", n, err)
	n, err = fmt.Sscan("1 2")
	show("Sscan nothing", n, err)
}

func main() {
	ints()
	intErrors()
	strs()
	bools()
	floats()
	lines()
	formats()
}
