//go:build cortexm

package runtime

// The floating-point routines of the Arm run-time ABI ("Run-time ABI for the Arm
// Architecture", section 4.1.2), which LLVM calls on Cortex-M cores without an FPU.
// With the soft-float procedure call standard, a float travels in one core register
// and a double in a register pair, exactly like uint32 and uint64, so the routines
// take and return the bits. The comparisons return 1 when the relation holds, else 0
// (and so 0 for every relation with a NaN but "unordered"). The linker drops the ones
// a program does not call.

//export __aeabi_dadd
func aeabiDadd(a, b uint64) uint64 { return f64Add(a, b) }

//export __aeabi_dsub
func aeabiDsub(a, b uint64) uint64 { return f64Sub(a, b) }

//export __aeabi_drsub
func aeabiDrsub(a, b uint64) uint64 { return f64Sub(b, a) }

//export __aeabi_dmul
func aeabiDmul(a, b uint64) uint64 { return f64Mul(a, b) }

//export __aeabi_ddiv
func aeabiDdiv(a, b uint64) uint64 { return f64Div(a, b) }

//export __aeabi_fadd
func aeabiFadd(a, b uint32) uint32 { return f32Add(a, b) }

//export __aeabi_fsub
func aeabiFsub(a, b uint32) uint32 { return f32Sub(a, b) }

//export __aeabi_frsub
func aeabiFrsub(a, b uint32) uint32 { return f32Sub(b, a) }

//export __aeabi_fmul
func aeabiFmul(a, b uint32) uint32 { return f32Mul(a, b) }

//export __aeabi_fdiv
func aeabiFdiv(a, b uint32) uint32 { return f32Div(a, b) }

func aeabiBool(b bool) int32 {
	if b {
		return 1
	}
	return 0
}

//export __aeabi_dcmpeq
func aeabiDcmpeq(a, b uint64) int32 { return aeabiBool(f64Compare(a, b) == 0) }

//export __aeabi_dcmplt
func aeabiDcmplt(a, b uint64) int32 { return aeabiBool(f64Compare(a, b) == -1) }

//export __aeabi_dcmple
func aeabiDcmple(a, b uint64) int32 { c := f64Compare(a, b); return aeabiBool(c == -1 || c == 0) }

//export __aeabi_dcmpge
func aeabiDcmpge(a, b uint64) int32 { c := f64Compare(a, b); return aeabiBool(c == 1 || c == 0) }

//export __aeabi_dcmpgt
func aeabiDcmpgt(a, b uint64) int32 { return aeabiBool(f64Compare(a, b) == 1) }

//export __aeabi_dcmpun
func aeabiDcmpun(a, b uint64) int32 { return aeabiBool(f64Compare(a, b) == 2) }

//export __aeabi_fcmpeq
func aeabiFcmpeq(a, b uint32) int32 { return aeabiBool(f32Compare(a, b) == 0) }

//export __aeabi_fcmplt
func aeabiFcmplt(a, b uint32) int32 { return aeabiBool(f32Compare(a, b) == -1) }

//export __aeabi_fcmple
func aeabiFcmple(a, b uint32) int32 { c := f32Compare(a, b); return aeabiBool(c == -1 || c == 0) }

//export __aeabi_fcmpge
func aeabiFcmpge(a, b uint32) int32 { c := f32Compare(a, b); return aeabiBool(c == 1 || c == 0) }

//export __aeabi_fcmpgt
func aeabiFcmpgt(a, b uint32) int32 { return aeabiBool(f32Compare(a, b) == 1) }

//export __aeabi_fcmpun
func aeabiFcmpun(a, b uint32) int32 { return aeabiBool(f32Compare(a, b) == 2) }

//export __aeabi_d2f
func aeabiD2f(a uint64) uint32 { return f64To32(a) }

//export __aeabi_f2d
func aeabiF2d(a uint32) uint64 { return f32To64(a) }

//export __aeabi_d2iz
func aeabiD2iz(a uint64) int32 { return f64ToInt32(a) }

//export __aeabi_d2uiz
func aeabiD2uiz(a uint64) uint32 { return f64ToUint32(a) }

//export __aeabi_d2lz
func aeabiD2lz(a uint64) int64 { return f64ToInt64(a) }

//export __aeabi_d2ulz
func aeabiD2ulz(a uint64) uint64 { return f64ToUint64(a) }

//export __aeabi_f2iz
func aeabiF2iz(a uint32) int32 { return f64ToInt32(f32To64(a)) }

//export __aeabi_f2uiz
func aeabiF2uiz(a uint32) uint32 { return f64ToUint32(f32To64(a)) }

//export __aeabi_f2lz
func aeabiF2lz(a uint32) int64 { return f64ToInt64(f32To64(a)) }

//export __aeabi_f2ulz
func aeabiF2ulz(a uint32) uint64 { return f64ToUint64(f32To64(a)) }

//export __aeabi_i2d
func aeabiI2d(a int32) uint64 { return int64ToF64(int64(a)) }

//export __aeabi_ui2d
func aeabiUi2d(a uint32) uint64 { return uint64ToF64(uint64(a)) }

//export __aeabi_l2d
func aeabiL2d(a int64) uint64 { return int64ToF64(a) }

//export __aeabi_ul2d
func aeabiUl2d(a uint64) uint64 { return uint64ToF64(a) }

//export __aeabi_i2f
func aeabiI2f(a int32) uint32 { return int64ToF32(int64(a)) }

//export __aeabi_ui2f
func aeabiUi2f(a uint32) uint32 { return uint64ToF32(uint64(a)) }

//export __aeabi_l2f
func aeabiL2f(a int64) uint32 { return int64ToF32(a) }

//export __aeabi_ul2f
func aeabiUl2f(a uint64) uint32 { return uint64ToF32(a) }
