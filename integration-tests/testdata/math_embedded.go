// targets: host wasi wasm cortex-m-qemu microbit
// goroot: none

// The embedded math package, compiled without a GOROOT (with one, Go's own math would
// be compiled instead): each of its 42 approximated or IEEE-defined functions beyond
// mathx.go's over its special cases (printed exactly, with the sign of zero) and over
// ordinary arguments, printed to 12 significant digits. Our algorithms are not gc's, so
// their results may differ from gc's in the last bit or two; 12 digits hide that, and
// every value printed here was checked to print the same after moving it by up to 4
// ulps either way.
package main

import (
	"fmt"
	"math"
)

var (
	inf  = math.Inf(1)
	ninf = math.Inf(-1)
	nan  = math.NaN()
	nz   = math.Copysign(0, -1)
)

// exact prints special-case results as they are (NaN, ±Inf, ±0 and exact values).
func exact(name string, vs ...float64) {
	fmt.Print(name, ":")
	for _, v := range vs {
		fmt.Print(" ", v)
	}
	fmt.Println()
}

// approx prints ordinary results to 12 significant digits.
func approx(name string, vs ...float64) {
	fmt.Print(name, ":")
	for _, v := range vs {
		fmt.Printf(" %.12g", v)
	}
	fmt.Println()
}

// over applies f to every argument.
func over(f func(float64) float64, xs ...float64) []float64 {
	r := make([]float64, len(xs))
	for i, x := range xs {
		r[i] = f(x)
	}
	return r
}

var ordinary = []float64{-7.5, -2.25, -0.7, -0.01, 1e-9, 0.3, 0.5, 1.7, 3, 12.5, 100.25, 1e5}
var unit = []float64{-0.99, -0.6, -0.3, -1e-8, 0.001, 0.2, 0.45, 0.75, 0.999}

func main() {
	exps()
	logs()
	trig()
	hyperbolic()
	powers()
	special()
	bessel()
}

func exps() {
	exact("Exp", math.Exp(0), math.Exp(inf), math.Exp(ninf), math.Exp(nan), math.Exp(710), math.Exp(-746))
	approx("Exp", over(math.Exp, ordinary[:11]...)...)
	approx("Exp", math.Exp(700), math.Exp(-700), math.Exp(-740))
	exact("Exp2", math.Exp2(0), math.Exp2(10), math.Exp2(-3), math.Exp2(inf), math.Exp2(ninf), math.Exp2(1024), math.Exp2(-1080))
	approx("Exp2", over(math.Exp2, ordinary[:11]...)...)
	approx("Exp2", math.Exp2(1023.5), math.Exp2(-1060.25))
	exact("Expm1", math.Expm1(0), math.Expm1(nz), math.Expm1(inf), math.Expm1(ninf), math.Expm1(nan), math.Expm1(-50))
	approx("Expm1", over(math.Expm1, ordinary[:11]...)...)
	exact("Pow10", math.Pow10(0), math.Pow10(5), math.Pow10(-1), math.Pow10(309), math.Pow10(-324), math.Pow10(22))
	approx("Pow10", math.Pow10(23), math.Pow10(-7), math.Pow10(100), math.Pow10(-100), math.Pow10(308), math.Pow10(-308), math.Pow10(-320))
}

func logs() {
	exact("Log", math.Log(1), math.Log(0), math.Log(nz), math.Log(-1), math.Log(inf), math.Log(nan))
	pos := []float64{1e-300, 1e-20, 0.001, 0.5, 0.7, 0.999, 1.0001, 2, 10, 1e10, 1e300}
	approx("Log", over(math.Log, pos...)...)
	exact("Log2", math.Log2(8), math.Log2(0.25), math.Log2(0), math.Log2(-2), math.Log2(inf))
	approx("Log2", over(math.Log2, pos...)...)
	exact("Log10", math.Log10(0), math.Log10(-1), math.Log10(inf), math.Log10(nan))
	approx("Log10", over(math.Log10, pos...)...)
	exact("Log1p", math.Log1p(0), math.Log1p(nz), math.Log1p(-1), math.Log1p(-2), math.Log1p(inf), math.Log1p(nan))
	approx("Log1p", over(math.Log1p, -0.999, -0.5, -1e-10, 1.3e-12, 0.25, 1, 7, 1e6, 1e20)...)
	exact("Logb", math.Logb(0), math.Logb(inf), math.Logb(ninf), math.Logb(nan), math.Logb(1), math.Logb(-1000), math.Logb(0.1), math.Logb(5e-324))
	fmt.Println("Ilogb:", math.Ilogb(0), math.Ilogb(inf), math.Ilogb(nan), math.Ilogb(1), math.Ilogb(-1000), math.Ilogb(0.1), math.Ilogb(5e-324), math.Ilogb(math.MaxFloat64))
}

func trig() {
	exact("Sin", math.Sin(0), math.Sin(nz), math.Sin(inf), math.Sin(nan))
	wide := []float64{-1e6, -100, -4, -1, -1e-9, 0.5, 1.5, 3, 6, 1e4, 1e10, 1e22, 1e300}
	approx("Sin", over(math.Sin, wide...)...)
	exact("Cos", math.Cos(0), math.Cos(inf), math.Cos(nan))
	approx("Cos", over(math.Cos, wide...)...)
	exact("Tan", math.Tan(0), math.Tan(nz), math.Tan(ninf), math.Tan(nan))
	approx("Tan", over(math.Tan, wide...)...)
	s, c := math.Sincos(nz)
	exact("Sincos", s, c)
	s, c = math.Sincos(inf)
	exact("Sincos", s, c)
	for _, x := range []float64{-2, 0.75, 5, 1e5} {
		s, c = math.Sincos(x)
		approx("Sincos", s, c)
	}
	exact("Asin", math.Asin(0), math.Asin(nz), math.Asin(1.5), math.Asin(nan))
	approx("Asin", over(math.Asin, unit...)...)
	approx("Asin", math.Asin(1), math.Asin(-1))
	exact("Acos", math.Acos(1), math.Acos(-1.5), math.Acos(nan))
	approx("Acos", over(math.Acos, unit...)...)
	approx("Acos", math.Acos(-1), math.Acos(0))
	exact("Atan", math.Atan(0), math.Atan(nz), math.Atan(nan))
	approx("Atan", math.Atan(inf), math.Atan(ninf))
	approx("Atan", over(math.Atan, ordinary...)...)
	exact("Atan2", math.Atan2(1, nan), math.Atan2(nan, 1), math.Atan2(0, 1), math.Atan2(nz, 1), math.Atan2(0, 0), math.Atan2(nz, 0), math.Atan2(5, inf), math.Atan2(-5, inf))
	approx("Atan2", math.Atan2(0, -1), math.Atan2(nz, -1), math.Atan2(0, nz), math.Atan2(2, 0), math.Atan2(-2, 0),
		math.Atan2(inf, inf), math.Atan2(ninf, inf), math.Atan2(inf, ninf), math.Atan2(ninf, ninf),
		math.Atan2(1, ninf), math.Atan2(-1, ninf), math.Atan2(inf, 3), math.Atan2(ninf, 3))
	approx("Atan2", math.Atan2(1, 2), math.Atan2(-3, 0.5), math.Atan2(2, -7), math.Atan2(-1e-5, -4), math.Atan2(1e10, 1), math.Atan2(3, 3))
}

func hyperbolic() {
	exact("Sinh", math.Sinh(0), math.Sinh(nz), math.Sinh(inf), math.Sinh(ninf), math.Sinh(nan), math.Sinh(800))
	approx("Sinh", over(math.Sinh, ordinary[:11]...)...)
	exact("Cosh", math.Cosh(0), math.Cosh(nz), math.Cosh(inf), math.Cosh(ninf), math.Cosh(nan))
	approx("Cosh", over(math.Cosh, ordinary[:11]...)...)
	exact("Tanh", math.Tanh(0), math.Tanh(nz), math.Tanh(inf), math.Tanh(ninf), math.Tanh(nan), math.Tanh(30), math.Tanh(-30))
	approx("Tanh", over(math.Tanh, ordinary[:11]...)...)
	exact("Asinh", math.Asinh(0), math.Asinh(nz), math.Asinh(inf), math.Asinh(ninf), math.Asinh(nan))
	approx("Asinh", over(math.Asinh, ordinary...)...)
	approx("Asinh", math.Asinh(1e300), math.Asinh(-1e-300))
	exact("Acosh", math.Acosh(1), math.Acosh(inf), math.Acosh(0.5), math.Acosh(nan))
	approx("Acosh", over(math.Acosh, 1.0000001, 1.2, 2, 3.5, 50, 1e10, 1e300)...)
	exact("Atanh", math.Atanh(1), math.Atanh(-1), math.Atanh(0), math.Atanh(nz), math.Atanh(1.5), math.Atanh(nan))
	approx("Atanh", over(math.Atanh, unit...)...)
}

func powers() {
	exact("Pow", math.Pow(nan, 0), math.Pow(1, nan), math.Pow(-3, 1), math.Pow(nan, 2), math.Pow(2, nan))
	exact("Pow", math.Pow(0, -3), math.Pow(nz, -3), math.Pow(nz, ninf), math.Pow(0, inf), math.Pow(nz, -2), math.Pow(0, -0.5))
	exact("Pow", math.Pow(0, 3), math.Pow(nz, 3), math.Pow(nz, 2), math.Pow(nz, 0.5), math.Pow(-1, inf), math.Pow(-1, ninf))
	exact("Pow", math.Pow(2, inf), math.Pow(-2, ninf), math.Pow(0.5, inf), math.Pow(-0.5, ninf), math.Pow(inf, 0.1), math.Pow(inf, -2))
	exact("Pow", math.Pow(ninf, 3), math.Pow(ninf, 2), math.Pow(ninf, -3), math.Pow(ninf, -2), math.Pow(-2, 0.5), math.Pow(-8, 1.0/3))
	exact("Pow", math.Pow(2, 10), math.Pow(-2, 3), math.Pow(3, -2), math.Pow(4, 0.5), math.Pow(10, 400), math.Pow(10, -400), math.Pow(-10, 401))
	approx("Pow", math.Pow(2, 0.1), math.Pow(7.5, 3.3), math.Pow(0.3, -12.7), math.Pow(1.5, 40.5), math.Pow(-1.5, 7), math.Pow(123.4, -5.6), math.Pow(1e-300, 0.999), math.Pow(2, -1070.5))
	exact("Cbrt", math.Cbrt(0), math.Cbrt(nz), math.Cbrt(inf), math.Cbrt(ninf), math.Cbrt(nan), math.Cbrt(27), math.Cbrt(-0.125))
	approx("Cbrt", over(math.Cbrt, ordinary...)...)
	approx("Cbrt", math.Cbrt(5e-324), math.Cbrt(1e300))
	exact("Hypot", math.Hypot(inf, nan), math.Hypot(nan, ninf), math.Hypot(nan, 1), math.Hypot(1, nan), math.Hypot(3, 4), math.Hypot(0, nz))
	approx("Hypot", math.Hypot(1, 1), math.Hypot(1e300, 2e300), math.Hypot(-3e-310, 4e-310), math.Hypot(1e-5, 7), math.Hypot(2.5, -6.25))
	exact("Remainder", math.Remainder(inf, 1), math.Remainder(nan, 1), math.Remainder(1, 0), math.Remainder(2.5, inf), math.Remainder(1, nan))
	exact("Remainder", math.Remainder(5, 3), math.Remainder(-5, 3), math.Remainder(4.5, 3), math.Remainder(7.5, 3), math.Remainder(6, 3), math.Remainder(-6, 3),
		math.Remainder(1e300, 3.5), math.Remainder(5e-324, 1e-323), math.Remainder(1.5e-323, 1e-323), math.Remainder(math.MaxFloat64, 0.75))
	exact("FMA", math.FMA(2, 3, 4), math.FMA(0.1, 10, -1), math.FMA(1+0x1p-52, 1-0x1p-52, -1), math.FMA(1e308, 10, -inf), math.FMA(inf, 0, 1),
		math.FMA(1e-300, 1e-300, 5e-324), math.FMA(-0x1p-1074, 0.5, 0), math.FMA(3, nz, 0), math.FMA(1e200, 1e200, -1e308), math.FMA(0x1p-1022, 0x1p-1, 0x1p-1075))
	fmt.Println("Nextafter32:", math.Nextafter32(1, 2), math.Nextafter32(1, 0), math.Nextafter32(0, -1), math.Nextafter32(-1, -1),
		math.Nextafter32(float32(math.Inf(1)), 0), math.Nextafter32(3.4e38, float32(math.Inf(1))), math.Float32bits(math.Nextafter32(float32(nan), 0)) != 0)
}

func special() {
	exact("Erf", math.Erf(0), math.Erf(nz), math.Erf(inf), math.Erf(ninf), math.Erf(nan), math.Erf(7))
	approx("Erf", over(math.Erf, -3, -1, -0.4, -1e-10, 0.1, 0.5, 0.9, 1.5, 2.2, 4, 5.5)...)
	exact("Erfc", math.Erfc(inf), math.Erfc(ninf), math.Erfc(nan), math.Erfc(0), math.Erfc(-7), math.Erfc(30))
	approx("Erfc", over(math.Erfc, -3, -1, -0.4, 0.1, 0.5, 0.9, 1.5, 2.2, 4, 5.5, 10, 26)...)
	exact("Erfinv", math.Erfinv(1), math.Erfinv(-1), math.Erfinv(1.5), math.Erfinv(-2), math.Erfinv(nan), math.Erfinv(0), math.Erfinv(nz))
	approx("Erfinv", over(math.Erfinv, unit...)...)
	exact("Erfcinv", math.Erfcinv(0), math.Erfcinv(2), math.Erfcinv(-0.5), math.Erfcinv(2.5), math.Erfcinv(nan), math.Erfcinv(1))
	approx("Erfcinv", over(math.Erfcinv, 0.01, 0.2, 0.5, 0.9, 1.1, 1.5, 1.99)...)
	exact("Gamma", math.Gamma(inf), math.Gamma(0), math.Gamma(nz), math.Gamma(-1), math.Gamma(-50), math.Gamma(ninf), math.Gamma(nan), math.Gamma(172), math.Gamma(-200.5))
	exact("Gamma", math.Gamma(1), math.Gamma(2), math.Gamma(5), math.Gamma(11), math.Gamma(21))
	approx("Gamma", over(math.Gamma, -7.5, -2.25, -0.7, -0.01, 1e-9, 0.3, 0.5, 1.7, 3.5, 12.5, 100.25, 170.5, -170.5)...)
	for _, x := range []float64{inf, 0, nz, -3, ninf, nan} {
		v, s := math.Lgamma(x)
		fmt.Println("Lgamma:", v, s)
	}
	for _, x := range []float64{-7.5, -2.25, -0.7, -0.01, 1e-9, 0.3, 0.5, 1.7, 3.5, 12.5, 100.25, 1e5, 1e300} {
		v, s := math.Lgamma(x)
		fmt.Printf("Lgamma: %.12g %d\n", v, s)
	}
}

func bessel() {
	exact("J0", math.J0(inf), math.J0(ninf), math.J0(nan), math.J0(0))
	pos := []float64{1e-9, 0.1, 0.75, 1.5, 3, 4.5, 7, 10.5, 19, 24, 31, 100.5, 1e4}
	approx("J0", over(math.J0, pos...)...)
	approx("J0", math.J0(-3), math.J0(1e15))
	exact("J1", math.J1(inf), math.J1(ninf), math.J1(nan), math.J1(0))
	approx("J1", over(math.J1, pos...)...)
	approx("J1", math.J1(-3), math.J1(1e15))
	exact("Y0", math.Y0(inf), math.Y0(0), math.Y0(-1), math.Y0(nan))
	approx("Y0", over(math.Y0, pos...)...)
	exact("Y1", math.Y1(inf), math.Y1(0), math.Y1(-1), math.Y1(nan))
	approx("Y1", over(math.Y1, pos...)...)
	exact("Jn", math.Jn(3, inf), math.Jn(-2, ninf), math.Jn(4, nan), math.Jn(2, 0), math.Jn(0, 0))
	for _, n := range []int{-3, 2, 5, 12, 40} {
		approx(fmt.Sprint("Jn ", n), math.Jn(n, 0.5), math.Jn(n, 3), math.Jn(n, -6.5), math.Jn(n, 15), math.Jn(n, 33.5), math.Jn(n, 60))
	}
	exact("Yn", math.Yn(3, inf), math.Yn(2, 0), math.Yn(-1, 0), math.Yn(-2, 0), math.Yn(2, -1), math.Yn(1, nan))
	for _, n := range []int{-3, 2, 5, 12} {
		approx(fmt.Sprint("Yn ", n), math.Yn(n, 0.5), math.Yn(n, 3), math.Yn(n, 6.5), math.Yn(n, 15), math.Yn(n, 33.5), math.Yn(n, 60))
	}
}
