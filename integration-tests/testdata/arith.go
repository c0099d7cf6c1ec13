package main

// Division, remainder, shifts and printing at the edges of every width: on chips
// without a divider these go through the runtime's shift-subtract helpers, so the
// values are chosen to exercise large divisors, negative operands and extremes.
// A tiny linear congruential generator supplies many operand pairs deterministically.

var seed uint32 = 12345

func next() uint32 {
	seed = seed*1103515245 + 12345
	return seed
}

func wide() uint64 {
	return uint64(next())<<32 | uint64(next())
}

func main() {
	println("uint64 max/3 =", uint64(18446744073709551615)/uint64(next()%7+3))
	var big uint64 = 18446744073709551615
	var d uint64 = 9223372036854775809
	println("big/d =", big/d, "big%d =", big%d)
	var minI64 int64 = -9223372036854775808
	var seven int64 = 7
	println("min64/7 =", minI64/seven, "min64%7 =", minI64%seven)
	println("min64/-7 =", minI64/(-seven), "min64%-7 =", minI64%(-seven))
	var u32 uint32 = 4294967295
	var d32 uint32 = 2147483649
	println("u32/d32 =", u32/d32, "u32%d32 =", u32%d32)
	var minI32 int32 = -2147483648
	var three int32 = 3
	println("min32/3 =", minI32/three, "min32%-3 =", minI32%(-three))
	var i16 int16 = -32768
	var d16 int16 = 7
	println("i16/7 =", i16/d16, "i16%7 =", i16%d16)
	var i8 int8 = -128
	var d8 int8 = -3
	println("i8/-3 =", i8/d8, "i8%-3 =", i8%d8)

	var sum uint64
	var ssum int64
	for i := 0; i < 200; i++ {
		a, b := wide(), wide()>>uint(next()%64)
		if b == 0 {
			b = 1
		}
		sum += a/b + a%b
		x, y := int64(wide()), int64(wide()>>uint(next()%63))
		if y == 0 {
			y = -1
		}
		if i%2 == 0 {
			y = -y
		}
		ssum += x/y ^ x%y
		p, q := next(), next()>>(next()%32)
		if q == 0 {
			q = 1
		}
		sum += uint64(p/q) + uint64(p%q)
	}
	println("checksums", sum, ssum)

	var one uint64 = 1
	var s uint = 63
	println("1<<63 =", one<<s, "1<<64 =", one<<(s+1), ">>64 =", big>>(s+1))
	var neg int64 = -5
	println("-5>>1 =", neg>>1, "-5>>70 =", neg>>(s+7), "-5<<62 =", neg<<(s-1))
	println(int64(-9223372036854775808), uint64(18446744073709551615), int32(-2147483648), uint8(255))
}
