// targets: host wasi wasm cortex-m-qemu microbit
// Package strconv against Go's: integer formatting and parsing with every error text,
// bools, and float formatting in every format and precision.
package main

import "strconv"

func main() {
	for _, s := range []string{"0", "42", "-42", "+7", "0x1f", "0b101", "0o17", "017", "1_000", "_1", "1__0", "", "abc", "9223372036854775807",
		"9223372036854775808", "-9223372036854775808", "-9223372036854775809", "18446744073709551616", "12a"} {
		i, err := strconv.ParseInt(s, 0, 64)
		if err != nil {
			println(s, i, err.Error())
		} else {
			println(s, i)
		}
		u, err := strconv.ParseUint(s, 10, 32)
		if err != nil {
			println(" u", u, err.Error())
		} else {
			println(" u", u)
		}
		if len(s) < 10 { // (int is 32 bits on wasm: larger values would differ from the 64-bit oracle)
			a, err := strconv.Atoi(s)
			println(" a", a, err == nil)
		}
	}
	_, err := strconv.ParseInt("1", 1, 64)
	println(err.Error())
	_, err = strconv.ParseInt("1", 10, 65)
	println(err.Error())
	for _, s := range []string{"true", "T", "0", "FALSE", "yes"} {
		b, err := strconv.ParseBool(s)
		println(s, b, err == nil)
	}
	println(strconv.Itoa(-123), strconv.FormatInt(-1<<63, 2), strconv.FormatUint(1<<64-1, 36), strconv.FormatBool(true))
	println(string(strconv.AppendInt([]byte("x="), -5, 10)), string(strconv.AppendBool(nil, false)), strconv.IntSize >= 32)
	for _, f := range []float64{0, -1.5, 3.14159, 1e21, 1e-7, 123456789.125, 2.5} {
		println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'f', 2, 64),
			strconv.FormatFloat(f, 'G', 4, 32), string(strconv.AppendFloat(nil, f, 'f', -1, 64)))
	}
	var ne *strconv.NumError
	_, err = strconv.Atoi("zz")
	ne = err.(*strconv.NumError)
	println(ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
}
