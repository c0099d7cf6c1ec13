//go:build wasm

package strconv

// wideDigits is whether 64-bit division is cheap enough for the digits of integers and
// exponents in float formatting (uintDigits, appendExp): WebAssembly divides i64 in one
// instruction although its uint is 32 bits.
const wideDigits = true
