// Fasta: DNA sequences by repetition of a template and by weighted random choice
// from a linear congruential generator; the lines are hashed (FNV-1a), not printed.
package main

import "fmt"

const alu = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG" +
	"GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA" +
	"CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT"

type acid struct {
	c byte
	p float64
}

var seed uint32 = 42

func random(max float64) float64 {
	seed = (seed*3877 + 29573) % 139968
	return max * float64(seed) / 139968
}

var hash uint32 = 2166136261

func emit(line []byte) {
	for _, b := range line {
		hash = (hash ^ uint32(b)) * 16777619
	}
	hash = (hash ^ '\n') * 16777619
}

func repeat(s string, n int) {
	line := make([]byte, 0, 60)
	for i := 0; i < n; i++ {
		line = append(line, s[i%len(s)])
		if len(line) == 60 {
			emit(line)
			line = line[:0]
		}
	}
	if len(line) > 0 {
		emit(line)
	}
}

func randomSeq(acids []acid, n int) {
	cum := 0.0
	for i := range acids {
		cum += acids[i].p
		acids[i].p = cum
	}
	line := make([]byte, 0, 60)
	for i := 0; i < n; i++ {
		r := random(1)
		c := acids[len(acids)-1].c
		for _, a := range acids {
			if r < a.p {
				c = a.c
				break
			}
		}
		line = append(line, c)
		if len(line) == 60 {
			emit(line)
			line = line[:0]
		}
	}
	if len(line) > 0 {
		emit(line)
	}
}

func main() {
	const n = 100000
	repeat(alu, 2*n)
	randomSeq([]acid{{'a', 0.27}, {'c', 0.12}, {'g', 0.12}, {'t', 0.27}, {'B', 0.02},
		{'D', 0.02}, {'H', 0.02}, {'K', 0.02}, {'M', 0.02}, {'N', 0.02}, {'R', 0.02},
		{'S', 0.02}, {'V', 0.02}, {'W', 0.02}, {'Y', 0.02}}, 3*n)
	randomSeq([]acid{{'a', 0.3029549426680}, {'c', 0.1979883004921},
		{'g', 0.1975473066391}, {'t', 0.3015094502008}}, 5*n)
	fmt.Printf("%08x\n", hash)
}
