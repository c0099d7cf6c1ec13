//go:build amd64 || wasm

package runtime

// memmoveWords: memmove copies word-aligned regions a word at a time (slice.go).
const memmoveWords = true
