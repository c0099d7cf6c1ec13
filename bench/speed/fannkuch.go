// Fannkuch-redux: for every permutation of 1..n, count the prefix reversals until 1
// leads; prints the checksum (alternating sum of the counts) and the maximum.
package main

import "fmt"

const n = 9

func main() {
	perm := make([]int, n)
	work := make([]int, n)
	count := make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	checksum, maxFlips, permIndex := 0, 0, 0
	r := n
	for {
		for ; r != 1; r-- {
			count[r-1] = r
		}
		copy(work, perm)
		flips := 0
		for k := work[0]; k != 0; k = work[0] {
			for i, j := 0, k; i < j; i, j = i+1, j-1 {
				work[i], work[j] = work[j], work[i]
			}
			flips++
		}
		if flips > maxFlips {
			maxFlips = flips
		}
		if permIndex%2 == 0 {
			checksum += flips
		} else {
			checksum -= flips
		}
		// next permutation: rotate the first r+1 elements until a counter is left
		for {
			if r == n {
				fmt.Printf("%d\nPfannkuchen(%d) = %d\n", checksum, n, maxFlips)
				return
			}
			first := perm[0]
			copy(perm, perm[1:r+1])
			perm[r] = first
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
		permIndex++
	}
}
