// Division and remainder by constant powers of two, signed and unsigned, at every
// width: where the chip has no divider for the width (AVR, Cortex-M0, 64 bits on the
// M3) they are shifts and masks, with Go's truncation toward zero for negative values.
package main

var i8s = []int8{0, 1, -1, 7, -7, 8, -8, 9, -9, 63, -64, 127, -127, -128}
var i16s = []int16{0, 1, -1, 7, -7, 255, -255, 256, -256, 16383, -16384, 32767, -32767, -32768}
var i32s = []int32{0, 1, -1, 7, -7, 1000, -1000, 65535, -65537, 1 << 30, -1 << 30, 2147483647, -2147483647, -2147483648}
var i64s = []int64{0, 1, -1, 7, -7, 1 << 40, -(1 << 40) - 3, 9223372036854775807, -9223372036854775807, -9223372036854775808}
var u8s = []uint8{0, 1, 2, 7, 8, 127, 128, 200, 255}
var u16s = []uint16{0, 1, 7, 255, 256, 32767, 32768, 40000, 65535}
var u32s = []uint32{0, 1, 7, 65535, 65536, 1 << 31, 3000000000, 4294967295}
var u64s = []uint64{0, 1, 7, 1 << 32, 1<<63 + 5, 18446744073709551615}

func main() {
	for _, x := range i8s {
		println("int8", x, x/1, x%1, x/2, x%2, x/4, x%4, x/8, x%8, x/64, x%64)
	}
	for _, x := range i16s {
		println("int16", x, x/2, x%2, x/16, x%16, x/256, x%256, x/16384, x%16384)
	}
	for _, x := range i32s {
		println("int32", x, x/2, x%2, x/8, x%8, x/65536, x%65536, x/(1<<30), x%(1<<30))
	}
	for _, x := range i64s {
		println("int64", x, x/2, x%2, x/1024, x%1024, x/(1<<32), x%(1<<32), x/(1<<62), x%(1<<62))
	}
	for _, x := range u8s {
		println("uint8", x, x/1, x%1, x/2, x%2, x/16, x%16, x/128, x%128)
	}
	for _, x := range u16s {
		println("uint16", x, x/2, x%2, x/256, x%256, x/32768, x%32768)
	}
	for _, x := range u32s {
		println("uint32", x, x/2, x%2, x/1024, x%1024, x/(1<<31), x%(1<<31))
	}
	for _, x := range u64s {
		println("uint64", x, x/2, x%2, x/(1<<32), x%(1<<32), x/(1<<63), x%(1<<63))
	}
	var n int = -13
	var u uint = 13
	var p uintptr = 0x1235
	println("int", n/4, n%4, "uint", u/4, u%4, "uintptr", p/16, p%16)
	// A non-constant and a negative constant divisor still divide.
	d := int32(-4)
	println(i32s[4]/d, i32s[4]%d, i32s[4]/-4, i32s[4]%-4)
}
