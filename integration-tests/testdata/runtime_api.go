// targets: host wasi wasm cortex-m-qemu microbit

// The parts of runtime's API that report on profiles, threads, cgo and the toolchain:
// empty profiles as gc gives before anything was sampled, LockOSThread that changes
// nothing, the Go release, and the MemStats fields every collector fills
// (memstats_arrays.go has the arrays that the chips leave out). Not on the Uno, whose
// heap cannot hold fmt's work and the records at once.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func main() {
	fmt.Println(strings.HasPrefix(runtime.Version(), "go1.19"))
	runtime.LockOSThread()
	runtime.UnlockOSThread()
	fmt.Println(runtime.NumCgoCall())

	var sr [2]runtime.StackRecord
	n, ok := runtime.ThreadCreateProfile(sr[:0])
	fmt.Println("threadcreate", ok || n > 0)
	sr[0].Stack0[0], sr[0].Stack0[1] = 7, 9
	st := sr[0].Stack()
	fmt.Println(len(st), st[0], st[1], len(sr[1].Stack()))

	var br [1]runtime.BlockProfileRecord
	n, ok = runtime.BlockProfile(br[:])
	fmt.Println("block", n, ok)
	n, ok = runtime.MutexProfile(br[:])
	fmt.Println("mutex", n, ok)
	br[0].Count, br[0].Cycles = 2, 40
	br[0].Stack0[0] = 3
	fmt.Println(br[0].Count, br[0].Cycles, len(br[0].Stack()), br[0].Stack()[0])

	var mr [1]runtime.MemProfileRecord
	mr[0] = runtime.MemProfileRecord{AllocBytes: 100, FreeBytes: 30, AllocObjects: 5, FreeObjects: 2}
	fmt.Println(mr[0].InUseBytes(), mr[0].InUseObjects(), len(mr[0].Stack()))

	runtime.SetBlockProfileRate(0)
	old := runtime.SetMutexProfileFraction(-1)
	fmt.Println("mutex fraction", old, runtime.SetMutexProfileFraction(old))

	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(m.EnableGC, m.HeapReleased <= m.HeapSys)
	fmt.Println(m.HeapAlloc == m.Alloc, m.Mallocs >= m.Frees)
}
