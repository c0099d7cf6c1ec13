// opt: 2
// Concatenations of three or more strings: operand order, parentheses, named string
// types, empty and constant operands, s += a + b; and, at -opt=2 as with gc, one
// allocation per concatenation (a chain of two-string concatenations would make two
// or three).
package main

import "runtime"

type name string

var calls []string

func part(s string) string {
	calls = append(calls, s)
	return s
}

func greet(first, last name) name {
	return "Hello, " + first + " " + last + "!"
}

var kept [20]string

var ms runtime.MemStats // a global: a local this large is on the heap on small chips

func mallocs() uint64 {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

func main() {
	a, b, c, d, e := "alpha", "beta", "", "delta", "ε"
	println(a + b + c)
	println(a + "-" + b + "-" + d + "-" + e)
	println(a + (b + (d + e)))
	println((a + b) + (d + e))
	println(c+c+c == "", len(c+c+a))
	println(c + a + c)
	println(part("1") + part("2") + part("3") + part("4"))
	for _, s := range calls {
		print(s, " ")
	}
	println()
	println(string(greet("Ada", "Lovelace")))
	s := "x"
	s += a + b
	s += "<" + d + ">"
	s += c + c
	println(s)
	long := ""
	for i := 0; i < 40; i++ {
		long = long + "[" + string(rune('A'+i%26)) + "]"
	}
	println(len(long), long[:12], long[len(long)-6:])
	var parts [3]name
	parts[0], parts[1], parts[2] = "p", "q", "r"
	n := parts[0] + parts[1] + parts[2] + "s"
	println(string(n), len(n))

	digits := "0123456789"
	before := mallocs()
	for i := range kept {
		kept[i] = a + digits[i%10:i%10+1] + b + d
	}
	println("allocations:", mallocs()-before, kept[7], kept[19])
	before = mallocs()
	for i := range kept {
		kept[i] = c + a + c // one non-empty operand: that string, no allocation
	}
	println("allocations:", mallocs()-before, kept[0])
}
