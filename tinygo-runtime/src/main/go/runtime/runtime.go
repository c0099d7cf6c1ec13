// Package runtime is the tinygo4j runtime: program start-up, the builtin print
// functions, panics and memory allocation. It is compiled together with every
// program; the target-specific files supply the output primitive (write), exit and
// the entry point that calls run.
package runtime

import "unsafe"

// initAll runs the initialiser of every package in dependency order. It has no body
// here: the compiler generates it.
func initAll()

// callMain calls the program's main function.
//
//go:linkname callMain main.main
func callMain()

// run is called by the target's entry point once memory is set up.
func run() {
	runMain()
	exit(0)
}

// printBuf holds the digits of a number being printed.
var printBuf [20]byte

func printstring(s string) {
	write(unsafe.StringData(s), uintptr(len(s)))
}

func printsp() {
	printBuf[0] = ' '
	write(&printBuf[0], 1)
}

func printnl() {
	printBuf[0] = '\n'
	write(&printBuf[0], 1)
}

func printbool(b bool) {
	if b {
		printstring("true")
	} else {
		printstring("false")
	}
}

// Decimal digits come from repeated subtraction of powers of ten, so that printing
// needs no division: the chips without a divide instruction need no library call.
// printuint32 and printuint64 are twins on purpose: 32-bit values must not pull 64-bit
// arithmetic (and its table) into programs for 8- and 32-bit chips.
var pow10u32 = [10]uint32{1000000000, 100000000, 10000000, 1000000, 100000, 10000, 1000, 100, 10, 1}

var pow10u64 = [20]uint64{
	10000000000000000000, 1000000000000000000, 100000000000000000, 10000000000000000,
	1000000000000000, 100000000000000, 10000000000000, 1000000000000, 100000000000,
	10000000000, 1000000000, 100000000, 10000000, 1000000, 100000, 10000, 1000, 100, 10, 1,
}

// decimal32 writes the decimal digits of n to buf from index i on and returns the
// index after the last one. The print functions and the run-time errors' messages
// (formatInto) share it and its 64-bit twin.
func decimal32(buf []byte, i int, n uint32) int {
	started := false
	for k := 0; k < len(pow10u32); k++ {
		p := pow10of32(k)
		d := byte('0')
		for n >= p {
			n -= p
			d++
		}
		if d != '0' || started || p == 1 {
			buf[i] = d
			i++
			started = true
		}
	}
	return i
}

func decimal64(buf []byte, i int, n uint64) int {
	started := false
	for k := 0; k < len(pow10u64); k++ {
		p := pow10of64(k)
		d := byte('0')
		for n >= p {
			n -= p
			d++
		}
		if d != '0' || started || p == 1 {
			buf[i] = d
			i++
			started = true
		}
	}
	return i
}

func printuint32(n uint32) {
	write(&printBuf[0], uintptr(decimal32(printBuf[:], 0, n)))
}

func printint32(n int32) {
	u := uint32(n)
	if n < 0 {
		printstring("-")
		u = -u
	}
	printuint32(u)
}

func printuint64(n uint64) {
	write(&printBuf[0], uintptr(decimal64(printBuf[:], 0, n)))
}

func printint64(n int64) {
	u := uint64(n)
	if n < 0 {
		printstring("-")
		u = -u
	}
	printuint64(u)
}

// printptr prints a pointer as Go does: 0x followed by lower-case hex digits.
func printptr(p uintptr) {
	printstring("0x")
	if p == 0 {
		printstring("0")
		return
	}
	i := 0
	started := false
	for shift := int(unsafe.Sizeof(p))*8 - 4; shift >= 0; shift -= 4 {
		d := byte(p>>uint(shift)) & 15
		if d != 0 || started {
			if d < 10 {
				printBuf[i] = '0' + d
			} else {
				printBuf[i] = 'a' + d - 10
			}
			i++
			started = true
		}
	}
	write(&printBuf[0], uintptr(i))
}

// printslice prints a slice as Go does: [len/cap] and the address of its array.
func printslice(data, len, cap uintptr) {
	printstring("[")
	printuintptr(len)
	printstring("/")
	printuintptr(cap)
	printstring("]")
	printptr(data)
}

// printuintptr prints n in decimal with the 32-bit printer where uintptr fits in it.
func printuintptr(n uintptr) {
	if unsafe.Sizeof(n) <= 4 {
		printuint32(uint32(n))
	} else {
		printuint64(uint64(n))
	}
}

// _panic is panic(msg) for a string.
func _panic(msg string) {
	gopanic(msg)
}

// runtimePanic ends the program with a run-time error that cannot be recovered: the
// allocator's, which cannot allocate a panic.
func runtimePanic(msg string) {
	panicTrap()
	printstring("panic: runtime error: ")
	printstring(msg)
	printnl()
	exit(2)
}

func panicIndex(index int, length int) {
	gopanic(boundsError{x: index, y: length, signed: true, code: boundsIndex})
}

// panicIndexUnsigned is panicIndex for an index of an unsigned type, which the message
// shows as the unsigned number it is.
func panicIndexUnsigned(index int, length int) {
	gopanic(boundsError{x: index, y: length, code: boundsIndex})
}

// panicIndex64 is panicIndex for an int64 (signed) or uint64 index on a 32-bit target.
func panicIndex64(index uint64, length int, signed bool) {
	panicBounds64(boundsError{y: length, signed: signed, code: boundsIndex}, index)
}

func panicDivide() {
	gopanic(errorString("integer divide by zero"))
}

func panicShift() {
	gopanic(errorString("negative shift amount"))
}

// panicNilDeref is a load or store through a nil pointer.
func panicNilDeref() {
	gopanic(errorString("invalid memory address or nil pointer dereference"))
}

func stringEqual(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func stringLess(a, b string) bool {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return len(a) < len(b)
}

func panicNilFunc() {
	panicNilDeref()
}
