//go:build wasm

package runtime

// 1 MiB of the linear memory, which a module declares in full from the start.
const (
	heapSize      = 1 << 20
	heapGrowStart = 0
)
