package main

// A three-clause loop with continue and break, and a range loop over a slice.
func sum(xs []int) int {
	t := 0
	for i := 0; i < len(xs); i++ {
		if xs[i] < 0 {
			continue
		}
		if xs[i] > 100 {
			break
		}
		t += xs[i]
	}
	for _, x := range xs {
		t -= x
	}
	return t
}

func main() { println(sum([]int{1, 2, 3})) }
