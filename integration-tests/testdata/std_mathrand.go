// targets: host wasi wasm cortex-m-qemu microbit

// Go's math/rand, compiled from the GOROOT (with Go's math, as ours lacks Exp and Log):
// seeded sources give Go's sequences.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Int63(), r.Uint32(), r.Intn(100), r.Int31n(10), r.Int63n(1e12))
	fmt.Println(r.Perm(8))
	s := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	fmt.Printf("%.6f %.6f %.6f %.6f\n", r.Float64(), r.Float32(), r.NormFloat64(), r.ExpFloat64())
	rand.Seed(7)
	fmt.Println(rand.Intn(1000), rand.Int31(), rand.Uint64())
	z := rand.NewZipf(r, 1.5, 2, 100)
	fmt.Println(z.Uint64(), z.Uint64(), z.Uint64())
	b := make([]byte, 6)
	r.Read(b)
	fmt.Println(b)
}
