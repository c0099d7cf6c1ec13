// runtime/debug's controls of the collector and the statistics of ReadMemStats,
// printed as facts that hold in any Go: SetGCPercent's previous values, collections
// counted by runtime.GC and debug.FreeOSMemory, objects freed after garbage, and the
// heap growing while collection is off.
package main

import (
	"runtime"
	"runtime/debug"
)

var keep [][]byte

func garbage(n int) {
	for i := 0; i < n; i++ {
		b := make([]byte, 16)
		b[0] = byte(i)
		keep = append(keep[:0], b)
	}
}

func main() {
	var m runtime.MemStats
	println("default percent", debug.SetGCPercent(50))
	println("previous", debug.SetGCPercent(-5))
	println("off", debug.SetGCPercent(100))

	runtime.ReadMemStats(&m)
	gcs := m.NumGC
	runtime.GC()
	runtime.ReadMemStats(&m)
	println("GC counted", m.NumGC > gcs)
	gcs = m.NumGC
	debug.FreeOSMemory()
	runtime.ReadMemStats(&m)
	println("FreeOSMemory collects", m.NumGC > gcs)

	mallocs := m.Mallocs
	garbage(20)
	runtime.GC()
	runtime.ReadMemStats(&m)
	println("mallocs counted", m.Mallocs >= mallocs+20)
	println("frees counted", m.Frees > 0)
	println("live <= sys", m.HeapAlloc <= m.HeapSys, m.HeapInuse <= m.HeapSys)
	println("total >= live", m.TotalAlloc >= m.HeapAlloc)

	debug.SetGCPercent(-1)
	runtime.ReadMemStats(&m)
	gcs = m.NumGC
	garbage(10)
	runtime.ReadMemStats(&m)
	println("no collection while off", m.NumGC == gcs)
	debug.SetGCPercent(100)
	println("len", len(keep), keep[0][0])
}
