//go:build linux && !baremetal && !wasm

package runtime

// 256 MiB of .bss, whose pages the kernel maps when they are first touched. The
// collector starts with the first heapGrowStart bytes and grows from there.
const (
	heapSize      = 256 << 20
	heapGrowStart = 1 << 20

	// entries of the collector's mark stack (overflow costs a pass over the heap)
	gcStackSize = 256
)
