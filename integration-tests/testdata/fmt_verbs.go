// targets: host wasi wasm cortex-m-qemu microbit

// fmt's verbs and flags on integers, strings, byte slices, runes and booleans: widths
// and precisions (also from * operands), argument indexes, the # + - 0 and space
// flags, quoting, hex, U+ notation, and the %!verb(type=value), MISSING, EXTRA,
// BADINDEX and NOVERB forms for mistakes; Formatter and GoStringer methods.
package main

import (
	"fmt"
	"os"
)

type Money int

func (m Money) Format(f fmt.State, verb rune) {
	w, ok := f.Width()
	fmt.Fprintf(f, "$%d[%c w=%d %v +%v #%v]", int(m), verb, w, ok, f.Flag('+'), f.Flag('#'))
}

type G struct{ a int }

func (g G) GoString() string { return "G!" }

type Named uint8

func main() {
	fmt.Printf("%v|%5v|%-8v|%+v\n", Money(3), Money(4), Money(5), Money(6))
	fmt.Printf("%#v %v\n", G{1}, G{2})
	fmt.Printf("%x % x %X %#x % #x\n", []byte("abc"), []byte("abc"), "xyz", "hi", []byte{1, 2})
	fmt.Printf("%q %+q %#q %q\n", "héllo", "héllo", "back`q", []string{"a", "b"})
	fmt.Printf("%*d|%-*d|%[2]d %[1]d\n", 5, 42, 6, 7)
	fmt.Printf("%[1]d %[1]x %#[1]o %[5]d\n", 64)
	fmt.Printf("%s %d %t %z\n", 5, "x", 3, 4)
	fmt.Printf("%v %d %x %o\n", Named(200), Named(200), Named(200), Named(8))
	fmt.Printf("%t %v %08b %o %O\n", true, false, 5, 64, 64)
	fmt.Printf("%5t|%-6v|%3c|%-4q|\n", true, false, 'A', 'B')
	fmt.Printf("%U %#U %x %X\n", 'é', '世', "é", -255)
	fmt.Printf("%d %d\n", []int{1, 2}, [2]int8{-1, 2})
	fmt.Printf("%!%d %% %-%|%.%\n", 1)
	fmt.Printf("%.d|%.0d|%5.0d|%.3d|%+.3d|% d|%+ d\n", 0, 0, 0, 7, 7, 5, 5)
	fmt.Printf("%10.4s|%-10q|%x|%5x|\n", "abcdefgh", "q", "", "")
	fmt.Printf("%-5d|%05s|%.1q|%3.1x\n", -3, "ab", "abc", "abc")
	fmt.Printf("%q %+q %q %q %q\n", 'a', 'é', '\n', 0x7f, "\x00\xff")
	fmt.Printf("%x %X %#o %#b %O\n", -1, uint16(65535), 8, 5, -8)
	fmt.Printf("%08.3d|%-08d|%+08d|%x\n", 5, 5, 5, int64(-1)<<63)
	fmt.Printf("%d %v %s\n", uint64(18446744073709551615), int64(-9223372036854775808), []byte("bytes"))
	fmt.Printf("%3[2]d|%[3]*[1]d|%.[2]d|%[0]d|%[x]d|%[1]\n", 1, 2, 3)
	fmt.Printf("%!|%-|%5")
	fmt.Println()
	fmt.Printf("%.*d|%*d|%.*d\n", -1, 5, "w", 6, 2, 7)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "fprintf", 1)
	n, err := fmt.Printf("%s\n", "count")
	fmt.Println(n, err)
	b := fmt.Append([]byte("pre:"), 1, "x")
	b = fmt.Appendf(b, "|%03d", 7)
	b = fmt.Appendln(b, "end")
	fmt.Print(string(b))
	fmt.Println(fmt.Sprintln("x", 1), fmt.Sprint(), fmt.Sprint(nil, nil), fmt.Sprint("a", nil, "b"))
	fmt.Printf("%v %x\n", []interface{}{nil, 1, "x"}, []interface{}{10, "A"})
}
