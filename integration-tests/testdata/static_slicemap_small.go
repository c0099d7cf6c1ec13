// targets: host cortex-m-qemu microbit arduino

// A map literal of more than 25 []int8 values of constants on the small boards: each
// value a static array (in program memory on the Uno) copied into a new slice by the
// literal's loop, which the program changes. static_literals.go also evaluates such a
// literal twice; the Uno's heap holds only one of these maps.

package main

func sliceMap(x int8) map[int8][]int8 {
	return map[int8][]int8{
		0: {1, 2}, 1: {3}, 2: {4, 5, 6}, 3: nil, 4: {}, 5: {x, 1}, 6: {-7, 8}, 7: {9},
		8: {10}, 9: {11}, 10: {12}, 11: {13}, 12: {14}, 13: {15}, 14: {16}, 15: {17},
		16: {18}, 17: {19}, 18: {20}, 19: {21}, 20: {22}, 21: {23}, 22: {24}, 23: {25},
		24: {26}, 25: {27, 28},
	}
}

func main() {
	sm := sliceMap(9)
	t := 0
	for k, v := range sm {
		t += int(k) * len(v)
		for _, e := range v {
			t += int(e)
		}
	}
	println(len(sm), t, sm[3] == nil, sm[4] == nil, len(sm[4]), cap(sm[2]), sm[5][0])
	sm[0][0] = 100
	sm[1] = append(sm[1], 4)
	println(sm[0][0], sm[0][1], len(sm[1]), sm[1][1], sm[25][1])
}
