// Go 1.19: a range loop's := variables are one pair of variables for the whole loop,
// so closures made in different iterations see the same (last) values.
package main

func main() {
	var fs []func() int
	for i := range [3]int{} {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		println(f())
	}

	var ps []*string
	for _, s := range []string{"a", "b", "c"} {
		ps = append(ps, &s)
	}
	for _, p := range ps {
		println(*p)
	}

	m := map[int]int{7: 49}
	var get func() (int, int)
	for k, v := range m {
		get = func() (int, int) { return k, v }
	}
	k, v := get()
	println(k, v)

	// a variable declared in the body is new in every iteration
	var gs []func() int
	for i := range [3]int{} {
		j := i
		gs = append(gs, func() int { return j })
	}
	for _, g := range gs {
		println(g())
	}
}
