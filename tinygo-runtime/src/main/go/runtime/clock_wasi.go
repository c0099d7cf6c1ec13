//go:build wasip1

package runtime

import "unsafe"

// The WASI clocks: clock_time_get on the monotonic and the real-time clock (the
// resolution is the host's; Chicory and Node give nanoseconds), and poll_oneoff with
// one relative clock subscription to sleep.

//go:wasmimport wasi_snapshot_preview1 clock_time_get
func clockTimeGet(id uint32, precision uint64, time unsafe.Pointer) uint32

//go:wasmimport wasi_snapshot_preview1 poll_oneoff
func pollOneoff(in unsafe.Pointer, out unsafe.Pointer, nsubscriptions uint32, nevents unsafe.Pointer) uint32

const (
	wasiClockRealtime  = 0
	wasiClockMonotonic = 1
)

var (
	clockReading uint64
	// subscription is a WASI subscription (48 bytes): userdata, the tag (0: clock) at
	// byte 8, then the clock's id (16), timeout (24), precision (32) and flags (40).
	subscription [6]uint64
	// event receives the one event poll_oneoff reports (32 bytes).
	event   [4]uint64
	nevents uint32
)

func nanotime() int64 {
	clockTimeGet(wasiClockMonotonic, 1, unsafe.Pointer(&clockReading))
	return int64(clockReading)
}

func walltime() (int64, int32) {
	clockTimeGet(wasiClockRealtime, 1, unsafe.Pointer(&clockReading))
	return int64(clockReading / 1000000000), int32(clockReading % 1000000000)
}

// sleepUntil blocks until the monotonic clock reaches when.
func sleepUntil(when int64) {
	d := when - nanotime()
	if d <= 0 {
		return
	}
	subscription[1] = 0 // tag: clock
	subscription[2] = wasiClockMonotonic
	subscription[3] = uint64(d)
	subscription[4] = 1000 // precision: 1 µs
	subscription[5] = 0    // flags: relative
	pollOneoff(unsafe.Pointer(&subscription[0]), unsafe.Pointer(&event[0]), 1, unsafe.Pointer(&nevents))
}
