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
	p := allocNoscan(n)
	memmoveSmall(p, unsafe.Pointer(unsafe.StringData(a)), uintptr(len(a)))
	memmoveSmall(unsafe.Pointer(uintptr(p)+uintptr(len(a))), unsafe.Pointer(unsafe.StringData(b)), uintptr(len(b)))
	return makeString(p, n)
}

// stringConcatN is a + b + c ... of three or more strings, which the compiler passes in
// an array in the caller's frame: one allocation for the result, where a chain of
// two-string concatenations would leave each intermediate string as garbage. When all
// parts but one are empty, that one is the result (strings are never written).
func stringConcatN(parts []string) string {
	n := uintptr(0)
	for _, s := range parts {
		n += uintptr(len(s))
	}
	for _, s := range parts {
		if uintptr(len(s)) == n {
			return s
		}
	}
	p := allocNoscan(n)
	at := p
	for _, s := range parts {
		memmoveSmall(at, unsafe.Pointer(unsafe.StringData(s)), uintptr(len(s)))
		at = unsafe.Add(at, len(s))
	}
	return makeString(p, n)
}

// stringFromBytes is string(b) for a byte slice given as pointer and length: a copy.
func stringFromBytes(ptr unsafe.Pointer, n uintptr) string {
	if n == 0 {
		return ""
	}
	p := allocNoscan(n)
	memmoveSmall(p, ptr, n)
	return makeString(p, n)
}

// bytesFromString is []byte(s): a copy, returned as pointer, length and capacity.
func bytesFromString(s string) (unsafe.Pointer, uintptr, uintptr) {
	n := uintptr(len(s))
	p := allocNoscan(n)
	memmove(p, unsafe.Pointer(unsafe.StringData(s)), n)
	return p, n, n
}

// stringFromRune is string(r): the UTF-8 encoding of r, or of U+FFFD when r is not a
// valid code point.
func stringFromRune(r int32) string {
	n := runeLen(r)
	p := allocNoscan(n)
	encodeRune(p, r)
	return makeString(p, n)
}

// runeLen is the length of the UTF-8 encoding that encodeRune writes for r.
func runeLen(r int32) uintptr {
	switch {
	case r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF):
		return 3 // U+FFFD
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case r < 0x10000:
		return 3
	}
	return 4
}

// encodeRune writes the UTF-8 encoding of r (U+FFFD if r is not a code point) at p and
// returns its length.
func encodeRune(p unsafe.Pointer, r int32) uintptr {
	if r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF) {
		r = 0xFFFD
	}
	b := (*[4]byte)(p)
	switch {
	case r < 0x80:
		b[0] = byte(r)
		return 1
	case r < 0x800:
		b[0] = 0xC0 | byte(r>>6)
		b[1] = 0x80 | byte(r)&0x3F
		return 2
	case r < 0x10000:
		b[0] = 0xE0 | byte(r>>12)
		b[1] = 0x80 | byte(r>>6)&0x3F
		b[2] = 0x80 | byte(r)&0x3F
		return 3
	}
	b[0] = 0xF0 | byte(r>>18)
	b[1] = 0x80 | byte(r>>12)&0x3F
	b[2] = 0x80 | byte(r>>6)&0x3F
	b[3] = 0x80 | byte(r)&0x3F
	return 4
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

// runesFromString is []rune(s): the code points of s (U+FFFD for each invalid byte),
// returned as pointer, length and capacity.
func runesFromString(s string) (unsafe.Pointer, uintptr, uintptr) {
	n := uintptr(0)
	for range s {
		n++
	}
	p := allocNoscan(n * 4)
	i := uintptr(0)
	for _, r := range s {
		*(*int32)(unsafe.Add(p, i*4)) = r
		i++
	}
	return p, n, n
}

// stringFromRunes is string(runes): the concatenated UTF-8 encodings of the n code
// points at ptr (U+FFFD for values that are not code points).
func stringFromRunes(ptr unsafe.Pointer, n uintptr) string {
	size := uintptr(0)
	for i := uintptr(0); i < n; i++ {
		size += runeLen(*(*int32)(unsafe.Add(ptr, i*4)))
	}
	if size == 0 {
		return ""
	}
	p := allocNoscan(size)
	at := uintptr(0)
	for i := uintptr(0); i < n; i++ {
		at += encodeRune(unsafe.Add(p, at), *(*int32)(unsafe.Add(ptr, i*4)))
	}
	return makeString(p, size)
}
