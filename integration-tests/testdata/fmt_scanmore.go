// targets: host wasi wasm cortex-m-qemu microbit

// More of fmt's scanning: verbs that do not fit the operand, types it cannot scan,
// named float, complex and bool types (no verb check for named floats, as in Go),
// binary exponents, literal runes and %% in formats, widths of 0 and too large.
package main

import "fmt"

type Blob []byte
type Temp float32
type Cx complex64
type Ok bool

func main() {
	var s string
	var bl Blob
	var x interface{}
	var t Temp
	var c Cx
	var ok Ok
	var m map[string]int
	n, err := fmt.Sscanf("ab", "%c", &s)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("4142 zz", "%x", &bl)
	fmt.Println(n, err, bl)
	n, err = fmt.Sscan("1", &x)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1", &m)
	fmt.Println(n, err)
	n, err = fmt.Sscan("2.5 (1-1i) T", &t, &c, &ok)
	fmt.Println(n, err, t, c, ok)
	n, err = fmt.Sscanf("2.5", "%x", &t)
	fmt.Println(n, err, t)
	n, err = fmt.Sscanf("1.5e", "%g", &t)
	fmt.Println(n, err, t)
	n, err = fmt.Sscanf("0x1p-2 1p", "%v %v", &t, &t)
	fmt.Println(n, err, t)
	var i int
	n, err = fmt.Sscanf("1\r\n2", "%d\n%d", &i, &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("  \t7", "%d", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("7", "%5c", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("'x'", "'%c'", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscan("1__0", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscan("+0b11", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("%", "%%")
	fmt.Println(n, err)
	n, err = fmt.Sscanf("", "%%")
	fmt.Println(n, err)
	n, err = fmt.Sscanf("", "%d", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("", "x%d", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("x", "x%d", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("7", "%d%d", &i, &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("7 ", "%d ", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("7", "%z", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("7", "%99999999d", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("7", "%0d", &i)
	fmt.Println(n, err, i)
}
