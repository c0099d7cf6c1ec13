// targets: host wasi wasm cortex-m-qemu microbit

// Literals of more than 25 entries whose entries are link-time constants of kinds that
// hold pointers (docs/ARCHITECTURE.md, "Huge literals"): interface values of constants,
// addresses of package-level variables and declared functions are copied from static
// data, the other entries stored by code. Each evaluation must still be a new value.
// The Uno runs out of its 2 KB of RAM on this program (before and after the static
// data); static_literals_small.go is its share.

package main

type celsius int

func (c celsius) name() string { return "celsius" }

type label string

func (l label) name() string { return "label:" + string(l) }

type namer interface{ name() string }

var g0, g1, g2 = 10, 20, 30

var counter int

func double(x int) int { return 2 * x }
func negate(x int) int { return -x }
func square(x int) int { return x * x }

func describe(v interface{}) {
	switch v := v.(type) {
	case nil:
		print("nil")
	case int:
		print("int ", v)
	case int8:
		print("int8 ", v)
	case uint16:
		print("uint16 ", v)
	case int64:
		print("int64 ", v)
	case string:
		print("string ", v)
	case float64:
		print("float64 ", int(v*100))
	case float32:
		print("float32 ", int(v*100))
	case bool:
		print("bool ", v)
	case rune:
		print("rune ", v)
	case namer:
		print("namer ", v.name())
	default:
		print("other")
	}
	println()
}

func ifaces(x int) []interface{} {
	return []interface{}{
		1, -2, 3, "four", 5.5, -6.25, true, false, 'x', nil,
		int8(-8), uint16(65535), int64(-1 << 40), float32(1.5), celsius(37), label("l"),
		x, "s", 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, "last",
	}
}

func namers() []namer {
	return []namer{
		celsius(1), label("a"), celsius(2), label("b"), celsius(3), label("c"), celsius(4),
		label("d"), celsius(5), label("e"), celsius(6), label("f"), celsius(7), label("g"),
		celsius(8), label("h"), celsius(9), label("i"), celsius(10), label("j"), celsius(11),
		label("k"), celsius(12), label("l"), celsius(13), label("m"), nil, celsius(14),
	}
}

func pointers(local *int) []*int {
	return []*int{
		&g0, &g1, &g2, &g0, &g1, &g2, &g0, &g1, &g2, &g0, &g1, &g2, local, &g0,
		&g1, &g2, &g0, &g1, &g2, &g0, &g1, &g2, nil, &g0, &g1, &g2, &counter, &g0,
	}
}

func funcs(k int) []func(int) int {
	return []func(int) int{
		double, negate, square, double, negate, square, double, negate, square, nil,
		func(x int) int { return x + k }, double, negate, square, double, negate, square,
		double, negate, square, double, negate, square, double, negate, square, double,
	}
}

func ifaceMap(x int) map[string]interface{} {
	return map[string]interface{}{
		"a": 1, "b": -2, "c": "three", "d": 4.75, "e": true, "f": nil, "g": celsius(-3),
		"h": label("x"), "i": x, "j": 'j', "k": uint16(9), "l": 12, "m": 13, "n": 14, "o": 15,
		"p": 16, "q": 17, "r": 18, "s": 19, "t": 20, "u": 21, "v": 22, "w": 23, "x": 24,
		"y": 25, "z": "zed",
	}
}

func funcMap(k int) map[int]func(int) int {
	return map[int]func(int) int{
		0: double, 1: negate, 2: square, 3: double, 4: negate, 5: square, 6: double,
		7: negate, 8: square, 9: func(x int) int { return x * k }, 10: double, 11: negate,
		12: square, 13: double, 14: negate, 15: square, 16: double, 17: negate, 18: square,
		19: double, 20: negate, 21: square, 22: double, 23: negate, 24: square, 25: nil,
	}
}

func ptrMap(local *int) map[int8]*int {
	return map[int8]*int{
		0: &g0, 1: &g1, 2: &g2, 3: &g0, 4: &g1, 5: &g2, 6: &g0, 7: &g1, 8: &g2, 9: local,
		10: &g0, 11: &g1, 12: &g2, 13: &g0, 14: &g1, 15: &g2, 16: &g0, 17: &g1, 18: &g2,
		19: &g0, 20: &g1, 21: &g2, 22: &g0, 23: &g1, 24: &g2, 25: &counter, 26: nil,
	}
}

func sliceMap(x int) map[string][]int {
	return map[string][]int{
		"a": {1, 2}, "b": {3}, "c": {4, 5, 6}, "d": nil, "e": {}, "f": {x, 1}, "g": {-7, 8},
		"h": {9, 10}, "i": {11}, "j": {12}, "k": {13}, "l": {14}, "m": {15}, "n": {16, 17},
		"o": {18}, "p": {19}, "q": {20}, "r": {21}, "s": {22}, "t": {23}, "u": {24}, "v": {25},
		"w": {26}, "x": {27}, "y": {28}, "z": {29, 30, 31, 32},
	}
}

func main() {
	a := ifaces(100)
	for _, v := range a {
		describe(v)
	}
	a[0] = "changed"
	a[30] = 0
	b := ifaces(200)
	describe(b[0])
	describe(b[16])
	describe(b[30])
	println(len(a), len(b))

	ns := namers()
	for _, n := range ns {
		if n == nil {
			println("nil namer")
			continue
		}
		print(n.name(), " ")
	}
	println()
	ns[0] = label("z")
	println(namers()[0].name(), ns[0].name())

	local := 5
	ps := pointers(&local)
	g0 = 11
	local = 6
	*ps[1] = 21
	*ps[26] += 3
	t := 0
	for _, p := range ps {
		if p != nil {
			t += *p
		}
	}
	println(t, g1, counter, *ps[12])
	ps[0] = &local
	qs := pointers(&g2)
	println(*ps[0], *qs[0], *qs[12], ps[22] == nil)

	fs := funcs(3)
	t = 0
	for i, f := range fs {
		if f == nil {
			println("nil func at", i)
			continue
		}
		t += f(i)
	}
	println(t)
	fs[0] = square
	println(fs[0](7), funcs(4)[0](7), funcs(4)[10](7))

	m := ifaceMap(42)
	println(len(m))
	for _, k := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "z"} {
		print(k, ": ")
		describe(m[k])
	}
	m["a"] = 1000
	describe(ifaceMap(43)["a"])
	describe(ifaceMap(43)["i"])

	fm := funcMap(5)
	t = 0
	for k, f := range fm {
		if f != nil {
			t += f(int(k))
		}
	}
	println(len(fm), t, fm[25] == nil)
	fm[0] = negate
	println(fm[0](3), funcMap(6)[0](3), funcMap(6)[9](3))

	pm := ptrMap(&local)
	*pm[0] = 100
	*pm[25] = 7
	t = 0
	for _, p := range pm {
		if p != nil {
			t += *p
		}
	}
	println(len(pm), t, g0, counter, pm[26] == nil)
	pm[1] = &local
	println(*ptrMap(&g1)[1], *pm[1])

	sm := sliceMap(9)
	t = 0
	for k, v := range sm {
		t += len(k) * len(v)
		for _, e := range v {
			t += e
		}
	}
	println(len(sm), t, sm["d"] == nil, sm["e"] == nil, len(sm["e"]), cap(sm["c"]), sm["f"][0])
	sm["a"][0] = 100
	sm["c"] = append(sm["c"], 7)
	sm2 := sliceMap(10)
	println(sm["a"][0], sm2["a"][0], len(sm["c"]), len(sm2["c"]), sm2["f"][0])
	sm2["z"][3] = -1
	println(sliceMap(1)["z"][3], sm2["z"][3], sm["z"][3])
}
