//go:build linux && !baremetal && !wasm

package runtime

// 1 GiB of .bss, whose pages the kernel maps when they are first touched. The
// collector starts with the first heapGrowStart bytes and grows from there.
const (
	heapSize      = 1 << 30
	heapGrowStart = 1 << 20

	// entries of the collector's mark stack (overflow costs a pass over the heap)
	gcStackSize = 256

	// the collector handles a word of block states at once where it can (gc_conservative.go)
	gcWordScan = true
)
