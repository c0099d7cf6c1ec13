//go:build js

package runtime

// The clocks on js: the support file's runtime.ticks, milliseconds since the Unix
// epoch as a float (the page's time origin plus performance.now(), so it never goes
// back), as TinyGo's wasm_exec.js provides it. Waiting is runtime.sleepTicks: the
// support file sets a timer that calls the exported go_scheduler (start_js.go).

//go:wasmimport gojs runtime.ticks
func ticks() float64

//go:wasmimport gojs runtime.sleepTicks
func sleepTicks(ms float64)

func nanotime() int64 {
	return int64(ticks() * 1000000)
}

func walltime() (int64, int32) {
	ns := nanotime()
	return ns / 1000000000, int32(ns % 1000000000)
}

// sleepUntil is never called on js: no scheduler waits by sleeping there.
func sleepUntil(when int64) {
}
