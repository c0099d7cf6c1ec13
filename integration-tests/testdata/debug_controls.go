// targets: host wasi wasm cortex-m-qemu microbit
// runtime/debug's settings and statistics, printed as what holds in any Go: each
// setter returns the previous setting from Go's default on (SetMemoryLimit only
// reads it for a negative limit), SetTraceback accepts every level, ReadGCStats
// counts collections with a pause history as long as the count, most recent first,
// and Stack begins with its goroutine's header. Times are not printed: gc measures its
// pauses, and this runtime keeps no clock in its collector. Not on the Uno: since
// debug.Stack has frames (about 200 bytes of text here), its heap runs out.
package main

import (
	"runtime"
	"runtime/debug"
	"time"
)

func main() {
	println("max threads", debug.SetMaxThreads(50), debug.SetMaxThreads(10000))
	println("max stack", debug.SetMaxStack(1<<20) > 0, debug.SetMaxStack(1<<20))
	println("memory limit", debug.SetMemoryLimit(-1) == 1<<63-1, debug.SetMemoryLimit(1000))
	println("memory limit", debug.SetMemoryLimit(-5), debug.SetMemoryLimit(1<<63-1))
	println("panic on fault", debug.SetPanicOnFault(true), debug.SetPanicOnFault(false), debug.SetPanicOnFault(false))
	for _, level := range []string{"none", "single", "all", "system", "crash", "2", "bogus"} {
		debug.SetTraceback(level)
	}
	debug.SetTraceback("single")
	println("traceback levels accepted")

	var s debug.GCStats
	debug.ReadGCStats(&s)
	before := s.NumGC
	println("pauses match count", int64(len(s.Pause)) == s.NumGC, len(s.PauseEnd) == len(s.Pause))
	runtime.GC()
	runtime.GC()
	s.PauseQuantiles = make([]time.Duration, 5)
	debug.ReadGCStats(&s)
	println("collections counted", s.NumGC >= before+2)
	println("pauses match count", int64(len(s.Pause)) == s.NumGC, len(s.PauseEnd) == len(s.Pause))
	q := s.PauseQuantiles
	println("quantiles", len(q), q[0] <= q[1] && q[1] <= q[2] && q[2] <= q[3] && q[3] <= q[4])
	println("max pause within total", q[4] <= s.PauseTotal, s.Pause[0] <= s.PauseTotal)
	println("recent pause ends last", !s.PauseEnd[0].Before(s.PauseEnd[1]))

	st := string(debug.Stack())
	println("stack header", len(st) >= 23 && st[:23] == "goroutine 1 [running]:\n")
	debug.FreeOSMemory()
	debug.ReadGCStats(&s)
	println("FreeOSMemory collects", s.NumGC >= before+3)
}
