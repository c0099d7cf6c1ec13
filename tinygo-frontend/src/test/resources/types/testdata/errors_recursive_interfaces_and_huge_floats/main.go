package main

// Recursive interfaces: identity assumes a pair met again is identical.
type I1 interface{ F() interface{ I1 } }
type I2 interface{ F() interface{ I2 } }

var V1 I1
var V2 I2

var same = V1 == V2

// A union with a term that admits every type admits every type.
type Any interface{ any | int }

var (
	X Any = 42
	Y Any = "xxx"
)

// The type set of several elements is their intersection.
type Ints interface {
	~int | ~int8 | string
	~int | int8
}

func useInts[T Ints](t T) T { return t }

var okInt = useInts(3)
var badString = useInts("s")

// Type arguments inferred from constraints alone, without a call.
func pair[A any, B interface{ []A }](_ A, _ B) {}

var partial = pair[byte]

// Float constants whose exponents are far beyond an exact rational's reach.
const big = 1e646456992
const ten = big / 1e646456991
const tiny = 1e-779137

var f10 float64 = ten
var f0 float64 = tiny
var fBig float64 = big
var iBig int = big
var hex = 0x1p100000 / 0x1p99990

func main() {
	partial(0, []byte{})
	_, _, _, _, _, _ = same, X, Y, okInt, badString, hex
}
