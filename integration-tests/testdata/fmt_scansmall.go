// targets: host wasi wasm cortex-m-qemu microbit
// (Not on the Uno: a program calling fmt.Sscan needs about 2.6 KB of data and bss
// there, its constants included, against 2 KB of RAM; fmt_small does not fit either.)

// fmt's scanning at its smallest: integers and strings with Sscan, Sscanln and
// Sscanf, and a few errors; printed with println to keep fmt's printing out of the
// program.
package main

import "fmt"

func report(what string, n int, err error) {
	if err != nil {
		println(what, n, err.Error())
	} else {
		println(what, n, "ok")
	}
}

func main() {
	var a int
	var b uint8
	var c int16
	var s string
	n, err := fmt.Sscan(" 42 200\n-7 word", &a, &b, &c, &s)
	report("Sscan", n, err)
	println(a, b, c, s)
	n, err = fmt.Sscanf("x=0x1f,y=12", "x=%v,y=%d", &a, &c)
	report("Sscanf", n, err)
	println(a, c)
	n, err = fmt.Sscanf("abc12", "%3s%d", &s, &a)
	report("width", n, err)
	println(s, a)
	n, err = fmt.Sscanln("1 2\n3", &a, &c)
	report("Sscanln", n, err)
	n, err = fmt.Sscanln("1\n2", &a, &c)
	report("Sscanln short", n, err)
	n, err = fmt.Sscan("300", &b)
	report("overflow", n, err)
	n, err = fmt.Sscan("q", &a)
	report("not int", n, err)
	n, err = fmt.Sscanf("1 2", "%d", &a, &c)
	report("operands", n, err)
	n, err = fmt.Sscan("", &a)
	report("empty", n, err)
}
