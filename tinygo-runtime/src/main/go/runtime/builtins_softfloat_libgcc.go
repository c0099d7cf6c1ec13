//go:build avr || tinygo.riscv

package runtime

// The floating-point library routines that LLVM calls on AVR and on RISC-V cores
// without an FPU, under the names of GCC's libgcc with each architecture's standard
// calling convention (on RISC-V the ilp32 ABI): a float travels like a uint32, a
// double like a uint64. The comparisons return a libgccCmp (LLVM's comparison libcall
// type: 8 bits on AVR, 32 on RISC-V) that the caller tests against 0: __eqXf2 and
// __neXf2 are 0 when equal, __ltXf2 < 0 when less, __leXf2 <= 0 when less or equal,
// __geXf2 >= 0 and __gtXf2 > 0 likewise, each false for NaNs; __unordXf2 is nonzero
// for NaNs. The linker drops the ones a program does not call.

//export __adddf3
func adddf3(a, b uint64) uint64 { return f64Add(a, b) }

//export __subdf3
func subdf3(a, b uint64) uint64 { return f64Sub(a, b) }

//export __muldf3
func muldf3(a, b uint64) uint64 { return f64Mul(a, b) }

//export __divdf3
func divdf3(a, b uint64) uint64 { return f64Div(a, b) }

//export __addsf3
func addsf3(a, b uint32) uint32 { return f32Add(a, b) }

//export __subsf3
func subsf3(a, b uint32) uint32 { return f32Sub(a, b) }

//export __mulsf3
func mulsf3(a, b uint32) uint32 { return f32Mul(a, b) }

//export __divsf3
func divsf3(a, b uint32) uint32 { return f32Div(a, b) }

// cmpLess maps an ordering from f64Compare or f32Compare to the result of the
// less-than family (__lt, __le, __eq, __ne), for which a NaN must look greater.
func cmpLess(c int) libgccCmp {
	if c == 2 {
		return 1
	}
	return libgccCmp(c)
}

// cmpGreater maps an ordering to the result of the greater-than family (__gt, __ge),
// for which a NaN must look less.
func cmpGreater(c int) libgccCmp {
	if c == 2 {
		return -1
	}
	return libgccCmp(c)
}

func cmpUnordered(c int) libgccCmp {
	if c == 2 {
		return 1
	}
	return 0
}

//export __eqdf2
func eqdf2(a, b uint64) libgccCmp { return cmpLess(f64Compare(a, b)) }

//export __nedf2
func nedf2(a, b uint64) libgccCmp { return cmpLess(f64Compare(a, b)) }

//export __ltdf2
func ltdf2(a, b uint64) libgccCmp { return cmpLess(f64Compare(a, b)) }

//export __ledf2
func ledf2(a, b uint64) libgccCmp { return cmpLess(f64Compare(a, b)) }

//export __gedf2
func gedf2(a, b uint64) libgccCmp { return cmpGreater(f64Compare(a, b)) }

//export __gtdf2
func gtdf2(a, b uint64) libgccCmp { return cmpGreater(f64Compare(a, b)) }

//export __unorddf2
func unorddf2(a, b uint64) libgccCmp { return cmpUnordered(f64Compare(a, b)) }

//export __eqsf2
func eqsf2(a, b uint32) libgccCmp { return cmpLess(f32Compare(a, b)) }

//export __nesf2
func nesf2(a, b uint32) libgccCmp { return cmpLess(f32Compare(a, b)) }

//export __ltsf2
func ltsf2(a, b uint32) libgccCmp { return cmpLess(f32Compare(a, b)) }

//export __lesf2
func lesf2(a, b uint32) libgccCmp { return cmpLess(f32Compare(a, b)) }

//export __gesf2
func gesf2(a, b uint32) libgccCmp { return cmpGreater(f32Compare(a, b)) }

//export __gtsf2
func gtsf2(a, b uint32) libgccCmp { return cmpGreater(f32Compare(a, b)) }

//export __unordsf2
func unordsf2(a, b uint32) libgccCmp { return cmpUnordered(f32Compare(a, b)) }

//export __truncdfsf2
func truncdfsf2(a uint64) uint32 { return f64To32(a) }

//export __extendsfdf2
func extendsfdf2(a uint32) uint64 { return f32To64(a) }

//export __fixdfsi
func fixdfsi(a uint64) int32 { return f64ToInt32(a) }

//export __fixunsdfsi
func fixunsdfsi(a uint64) uint32 { return f64ToUint32(a) }

//export __fixdfdi
func fixdfdi(a uint64) int64 { return f64ToInt64(a) }

//export __fixunsdfdi
func fixunsdfdi(a uint64) uint64 { return f64ToUint64(a) }

//export __fixsfsi
func fixsfsi(a uint32) int32 { return f64ToInt32(f32To64(a)) }

//export __fixunssfsi
func fixunssfsi(a uint32) uint32 { return f64ToUint32(f32To64(a)) }

//export __fixsfdi
func fixsfdi(a uint32) int64 { return f64ToInt64(f32To64(a)) }

//export __fixunssfdi
func fixunssfdi(a uint32) uint64 { return f64ToUint64(f32To64(a)) }

//export __floatsidf
func floatsidf(a int32) uint64 { return int64ToF64(int64(a)) }

//export __floatunsidf
func floatunsidf(a uint32) uint64 { return uint64ToF64(uint64(a)) }

//export __floatdidf
func floatdidf(a int64) uint64 { return int64ToF64(a) }

//export __floatundidf
func floatundidf(a uint64) uint64 { return uint64ToF64(a) }

//export __floatsisf
func floatsisf(a int32) uint32 { return int64ToF32(int64(a)) }

//export __floatunsisf
func floatunsisf(a uint32) uint32 { return uint64ToF32(uint64(a)) }

//export __floatdisf
func floatdisf(a int64) uint32 { return int64ToF32(a) }

//export __floatundisf
func floatundisf(a uint64) uint32 { return uint64ToF32(a) }
