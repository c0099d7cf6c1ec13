// Word count: 200,000 pseudo-random words from a 5,000-word vocabulary counted in a
// map[string]int, then the counts of a few words and the number of distinct ones.
package main

import "fmt"

func main() {
	vocab := make([]string, 5000)
	for i := range vocab {
		b := make([]byte, 3+i%7)
		x := uint32(i)*2654435761 + 12345
		for j := range b {
			b[j] = 'a' + byte(x%26)
			x = x*1103515245 + 12345
		}
		vocab[i] = string(b)
	}
	counts := map[string]int{}
	x := uint32(7)
	for i := 0; i < 200000; i++ {
		x = x*1664525 + 1013904223
		counts[vocab[(x>>8)%uint32(len(vocab))]]++
	}
	sum := 0
	for _, w := range vocab[:10] {
		sum = sum*31 + counts[w]
	}
	fmt.Println(len(counts), sum)
}
