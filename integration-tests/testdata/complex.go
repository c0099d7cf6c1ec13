// Complex numbers against Go's: construction, parts, arithmetic (division incl. by
// zero and with infinities), comparison, conversion, printing.
package main

func main() {
	a := complex(1.5, -2)
	b := 3 + 4i
	var c complex64 = complex64(a)
	println(a, b, c, real(b), imag(b), real(c))
	println(a+b, a-b, a*b, a/b, -a, a == b, a != b, a == complex(1.5, -2))
	zero := complex(0, 0)
	inf := complex(1/real(zero), 0)
	println(a/zero, inf/b, b/inf, zero/zero)
	var d complex128 = complex128(c) * 2
	println(d, c/complex64(b), c*c)
	z := 1 + 1i
	for i := 0; i < 5; i++ {
		z = z*z - 0.5i
	}
	println(z)
	var x float32 = 2
	println(complex(x, x*2))
}
