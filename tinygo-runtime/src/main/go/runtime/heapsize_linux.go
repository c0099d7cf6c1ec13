//go:build linux && !baremetal

package runtime

// 64 MiB: each goroutine takes a 64 KiB stack from the heap, and nothing is freed yet.
const heapSize = 64 << 20
