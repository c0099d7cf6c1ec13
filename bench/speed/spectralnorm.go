// Spectral norm of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1), by power
// iteration on A'A over n entries; prints the norm.
package main

import (
	"fmt"
	"math"
)

const n = 250

func a(i, j int) float64 { return 1 / float64((i+j)*(i+j+1)/2+i+1) }

func times(out, v []float64, transpose bool) {
	for i := range out {
		s := 0.0
		for j := range v {
			if transpose {
				s += a(j, i) * v[j]
			} else {
				s += a(i, j) * v[j]
			}
		}
		out[i] = s
	}
}

func timesAtA(out, v, tmp []float64) {
	times(tmp, v, false)
	times(out, tmp, true)
}

func main() {
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	for i := 0; i < 10; i++ {
		timesAtA(v, u, tmp)
		timesAtA(u, v, tmp)
	}
	var vbv, vv float64
	for i := range v {
		vbv += u[i] * v[i]
		vv += v[i] * v[i]
	}
	fmt.Printf("%.9f\n", math.Sqrt(vbv/vv))
}
