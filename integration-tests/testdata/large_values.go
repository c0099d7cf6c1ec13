// targets: host wasi wasm
// timeout: 90
// Composite literals larger than 64 KiB used as values, passed, returned, compared
// and copied (large values stay in memory; those above 16 KiB come from the heap).
// Not on the chips, whose RAM is smaller than one such value. The wasi run takes about
// 20 s in Chicory, most of it in the allocations of 66 KB temporaries.
package main

type big struct {
	a   [16400]int32
	tag string
	n   int
}

func sum(b big) (s int) {
	for _, x := range b.a {
		s += int(x)
	}
	return s + b.n
}

func pick(i int) big {
	if i == 0 {
		return big{tag: "zero"}
	}
	return big{tag: "other", n: i, a: [16400]int32{5: int32(i)}}
}

func main() {
	p := new(big)
	*p = big{tag: "hello", n: 3}
	p.a[5] = 7
	v := big{tag: "x", n: p.n + 1, a: [16400]int32{1: 2, 16399: 9}}
	println(v.tag, v.n, v.a[1], v.a[16399], sum(v))

	// the right side reads *p: it is complete before *p changes
	*p = big{tag: p.tag + "!", n: p.n * 2, a: [16400]int32{p.a[5], p.a[5] + 1}}
	println(p.tag, p.n, p.a[0], p.a[1], p.a[5])

	arr := [3]big{{tag: "a"}, {tag: "b", n: 2}}
	println(len(arr), arr[0].tag, arr[1].tag, arr[1].n, arr[2].tag == "")

	s := []big{{n: 1}, {n: 2}, pick(5)}
	println(len(s), s[0].n+s[1].n, s[2].tag, s[2].a[5], sum(s[2]))

	m := map[string]big{"k": {tag: "in a map", n: 11}}
	println(m["k"].tag, m["k"].n, sum(m["k"]))

	for i := 0; i < 3; i++ {
		b := pick(i)
		println(i, b.tag, b.n, sum(b))
	}
	println(sum(big{n: 40, a: [16400]int32{1, 1}}))
	println(big{tag: "c"} == big{tag: "c"}, big{n: 1} == big{})
}
