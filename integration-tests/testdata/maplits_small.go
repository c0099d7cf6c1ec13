// targets: microbit arduino

// maplits.go's kinds of literal at sizes that fit the Uno's RAM (about 1 KiB of heap,
// and its strings are in RAM): maps of more than 25 constant entries filled by a loop
// over static arrays of keys and values, slice literals copied from a static array,
// both in flash (read with LPM on the Uno); each evaluation still a new slice. (A
// second map of 26 entries after the first is dropped does not fit the Uno's heap,
// with the old lowering as with this one.)
package main

func primeSet() map[uint8]bool {
	return map[uint8]bool{2: true, 3: true, 5: true, 7: true, 11: true, 13: true, 17: true, 19: true, 23: true, 29: true, 31: true, 37: true, 41: true, 43: true, 47: true, 53: true, 59: true, 61: true, 67: true, 71: true, 73: true, 79: true, 83: true, 89: true, 97: true, 101: true}
}

func letters() map[string]int8 {
	return map[string]int8{"a": -13, "b": -12, "c": -11, "d": -10, "e": -9, "f": -8, "g": -7, "h": -6, "i": -5, "j": -4, "k": -3, "l": -2, "m": -1, "n": 0, "o": 1, "p": 2, "q": 3, "r": 4, "s": 5, "t": 6, "u": 7, "v": 8, "w": 9, "x": 10, "y": 11, "z": 12}
}

func table() []int16 {
	return []int16{-150, -77, -4, 69, 142, -86, -13, 60, 133, -95, -22, 51, 124, -104, -31, 42, 115, -113, -40, 33, 106, -122, -49, 24, 97, -131, -58, 15, 88, -140, -67, 6, 79, -149, -76, -3, 70, 143, -85, -12}
}

func sparse() []uint8 {
	return []uint8{0: 1, 2: 2, 4: 3, 6: 4, 8: 5, 10: 6, 12: 7, 14: 8, 16: 9, 18: 10, 20: 11, 22: 12, 24: 13, 26: 14, 28: 15, 30: 16, 32: 17, 34: 18, 36: 19, 38: 20, 40: 21, 42: 22, 44: 23, 46: 24, 48: 25, 50: 26, 52: 255}
}

func primes() {
	ps := primeSet()
	n := 0
	for i := 0; i < 200; i++ {
		if ps[uint8(i)] {
			print(i, " ")
			n++
		}
	}
	println(len(ps), n)
}

func letterSums() {
	m := letters()
	s := 0
	for k, v := range m {
		s += int(k[0]) * int(v)
	}
	println(len(m), s, m["a"], m["m"], m["z"], m["?"])
}

func main() {
	primes()
	letterSums()

	t := table()
	ts := 0
	for i, v := range t {
		ts += i * int(v)
	}
	t[0] = 1000
	println(len(t), cap(t), ts, table()[0], t[39])

	sp := sparse()
	println(len(sp), sp[0], sp[2], sp[3], sp[50], sp[51], sp[52])
}
