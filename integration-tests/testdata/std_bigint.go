// targets: host wasi

// Go's math/big, compiled from the GOROOT (pure-Go arithmetic): Int and Rat. Not on
// cortex-m-qemu: its arithmetic's frames overflow the 4 KiB main stack (reported by the
// stack checks; it had passed by writing over the heap below the stack).
package main

import (
	"fmt"
	"math/big"
)

func main() {
	a := new(big.Int)
	a.SetString("123456789012345678901234567890", 10)
	b := big.NewInt(987654321)
	c := new(big.Int).Mul(a, b)
	fmt.Println(c)
	f := new(big.Int).MulRange(1, 30)
	fmt.Println(f.String())
	q, m := new(big.Int).DivMod(f, b, new(big.Int))
	fmt.Println(q, m)
	fmt.Println(new(big.Int).Exp(big.NewInt(2), big.NewInt(200), nil).Text(16))
	fmt.Println(big.NewInt(97).ProbablyPrime(10))
	r := big.NewRat(3, 4)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5))
	fmt.Println(new(big.Int).GCD(nil, nil, big.NewInt(84), big.NewInt(36)))
}
