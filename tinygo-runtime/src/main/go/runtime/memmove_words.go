//go:build amd64

package runtime

// memmoveWords: memmove copies word-aligned regions a word at a time (slice.go). On
// WebAssembly the compiler makes memmove one memory.copy (codegen MachineMath).
const memmoveWords = true
