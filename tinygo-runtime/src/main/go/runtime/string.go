package runtime

import "unsafe"

// String support the compiler calls: concatenation, conversions between strings,
// byte slices and runes, and UTF-8 decoding for range loops. New strings live in
// freshly allocated memory; strings are never written after creation.

func makeString(p unsafe.Pointer, n uintptr) string {
	return unsafe.String((*byte)(p), n)
}

func stringConcat(a, b string) string {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	n := uintptr(len(a)) + uintptr(len(b))
	p := alloc(n)
	memmove(p, unsafe.Pointer(unsafe.StringData(a)), uintptr(len(a)))
	memmove(unsafe.Pointer(uintptr(p)+uintptr(len(a))), unsafe.Pointer(unsafe.StringData(b)), uintptr(len(b)))
	return makeString(p, n)
}

// stringFromBytes is string(b) for a byte slice given as pointer and length: a copy.
func stringFromBytes(ptr unsafe.Pointer, n uintptr) string {
	if n == 0 {
		return ""
	}
	p := alloc(n)
	memmove(p, ptr, n)
	return makeString(p, n)
}

// bytesFromString is []byte(s): a copy, returned as pointer, length and capacity.
func bytesFromString(s string) (unsafe.Pointer, uintptr, uintptr) {
	n := uintptr(len(s))
	p := alloc(n)
	memmove(p, unsafe.Pointer(unsafe.StringData(s)), n)
	return p, n, n
}

// stringFromRune is string(r): the UTF-8 encoding of r, or of U+FFFD when r is not a
// valid code point.
func stringFromRune(r int32) string {
	if r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF) {
		r = 0xFFFD
	}
	var n uintptr
	switch {
	case r < 0x80:
		n = 1
	case r < 0x800:
		n = 2
	case r < 0x10000:
		n = 3
	default:
		n = 4
	}
	p := alloc(n)
	b := (*[4]byte)(p)
	switch n {
	case 1:
		b[0] = byte(r)
	case 2:
		b[0] = 0xC0 | byte(r>>6)
		b[1] = 0x80 | byte(r)&0x3F
	case 3:
		b[0] = 0xE0 | byte(r>>12)
		b[1] = 0x80 | byte(r>>6)&0x3F
		b[2] = 0x80 | byte(r)&0x3F
	default:
		b[0] = 0xF0 | byte(r>>18)
		b[1] = 0x80 | byte(r>>12)&0x3F
		b[2] = 0x80 | byte(r>>6)&0x3F
		b[3] = 0x80 | byte(r)&0x3F
	}
	return makeString(p, n)
}

// decodeRune decodes the UTF-8 sequence at s[i:] for range loops: the rune and its
// width; an invalid or truncated sequence is U+FFFD of width 1, as Go defines.
func decodeRune(s string, i int) (int32, int) {
	n := len(s) - i
	c0 := s[i]
	if c0 < 0x80 {
		return int32(c0), 1
	}
	if c0 >= 0xC2 && c0 < 0xE0 && n >= 2 {
		c1 := s[i+1]
		if c1&0xC0 == 0x80 {
			return int32(c0&0x1F)<<6 | int32(c1&0x3F), 2
		}
	} else if c0 >= 0xE0 && c0 < 0xF0 && n >= 3 {
		c1, c2 := s[i+1], s[i+2]
		lo := byte(0x80)
		hi := byte(0xBF)
		if c0 == 0xE0 {
			lo = 0xA0
		} else if c0 == 0xED {
			hi = 0x9F
		}
		if c1 >= lo && c1 <= hi && c2&0xC0 == 0x80 {
			return int32(c0&0x0F)<<12 | int32(c1&0x3F)<<6 | int32(c2&0x3F), 3
		}
	} else if c0 >= 0xF0 && c0 < 0xF5 && n >= 4 {
		c1, c2, c3 := s[i+1], s[i+2], s[i+3]
		lo := byte(0x80)
		hi := byte(0xBF)
		if c0 == 0xF0 {
			lo = 0x90
		} else if c0 == 0xF4 {
			hi = 0x8F
		}
		if c1 >= lo && c1 <= hi && c2&0xC0 == 0x80 && c3&0xC0 == 0x80 {
			return int32(c0&0x07)<<18 | int32(c1&0x3F)<<12 | int32(c2&0x3F)<<6 | int32(c3&0x3F), 4
		}
	}
	return 0xFFFD, 1
}

// panicPrefix and panicEnd frame panic(v) for values of basic types, which the
// compiler prints in between as print does.
func panicPrefix() {
	printstring("panic: ")
}

func panicEnd() {
	printnl()
	exit(2)
}
