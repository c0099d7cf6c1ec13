//go:build !wasm

package strconv

import "math/bits"

// wideDigits is whether 64-bit division is cheap enough for the digits of integers and
// exponents in float formatting (uintDigits, appendExp): on 64-bit machines; 8- and
// 32-bit chips take 16-bit pieces instead.
const wideDigits = bits.UintSize == 64
