// targets: host wasi wasm cortex-m-qemu microbit

// strconv.FormatComplex and ParseComplex: every form ParseComplex accepts (N, Ni,
// N+Ni, N-Ni, parentheses, NaN and Inf parts, hexadecimal and underscores), its
// syntax and range errors, and complex64 rounding.
package main

import (
	"math"
	"strconv"
)

func main() {
	values := []complex128{
		0, 1 + 2i, -1.5 - 0.25i, complex(math.Inf(1), math.NaN()), complex(0, math.Copysign(0, -1)),
		complex(1e300, -1e-300), complex(math.Pi, math.E), complex(-0.1, 3e38),
	}
	for _, c := range values {
		for _, f := range []byte{'g', 'e', 'f', 'x'} {
			println(strconv.FormatComplex(c, f, -1, 128), strconv.FormatComplex(c, f, 3, 64))
		}
	}
	inputs := []string{
		"0", "1", "-1", "1i", "-1i", "i", "+i", "1+2i", "1-2i", "(1+2i)", "(1+2i", "1+2i)",
		"()", "", "(", "1+2", "1++2i", "1+-2i", "1-+2i", "1+2ii", "1i+2", "+1.5e3-2.5e-3i",
		"NaN", "NaN+NaNi", "NaNi", "-NaNi", "1-NaNi", "Inf", "-Inf+Infi", "infinity-infi",
		"1e400", "1e400i", "1+1e400i", "-1e400-1e400i", "3.5e38+1i", "0x1p-2+0x1.8p1i",
		"1_000+2_0i", "0x_1p0i", " 1", "1 ", "1+ 2i", "1e", "1e+i", "1+2j", "+1", "++1",
	}
	for _, s := range inputs {
		for _, bits := range []int{128, 64} {
			c, err := strconv.ParseComplex(s, bits)
			if err != nil {
				ne := err.(*strconv.NumError)
				println(strconv.Quote(s), bits, "->", strconv.FormatComplex(c, 'g', -1, 128), "error:", err.Error(), ne.Func, ne.Err == strconv.ErrRange, ne.Err == strconv.ErrSyntax)
				continue
			}
			println(strconv.Quote(s), bits, "->", strconv.FormatComplex(c, 'g', -1, 128))
		}
	}
	defer func() { println("recovered:", recover().(string)) }()
	strconv.FormatComplex(1, 'g', -1, 32)
}
