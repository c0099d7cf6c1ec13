package strconv

import "unsafe"

// FormatComplex formats c as "(re+imi)" with both parts formatted by FormatFloat with
// fmt and prec; bitSize 64 is a complex64 (float32 parts), 128 a complex128.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize /= 2
	im := FormatFloat(imag(c), fmt, prec, bitSize)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, bitSize) + im + "i)"
}

// ParseComplex converts s, of the form N, Ni or N±Ni (each N as ParseFloat accepts
// it, "NaN" and "Inf" included), optionally in parentheses, to a complex128 whose
// parts are rounded to float32 when bitSize is 64. A part out of range gives ±Inf in
// that part and an error whose Err is ErrRange.
func ParseComplex(s string, bitSize int) (complex128, error) {
	const fn = "ParseComplex"
	size := 64
	if bitSize == 64 {
		size = 32
	}
	orig := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	// the first number is the real part, or the imaginary one when only "i" follows
	re, n, ok, rangeErr := complexPart(s, size, orig)
	if !ok {
		return 0, syntaxError(fn, orig)
	}
	s = s[n:]
	if len(s) == 0 {
		return complex(re, 0), rangeErr
	}
	switch s[0] {
	case '+':
		// the sign is part of the number, except before a sign-less "NaN"; "++" stays an error
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
	case 'i':
		if len(s) == 1 {
			return complex(0, re), rangeErr
		}
		return 0, syntaxError(fn, orig)
	default:
		return 0, syntaxError(fn, orig)
	}
	im, n, ok, imErr := complexPart(s, size, orig)
	if !ok || s[n:] != "i" {
		return 0, syntaxError(fn, orig)
	}
	if rangeErr == nil {
		rangeErr = imErr
	}
	return complex(re, im), rangeErr
}

// complexPart parses the float at the start of s for ParseComplex: its value, the
// bytes it used, false on a syntax error, and a range error naming the whole input orig.
func complexPart(s string, size int, orig string) (float64, int, bool, error) {
	bits, n, err := parseFloatPrefix(s, size)
	var rangeErr error
	if err != nil {
		if err.(*NumError).Err != ErrRange {
			return 0, 0, false, nil
		}
		rangeErr = rangeError("ParseComplex", orig)
	}
	if size == 32 {
		return float64(*(*float32)(unsafe.Pointer(&[1]uint32{uint32(bits)}))), n, true, rangeErr
	}
	return *(*float64)(unsafe.Pointer(&bits)), n, true, rangeErr
}
