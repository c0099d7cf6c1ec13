package main

// Wrap-around, shifts, division and remainder at every integer width. Values come from
// variables so that the compiler cannot fold them (constant overflow is a compile error).

func signed8() {
	var a int8 = 127
	a++
	println("int8 127+1 =", a)
	a--
	println("int8 -128-1 =", a)
	var m int8 = 100
	println("int8 100*3 =", m*3)
	var min int8 = -128
	var neg int8 = -1
	println("int8 -128/-1 =", min/neg, "-128%-1 =", min%neg)
	println("int8 -(-128) =", -min)
}

func unsigned8() {
	var b uint8 = 0
	b--
	println("uint8 0-1 =", b)
	b++
	println("uint8 255+1 =", b)
	var c uint8 = 200
	println("uint8 200+100 =", c+100, "200*2 =", c*2)
	var d byte = 0x0f
	println("byte ^0x0f =", ^d)
}

func sixteen() {
	var a int16 = 32767
	a += 1
	println("int16 32767+1 =", a)
	var b uint16 = 65535
	b += 2
	println("uint16 65535+2 =", b)
	var c int16 = -300
	println("int16 -300*200 =", c*200)
}

func thirtyTwo() {
	var a int32 = 2147483647
	a++
	println("int32 max+1 =", a)
	var b uint32 = 0
	b -= 1
	println("uint32 0-1 =", b)
	var c uint32 = 4000000000
	println("uint32 4e9+4e8 =", c+400000000)
	var d int32 = 65536
	println("int32 65536*65536 =", d*d)
	var min int32 = -2147483648
	var neg int32 = -1
	println("int32 min/-1 =", min/neg, "min%-1 =", min%neg)
}

func sixtyFour() {
	var a int64 = 9223372036854775807
	a++
	println("int64 max+1 =", a)
	var b uint64 = 0
	b--
	println("uint64 0-1 =", b)
	var c int64 = 3037000500
	println("int64 3037000500^2 =", c*c)
	var d uint64 = 1 << 63
	println("uint64 1<<63 *2 =", d*2, "d =", d)
	var min int64 = -9223372036854775808
	var neg int64 = -1
	println("int64 min/-1 =", min/neg, "min%-1 =", min%neg)
}

func plainInt() {
	// int is 32 bits on wasm, ARM and AVR and 64 on the host: stay within 32 bits
	var i int = 2147483647
	var u uint = 4294967295
	println("int max32 =", i, "uint max32 =", u)
	var p uintptr = 1000
	p += 24
	println("uintptr 1000+24 =", p)
}

func shifts() {
	var one int32 = 1
	var s uint = 31
	println("int32 1<<31 =", one<<s)
	var x int32 = -1024
	println("int32 -1024>>3 =", x>>3, ">>40 =", x>>40)
	var y uint32 = 0x80000000
	println("uint32 0x80000000>>31 =", y>>31, "<<1 =", y<<1, ">>32 =", y>>32)
	var z int8 = -128
	println("int8 -128>>7 =", z>>7, "<<1 =", z<<1)
	var w uint8 = 0x81
	println("uint8 0x81<<1 =", w<<1, ">>1 =", w>>1, "<<8 =", w<<8)
	var big uint64 = 1
	var n uint = 63
	println("uint64 1<<63 =", big<<n, "1<<64 =", big<<(n+1))
	var q int64 = -9223372036854775808
	println("int64 min>>63 =", q>>n, "min>>100 =", q>>100)
	var c uint16 = 0xABCD
	println("uint16 &|^ =", c&0xFF, c|0xF, c^0xFFFF, c&^0xF0)
}

func division() {
	a, b := 7, 2
	println("7/2 =", a/b, "7%2 =", a%b)
	println("-7/2 =", -a/b, "-7%2 =", -a%b)
	println("7/-2 =", a/-b, "7%-2 =", a%-b)
	println("-7/-2 =", -a/-b, "-7%-2 =", -a%-b)
	var u uint32 = 4294967295
	var v uint32 = 10
	println("uint32 max/10 =", u/v, "max%10 =", u%v)
	var s8 int8 = -7
	var t8 int8 = 3
	println("int8 -7/3 =", s8/t8, "-7%3 =", s8%t8)
	var s64 int64 = -9000000000
	var t64 int64 = 7
	println("int64 -9e9/7 =", s64/t64, "-9e9%7 =", s64%t64)
	var u64 uint64 = 18446744073709551615
	var w64 uint64 = 1000000007
	println("uint64 max/1e9+7 =", u64/w64, "max%1e9+7 =", u64%w64)
}

func comparisons() {
	var a int8 = -1
	var b uint8 = 255
	println("int8 -1 < 0:", a < 0, "uint8 255 > 0:", b > 0)
	var c int64 = -1
	var d int64 = 1
	println("int64 -1 < 1:", c < d, "==:", c == d, "!=:", c != d, ">=:", c >= d)
	var e uint64 = 18446744073709551615
	var f uint64 = 1
	println("uint64 max > 1:", e > f, "<=:", e <= f)
}

func main() {
	signed8()
	unsigned8()
	sixteen()
	thirtyTwo()
	sixtyFour()
	plainInt()
	shifts()
	division()
	comparisons()
}
