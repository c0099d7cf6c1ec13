package runtime

import "unsafe"

// The rest of Go 1.19's runtime API, for a runtime that samples nothing and runs all
// goroutines on one thread: the profiles are always empty (as gc's are before anything
// was sampled), the execution tracer never starts, the thread and cgo controls have
// nothing to control. Each choice is in docs/ARCHITECTURE.md, "The rest of the runtime
// API".

// A StackRecord is one stack of a profile: its program counters, the first zero
// ending them.
type StackRecord struct {
	Stack0 [32]uintptr
}

// Stack returns the program counters of the record, up to the first zero.
func (r *StackRecord) Stack() []uintptr {
	return stackOf(r.Stack0[:])
}

func stackOf(pcs []uintptr) []uintptr {
	for i, pc := range pcs {
		if pc == 0 {
			return pcs[:i]
		}
	}
	return pcs
}

// A MemProfileRecord counts the allocations and frees made at one stack.
type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64
	AllocObjects, FreeObjects int64
	Stack0                    [32]uintptr
}

// InUseBytes returns the bytes allocated and not yet freed.
func (r *MemProfileRecord) InUseBytes() int64 {
	return r.AllocBytes - r.FreeBytes
}

// InUseObjects returns the objects allocated and not yet freed.
func (r *MemProfileRecord) InUseObjects() int64 {
	return r.AllocObjects - r.FreeObjects
}

// Stack returns the program counters of the record, up to the first zero.
func (r *MemProfileRecord) Stack() []uintptr {
	return stackOf(r.Stack0[:])
}

// A BlockProfileRecord counts the blocking events at one stack and the cycles they
// took.
type BlockProfileRecord struct {
	Count  int64
	Cycles int64
	StackRecord
}

// MemProfile copies the memory profile into p and returns its length and whether p
// could hold it all. Allocations are never sampled here: the profile is empty.
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool) {
	return 0, true
}

// BlockProfile copies the blocking profile into p: always empty here.
func BlockProfile(p []BlockProfileRecord) (n int, ok bool) {
	return 0, true
}

// MutexProfile copies the mutex contention profile into p: always empty here.
func MutexProfile(p []BlockProfileRecord) (n int, ok bool) {
	return 0, true
}

// ThreadCreateProfile copies the stacks that created threads into p: the program
// runs on the one thread it started with, so there are none.
func ThreadCreateProfile(p []StackRecord) (n int, ok bool) {
	return 0, true
}

// GoroutineProfile copies the stacks of all goroutines into p: the profile stays
// empty, as the runtime keeps no program counters of the goroutines that do not run
// (runtime.Stack shows their frames).
func GoroutineProfile(p []StackRecord) (n int, ok bool) {
	return 0, true
}

// SetBlockProfileRate sets how often blocking events are sampled; none are.
func SetBlockProfileRate(rate int) {
}

// SetMutexProfileFraction sets how often mutex contention is sampled and returns the
// previous setting; a negative rate only reads it. Nothing is sampled, but the setting
// is kept, as callers save and restore it.
func SetMutexProfileFraction(rate int) int {
	old := mutexProfileFraction
	if rate >= 0 {
		mutexProfileFraction = rate
	}
	return old
}

var mutexProfileFraction int

// SetCPUProfileRate sets the CPU profile's sampling rate in hertz; there is no
// profiling timer, so it has no effect.
func SetCPUProfileRate(hz int) {
}

// CPUProfile returned the raw CPU profile in old releases; as in gc it is gone, and a
// call panics.
func CPUProfile() []byte {
	panic("CPUProfile no longer available")
}

// StartTrace starts the execution tracer; there is none here, so it reports an error.
func StartTrace() error {
	return plainError("runtime: the execution tracer is not supported")
}

// StopTrace stops the execution tracer, which never runs.
func StopTrace() {
}

// ReadTrace returns the next chunk of the execution trace: nil, as nothing is traced.
func ReadTrace() []byte {
	return nil
}

// LockOSThread wires the calling goroutine to its thread: every goroutine shares the
// program's one thread, so it is already.
func LockOSThread() {
}

// UnlockOSThread undoes LockOSThread.
func UnlockOSThread() {
}

// NumCgoCall returns the number of calls into C made so far: there is no cgo.
func NumCgoCall() int64 {
	return 0
}

// SetCgoTraceback installs cgo's traceback helpers; without cgo they would never be
// called, so they are not kept.
func SetCgoTraceback(version int, traceback, context, symbolizer unsafe.Pointer) {
}

// buildVersion is what Version returns. The build sets it, as gc's linker does, to the
// release of the GOROOT the program was compiled against (the first line of its VERSION
// file, such as "go1.19.8"); without a GOROOT it keeps the release whose language and
// standard library the embedded packages implement.
var buildVersion = "go1.19"

// Version returns the Go release the program was built with.
func Version() string {
	return buildVersion
}

// GOROOT returns the GOROOT environment variable of the running program, or "" when
// it has none: the image records no directory of the machine that built it (as gc's
// binaries built with -trimpath do).
func GOROOT() string {
	for _, kv := range osEnviron() {
		if len(kv) > len("GOROOT=") && kv[:len("GOROOT=")] == "GOROOT=" {
			return kv[len("GOROOT="):]
		}
	}
	return ""
}
