// targets: host wasi wasm cortex-m-qemu microbit

// fmt on floating-point and complex values: %v %e %f %g with widths, precisions and
// flags, shortest formatting, infinities and NaN, and floats inside composites.
package main

import (
	"fmt"
	"math"
)

type Celsius float64

type Vec struct{ X, Y float32 }

func main() {
	fmt.Println(3.5, 0.1, 1e6, 1e21, 1e-5, 123456789.0, float32(0.1), -0.0, 100.0)
	fmt.Printf("%6.2f|%-8.3e|%+g|%G|%08.3f|% f|%F\n", 3.14159, 1234.5, 2.5, 1e-7, -3.5, 1.0, 2.0)
	fmt.Printf("%v %v %.3v %g %.2g %e %E\n", 1e6, 1e21, 3.14159, float32(1)/3, 1234.0, 0.0, 1e100)
	fmt.Printf("%#v %#g %#.3g %#e %#f\n", 1.0, 2.0, 3.0, 4.0, 5.0)
	fmt.Printf("%v %v %v %5.1f|%-7v|%07.2f|%+v\n", math.Inf(1), math.Inf(-1), math.NaN(), math.Inf(1), math.NaN(), math.Inf(-1), math.NaN())
	fmt.Printf("%v %.2f %+.1e\n", complex(1, 2), complex64(complex(-1.5, 0.5)), complex(0, -1))
	fmt.Println(Celsius(21.5), Vec{1.5, -2}, []float64{1, 2.5}, &Vec{0, 0.25})
	fmt.Printf("%v %+v %#v %T\n", Vec{1, 2}, Vec{3, 4}, Vec{5, 6}, Celsius(0))
	fmt.Printf("%d %s %x\n", 1.5, 2.5, 3.0)
	fmt.Printf("%x %X %.2x %b %x %#.0x %x\n", 3.0, -1.0/3, 1.0/3, 8.0, float32(0.1), 1.0, 0.0)
	fmt.Println(fmt.Sprint(1.0, 2.0, "a", 3.0), math.MaxFloat64, math.SmallestNonzeroFloat64, float32(math.MaxFloat32))
}
