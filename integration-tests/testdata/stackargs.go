// Calls whose arguments do not all fit the argument registers (on AVR 18 bytes:
// r25 down to r8), so the rest go on the stack, where the callee finds them past its
// return address (3 bytes on the ATmega2560, 2 on the ATmega328P): direct calls, a
// function value, a method value, a deferred call and a recursive one, with results
// that depend on every argument and its position.
package main

func mix(a, b, c, d, e, f, g, h, i, j int32) int32 {
	return a + 2*b + 3*c + 4*d + 5*e + 6*f + 7*g + 8*h + 9*i + 10*j
}

func bytes(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v byte) int {
	return int(a) + int(v)<<8 + int(k)*int(l) + int(t) - int(b) + int(c)*3 + int(d) + int(e) + int(f) +
		int(g) + int(h) + int(i) + int(j) + int(m) + int(n) + int(o) + int(p) + int(q) + int(r) + int(s) + int(u)
}

type acc struct{ total int64 }

func (x *acc) add(a, b, c, d, e int64, name string) {
	x.total += a - b + c*d - e + int64(len(name))
}

func down(n, a, b, c, d, e int32) int32 {
	if n == 0 {
		return a*10000 + b*1000 + c*100 + d*10 + e
	}
	return down(n-1, b, c, d, e, a)
}

func main() {
	println(mix(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
	f := mix
	println(f(-1, 20, -3, 40, -5, 60, -7, 80, -9, 100))
	println(bytes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22))
	var x acc
	add := x.add
	add(1000000, 2, 3, 4, 5, "abc")
	x.add(7, 6, 5, 4, 3, "hello, world")
	println(x.total)
	println(down(7, 1, 2, 3, 4, 5))
	defer func() { println("deferred", mix(10, 9, 8, 7, 6, 5, 4, 3, 2, 1)) }()
	defer println(mix(1, 1, 1, 1, 1, 1, 1, 1, 1, 1))
}
