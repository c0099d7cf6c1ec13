// Mandelbrot set on a size x size grid, 50 iterations, one bit per point; prints a
// checksum of the bitmap.
package main

import "fmt"

const size = 400

func main() {
	var sum uint32
	for y := 0; y < size; y++ {
		ci := 2*float64(y)/size - 1
		var bits byte
		for x := 0; x < size; x++ {
			cr := 2*float64(x)/size - 1.5
			zr, zi := 0.0, 0.0
			in := true
			for i := 0; i < 50; i++ {
				zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
				if zr*zr+zi*zi > 4 {
					in = false
					break
				}
			}
			bits <<= 1
			if in {
				bits |= 1
			}
			if x%8 == 7 {
				sum = sum*31 + uint32(bits)
				bits = 0
			}
		}
	}
	fmt.Println(sum)
}
