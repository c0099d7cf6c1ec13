// targets: host wasi wasm cortex-m-qemu

// Map and array literals of more than 25 constant elements are filled from static
// data (docs/ARCHITECTURE.md, "Huge literals"): a map literal by a loop over a
// static array of keys and one of values, an array or slice literal by one copy of
// a static array, which stay in flash on the microcontrollers. Each evaluation must
// still give a new map, slice or array (changed here, then built again), and
// literals with a non-constant element, a pointer or an interface keep the code of
// small ones. Each map is built in a function of its own, so the Uno's heap holds
// one at a time.
package main

type point struct{ x, y int8 }

// more than 64 bytes: the value is copied with one memmove (from flash on the Uno)
type record struct {
	id   uint16
	name string
	bits [16]int32
}

func primeSet() map[int]bool {
	return map[int]bool{2: true, 3: true, 5: true, 7: true, 11: true, 13: true, 17: true, 19: true, 23: true, 29: true, 31: true, 37: true, 41: true, 43: true, 47: true, 53: true, 59: true, 61: true, 67: true, 71: true, 73: true, 79: true, 83: true, 89: true, 97: true, 101: true, 103: true, 107: true, 109: true, 113: true}
}

func wordIndex() map[string]int16 {
	return map[string]int16{
		"alpha":    -400,
		"bravo":    -363,
		"charlie":  -326,
		"delta":    -289,
		"echo":     -252,
		"foxtrot":  -215,
		"golf":     -178,
		"hotel":    -141,
		"india":    -104,
		"juliett":  -67,
		"kilo":     -30,
		"lima":     7,
		"mike":     44,
		"november": 81,
		"oscar":    118,
		"papa":     155,
		"quebec":   192,
		"romeo":    229,
		"sierra":   266,
		"tango":    303,
		"uniform":  340,
		"victor":   377,
		"whiskey":  414,
		"xray":     451,
		"yankee":   488,
		"zulu":     525,
		"zero":     562,
		"one":      599,
		"two":      636,
		"three":    673,
	}
}

func grid() map[point]string {
	return map[point]string{
		{0, -2}: "alp",
		{1, -2}: "bra",
		{2, -2}: "cha",
		{3, -2}: "del",
		{4, -2}: "ech",
		{5, -2}: "fox",
		{6, -2}: "gol",
		{0, -1}: "hot",
		{1, -1}: "ind",
		{2, -1}: "jul",
		{3, -1}: "kil",
		{4, -1}: "lim",
		{5, -1}: "mik",
		{6, -1}: "nov",
		{0, 0}:  "osc",
		{1, 0}:  "pap",
		{2, 0}:  "que",
		{3, 0}:  "rom",
		{4, 0}:  "sie",
		{5, 0}:  "tan",
		{6, 0}:  "uni",
		{0, 1}:  "vic",
		{1, 1}:  "whi",
		{2, 1}:  "xra",
		{3, 1}:  "yan",
		{4, 1}:  "zul",
		{5, 1}:  "zer",
		{6, 1}:  "one",
	}
}

func floats() map[float64]uint8 {
	return map[float64]uint8{-3.25: 0, -3.0: 1, -2.75: 2, -2.5: 3, -2.25: 4, -2.0: 5, -1.75: 6, -1.5: 7, -1.25: 8, -1.0: 9, -0.75: 10, -0.5: 11, -0.25: 12, 0.0: 13, 0.25: 14, 0.5: 15, 0.75: 16, 1.0: 17, 1.25: 18, 1.5: 19, 1.75: 20, 2.0: 21, 2.25: 22, 2.5: 23, 2.75: 24, 3.0: 25, 3.25: 26}
}

func set() map[string]struct{} {
	return map[string]struct{}{"al0": {}, "br1": {}, "ch2": {}, "de3": {}, "ec4": {}, "fo5": {}, "go6": {}, "ho7": {}, "in8": {}, "ju9": {}, "ki10": {}, "li11": {}, "mi12": {}, "no13": {}, "os14": {}, "pa15": {}, "qu16": {}, "ro17": {}, "si18": {}, "ta19": {}, "un20": {}, "vi21": {}, "wh22": {}, "xr23": {}, "ya24": {}, "zu25": {}}
}

func arrayKeys() map[[2]uint8]uint16 {
	return map[[2]uint8]uint16{{0, 0}: 7, {1, 1}: 1007, {2, 4}: 2007, {3, 9}: 3007, {4, 16}: 4007, {5, 25}: 5007, {6, 36}: 6007, {7, 49}: 7007, {8, 64}: 8007, {9, 81}: 9007, {10, 100}: 10007, {11, 121}: 11007, {12, 144}: 12007, {13, 169}: 13007, {14, 196}: 14007, {15, 225}: 15007, {16, 5}: 16007, {17, 38}: 17007, {18, 73}: 18007, {19, 110}: 19007, {20, 149}: 20007, {21, 190}: 21007, {22, 233}: 22007, {23, 27}: 23007, {24, 74}: 24007, {25, 123}: 25007}
}

func records() map[int8]record {
	return map[int8]record{
		-10: {0, "r0", [16]int32{0, 0, 15: 0}},
		-9:  {11, "r1", [16]int32{1, -1, 15: 100000}},
		-8:  {22, "r2", [16]int32{2, -2, 15: 200000}},
		-7:  {33, "r3", [16]int32{3, -3, 15: 300000}},
		-6:  {44, "r4", [16]int32{4, -4, 15: 400000}},
		-5:  {55, "r5", [16]int32{5, -5, 15: 500000}},
		-4:  {66, "r6", [16]int32{6, -6, 15: 600000}},
		-3:  {77, "r7", [16]int32{7, -7, 15: 700000}},
		-2:  {88, "r8", [16]int32{8, -8, 15: 800000}},
		-1:  {99, "r9", [16]int32{9, -9, 15: 900000}},
		0:   {110, "r10", [16]int32{10, -10, 15: 1000000}},
		1:   {121, "r11", [16]int32{11, -11, 15: 1100000}},
		2:   {132, "r12", [16]int32{12, -12, 15: 1200000}},
		3:   {143, "r13", [16]int32{13, -13, 15: 1300000}},
		4:   {154, "r14", [16]int32{14, -14, 15: 1400000}},
		5:   {165, "r15", [16]int32{15, -15, 15: 1500000}},
		6:   {176, "r16", [16]int32{16, -16, 15: 1600000}},
		7:   {187, "r17", [16]int32{17, -17, 15: 1700000}},
		8:   {198, "r18", [16]int32{18, -18, 15: 1800000}},
		9:   {209, "r19", [16]int32{19, -19, 15: 1900000}},
		10:  {220, "r20", [16]int32{20, -20, 15: 2000000}},
		11:  {231, "r21", [16]int32{21, -21, 15: 2100000}},
		12:  {242, "r22", [16]int32{22, -22, 15: 2200000}},
		13:  {253, "r23", [16]int32{23, -23, 15: 2300000}},
		14:  {264, "r24", [16]int32{24, -24, 15: 2400000}},
		15:  {275, "r25", [16]int32{25, -25, 15: 2500000}},
	}
}

// one value is not a constant: the assignments of small literals
func mixed(x int16) map[uint8]int16 {
	return map[uint8]int16{0: 0, 1: 3, 2: 6, 3: 9, 4: 12, 5: 15, 6: 18, 7: 21, 8: 24, 9: 27, 10: 30, 11: 33, 12: 36, 13: 39, 14: 42, 15: 45, 16: 48, 17: 51, 18: 54, 19: 57, 20: 60, 21: 63, 22: 66, 23: 69, 24: 72, 25: 75, 26: 78, 27: 81, 28: 84, 29: x}
}

// pointers and interfaces are not shared between evaluations
func boxes() (map[int]*int, map[int]interface{}) {
	return map[int]*int{0: new(int), 1: new(int), 2: new(int), 3: new(int), 4: new(int), 5: new(int), 6: new(int), 7: new(int), 8: new(int), 9: new(int), 10: new(int), 11: new(int), 12: new(int), 13: new(int), 14: new(int), 15: new(int), 16: new(int), 17: new(int), 18: new(int), 19: new(int), 20: new(int), 21: new(int), 22: new(int), 23: new(int), 24: new(int), 25: new(int)},
		map[int]interface{}{0: "s0", 1: 1, 2: "s2", 3: 3, 4: "s4", 5: 5, 6: "s6", 7: 7, 8: "s8", 9: 9, 10: "s10", 11: 11, 12: "s12", 13: 13, 14: "s14", 15: 15, 16: "s16", 17: 17, 18: "s18", 19: 19, 20: "s20", 21: 21, 22: "s22", 23: 23, 24: "s24", 25: 25}
}

func table() []int16 {
	return []int16{-150, -77, -4, 69, 142, -86, -13, 60, 133, -95, -22, 51, 124, -104, -31, 42, 115, -113, -40, 33, 106, -122, -49, 24, 97, -131, -58, 15, 88, -140, -67, 6, 79, -149, -76, -3, 70, 143, -85, -12}
}

func sparse() []uint8 {
	return []uint8{0: 1, 2: 2, 4: 3, 6: 4, 8: 5, 10: 6, 12: 7, 14: 8, 16: 9, 18: 10, 20: 11, 22: 12, 24: 13, 26: 14, 28: 15, 30: 16, 32: 17, 34: 18, 36: 19, 38: 20, 40: 21, 42: 22, 44: 23, 46: 24, 48: 25, 50: 26, 52: 255}
}

// listing fewer than half its elements: a memset and stores
func gaps() []uint8 {
	return []uint8{0: 1, 3: 2, 6: 3, 9: 4, 12: 5, 15: 6, 18: 7, 21: 8, 24: 9, 27: 10, 30: 11, 33: 12, 36: 13, 39: 14, 42: 15, 45: 16, 48: 17, 51: 18, 54: 19, 57: 20, 60: 21, 63: 22, 66: 23, 69: 24, 72: 25, 75: 26, 90: 255}
}

func block() [30]uint32 {
	return [30]uint32{1, 2, 9, 28, 65, 126, 217, 344, 513, 730, 1001, 1332, 1729, 2198, 2745, 3376, 4097, 4914, 5833, 6860, 8001, 9262, 10649, 12168, 13825, 15626, 17577, 19684, 21953, 24390}
}

func names() []string {
	return []string{"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey", "xray", "yankee", "zulu", "zero", "one", "two", "three"}
}

func pairs() []point {
	return []point{{0, 0}, {1, -1}, {2, -2}, {3, -3}, {4, -4}, {5, -5}, {6, -6}, {7, -7}, {8, -8}, {9, -9}, {10, -10}, {11, -11}, {12, -12}, {13, -13}, {14, -14}, {15, -15}, {16, -16}, {17, -17}, {18, -18}, {19, -19}, {20, -20}, {21, -21}, {22, -22}, {23, -23}, {24, -24}, {25, -25}, {26, -26}, {27, -27}, {28, -28}, {29, -29}, {30, -30}, {31, -31}, {32, -32}, {33, -33}, {34, -34}, {35, -35}, {36, -36}, {37, -37}, {38, -38}, {39, -39}}
}

func main() {
	ps := primeSet()
	n := 0
	for i := 0; i < 200; i++ {
		if ps[i] {
			print(i, " ")
			n++
		}
	}
	println(len(ps), n)
	ps[4] = true
	println(primeSet()[4], len(primeSet()))

	wi := wordIndex()
	s := 0
	for k, v := range wi {
		s += len(k) * int(v)
	}
	println(len(wi), s, wi["alpha"], wi["three"], wi["sierra"], wi["nope"])
	wi["alpha"] = 99
	println(wordIndex()["alpha"])

	g := grid()
	for y := int8(-2); y < 2; y++ {
		for x := int8(0); x < 7; x++ {
			print(g[point{x, y}], " ")
		}
		println()
	}

	f := floats()
	fs := 0
	for k, v := range f {
		fs += int(k*4) * int(v)
	}
	println(len(f), fs, f[-3.25], f[0], f[3.25], f[0.1])

	st := set()
	_, ok1 := st["al0"]
	_, ok2 := st["ze26"]
	_, ok3 := st["zu25"]
	println(len(st), ok1, ok2, ok3)

	ak := arrayKeys()
	as := 0
	for k, v := range ak {
		as += int(k[0])*int(v) + int(k[1])
	}
	println(len(ak), as, ak[[2]uint8{5, 25}], ak[[2]uint8{5, 26}])

	rs := records()
	rsum := 0
	for k, r := range rs {
		rsum += int(k) + int(r.id) + len(r.name) + int(r.bits[0]) - int(r.bits[1]) + int(r.bits[15]/1000)
	}
	r := rs[15]
	println(len(rs), rsum, r.id, r.name, r.bits[0], r.bits[1], r.bits[2], r.bits[15])
	r.bits[15] = 1
	rs[15] = r
	println(records()[15].bits[15])

	m1 := mixed(-7)
	m2 := mixed(8)
	println(len(m1), m1[28], m1[29], m2[29])

	pm, im := boxes()
	*pm[3] = 5
	pm2, _ := boxes()
	println(len(pm), *pm[3], *pm2[3], pm[3] != pm[4], im[7].(int), im[8].(string))

	t := table()
	ts := 0
	for i, v := range t {
		ts += i * int(v)
	}
	t[0] = 1000
	println(len(t), cap(t), ts, table()[0], t[39])

	sp := sparse()
	println(len(sp), sp[0], sp[2], sp[3], sp[50], sp[51], sp[52])
	gp := gaps()
	println(len(gp), gp[0], gp[3], gp[4], gp[75], gp[89], gp[90])

	b := block()
	b2 := b
	b[29]++
	bs := uint32(0)
	for _, v := range block() {
		bs += v
	}
	println(b[29], b2[29], block()[29], bs)

	ns := names()
	nl := 0
	for _, w := range ns {
		nl += len(w)
	}
	ns[0] = "changed"
	println(len(ns), nl, names()[0], ns[29])

	pp := pairs()
	pp[39].x = 1
	println(len(pp), pp[39].x, pp[39].y, pairs()[39].x)
}
