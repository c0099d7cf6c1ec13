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

// decodeRune decodes the UTF-8 sequence at s[i:] for range loops and utf8's decoders
// (both call it with 0 <= i < len(s)): the rune and its width; an invalid or
// truncated sequence is U+FFFD of width 1, as Go defines. The first byte gives the
// width and the range of the second (narrower after E0, ED, F0 and F4: no overlong
// forms, surrogates or runes past U+10FFFF); one loop takes the continuation bytes.
// The bytes are read through a pointer, with uintptr counts: int has 32 bits on AVR
// too, and its arithmetic there is four instructions for one.
func decodeRune(s string, i int) (int32, int) {
	p := unsafe.Add(unsafe.Pointer(unsafe.StringData(s)), i)
	c0 := *(*byte)(p)
	if c0 < 0x80 {
		return int32(c0), 1
	}
	lo, hi := byte(0x80), byte(0xBF)
	w := uintptr(0)
	switch {
	case c0 < 0xC2:
		return 0xFFFD, 1
	case c0 < 0xE0:
		w = 2
	case c0 < 0xF0:
		w = 3
		if c0 == 0xE0 {
			lo = 0xA0
		} else if c0 == 0xED {
			hi = 0x9F
		}
	case c0 < 0xF5:
		w = 4
		if c0 == 0xF0 {
			lo = 0x90
		} else if c0 == 0xF4 {
			hi = 0x8F
		}
	default:
		return 0xFFFD, 1
	}
	if uintptr(len(s)-i) < w {
		return 0xFFFD, 1
	}
	r := int32(c0 & (0x7F >> w))
	for k := uintptr(1); k < w; k++ {
		c := *(*byte)(unsafe.Add(p, k))
		if c < lo || c > hi {
			return 0xFFFD, 1
		}
		lo, hi = 0x80, 0xBF
		r = r<<6 | int32(c&0x3F)
	}
	return r, int(w)
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
