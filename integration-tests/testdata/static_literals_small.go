// targets: host wasi cortex-m-qemu microbit arduino

// The share of static_literals.go that fits the Uno's 2 KB of RAM: literals of more
// than 25 entries of interface values of constants, addresses of package-level
// variables and declared functions (static data on every target, program memory on
// the Uno), with entries built by code among them, each evaluation a new value.

package main

type celsius int8

func (c celsius) name() string { return "celsius" }

type namer interface{ name() string }

var g0, g1 = 10, 20

func double(x int) int { return 2 * x }
func negate(x int) int { return -x }

func describe(v interface{}) {
	switch v := v.(type) {
	case nil:
		print("nil")
	case int:
		print("int ", v)
	case string:
		print("string ", v)
	case float32:
		print("float32 ", int(v*100))
	case bool:
		print("bool ", v)
	case rune:
		print("rune ", v)
	case namer:
		print("namer ", v.name())
	}
	println()
}

func ifaces(x int) []interface{} {
	return []interface{}{
		1, -2, "three", float32(-4.25), true, 'r', nil, celsius(-7), x, 10,
		11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, "last",
	}
}

func pointers(local *int) []*int {
	return []*int{
		&g0, &g1, &g0, &g1, &g0, &g1, &g0, &g1, local, &g0, &g1, &g0, &g1, &g0,
		&g1, &g0, &g1, &g0, &g1, &g0, nil, &g1, &g0, &g1, &g0, &g1, &g0, &g1,
		&g0, &g1, &g0, &g1, &g0, &g1,
	}
}

func funcs(k int) []func(int) int {
	return []func(int) int{
		double, negate, double, negate, double, negate, double, negate, nil,
		func(x int) int { return x + k }, double, negate, double, negate, double,
		negate, double, negate, double, negate, double, negate, double, negate,
		double, negate, double,
	}
}

func main() {
	a := ifaces(100)
	for _, v := range a {
		describe(v)
	}
	a[0] = "changed"
	describe(ifaces(200)[0])
	describe(ifaces(200)[8])

	local := 5
	ps := pointers(&local)
	g0 = 11
	local = 6
	*ps[1] = 21
	t := 0
	for _, p := range ps {
		if p != nil {
			t += *p
		}
	}
	println(t, g1, *ps[8], ps[20] == nil)
	ps[0] = &local
	println(*ps[0], *pointers(&g1)[0], *pointers(&g1)[8])

	fs := funcs(3)
	t = 0
	for i, f := range fs {
		if f != nil {
			t += f(i)
		}
	}
	println(t, fs[8] == nil)
	fs[0] = negate
	println(fs[0](7), funcs(4)[0](7), funcs(4)[9](7))
}
