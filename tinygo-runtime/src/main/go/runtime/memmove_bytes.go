//go:build !amd64

package runtime

// memmoveWords: memmove copies byte by byte, its smallest form (slice.go).
const memmoveWords = false
