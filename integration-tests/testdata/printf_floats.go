// targets: host wasi wasm cortex-m-qemu microbit

// fmt.Printf's float verbs %f %e %E %g %G %v with widths, precisions and the flags
// + - space 0 #, over float64 and float32 values from zero and subnormals to the
// largest: a table of formats applied to a table of values, so that one call site
// prints them all.
package main

import "fmt"

var values = []float64{0, 1, -1, 0.5, 0.1, -0.25, 2.5, 3.14159265, -2.718281828, 9.999, 99.95,
	100, 1234.5678, 1e6, -1.5e7, 123456789, 1e21, 1e-4, 1.5e-5, 1e-7, 6.02214076e23,
	1.602176634e-19, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308}

var formats = []string{"%f", "%.2f", "%8.3f", "%-9.1f|", "%+.0f", "%08.2f", "% .3f",
	"%e", "%.3e", "%12.4E", "%-12.2e|", "%+.0e", "%g", "%.3g", "%10g", "%-10.4G|",
	"%#g", "%#.0f", "%v", "%8v", "%.1v"}

func main() {
	for _, f := range formats {
		fmt.Printf("%-8s", f)
		for _, v := range values {
			if fixed(f) && (v > 1e25 || v < -1e25) {
				continue // 'f' of the largest values: hundreds of digits
			}
			fmt.Printf(" "+f, v)
		}
		fmt.Printf("\n")
		for _, v := range values[:12] {
			fmt.Printf(" "+f, float32(v))
		}
		fmt.Printf("\n")
	}
	fmt.Printf("%6.2f|%-8.3e|%+g|%G|%08.3f|% f|%F|%5.1f%%\n", 3.14159, 1234.5, 2.5, 1e-7, -3.5, 1.0, 2.0, 99.44)
	fmt.Printf("%[2]*.[1]*[3]f|%*e|%.*g\n", 3, 10, 2.0/3, 12, 1e-3, 4, 123456.0)
}

// fixed reports whether the format's verb is f.
func fixed(format string) bool {
	for i := 0; i < len(format); i++ {
		if format[i] == 'f' {
			return true
		}
	}
	return false
}
