package runtime

import "unsafe"

// printfloat64 prints v as Go's builtin print does: NaN, +Inf, -Inf, or a sign, one
// digit, a point, six digits, 'e', the exponent's sign and three digits
// (+1.500000e+000). The value is normalised into [1, 10) by repeated multiplication
// or division by ten and rounded at the seventh digit, which is what fixes the digits
// Go prints (also their rounding errors for denormals). The compiler builds this
// function only for programs that print a floating-point value.
func printfloat64(v float64) {
	if v != v {
		printstring("NaN")
		return
	}
	if v+v == v && v != 0 {
		if v > 0 {
			printstring("+Inf")
		} else {
			printstring("-Inf")
		}
		return
	}
	const digits = 7
	buf := &printBuf // 14 of its bytes: +d.dddddde+ddd
	buf[0] = '+'
	exp := 0
	if v == 0 {
		if 1/v < 0 {
			buf[0] = '-'
		}
	} else {
		if v < 0 {
			v = -v
			buf[0] = '-'
		}
		for v >= 10 {
			exp++
			v /= 10
		}
		for v < 1 {
			exp--
			v *= 10
		}
	}
	half := 5.0
	for i := 0; i < digits; i++ {
		half /= 10
	}
	v += half
	if v >= 10 {
		exp++
		v /= 10
	}
	for i := 0; i < digits; i++ {
		d := int(v)
		pos := i + 1
		if i > 0 {
			pos++
		}
		buf[pos] = byte(d + '0')
		v -= float64(d)
		v *= 10
	}
	buf[2] = '.'
	buf[9] = 'e'
	buf[10] = '+'
	if exp < 0 {
		exp = -exp
		buf[10] = '-'
	}
	buf[11] = byte(exp/100) + '0'
	buf[12] = byte(exp/10%10) + '0'
	buf[13] = byte(exp%10) + '0'
	write(&buf[0], 14)
}

// panicFloat prints a panic value of a float or complex kind. The compiler calls
// panicFloatPrinter or panicComplexPrinter before panicking with such a value, so
// that only programs that do carry the float printer.
var panicFloat func(kind uint8, p unsafe.Pointer)

func panicFloatPrinter() {
	panicFloat = printPanicFloat
}

func printPanicFloat(kind uint8, p unsafe.Pointer) {
	if kind == kindFloat32 {
		printfloat64(float64(*(*float32)(p)))
	} else if kind == kindFloat64 {
		printfloat64(*(*float64)(p))
	}
}
