// Slice to array conversions (Go 1.20): [n]T(s) copies the first n elements of s; a
// slice shorter than n panics; [0]T(s) of a nil slice is the empty array.
package main

type quad [4]byte

type pair struct{ a, b int }

func convert[T any](s []T) [2]T {
	return [2]T(s)
}

func short(s []int) (msg string) {
	defer func() {
		if e, ok := recover().(error); ok {
			msg = e.Error()
		}
	}()
	a := [5]int(s)
	return "no panic " + string(rune('0'+a[0]))
}

func main() {
	s := []int{1, 2, 3, 4}
	a := [4]int(s)
	a[0] = 9
	println(a[0], s[0], len(a), a[3])
	s[1] = 7
	println(a[1])

	b := []byte("abcdef")
	q := quad(b[2:])
	println(string(q[:]), len(q))

	p := [2]pair([]pair{{1, 2}, {3, 4}, {5, 6}})
	println(p[0].a, p[1].b)

	var nilSlice []string
	z := [0]string(nilSlice)
	println(len(z))

	g := convert([]string{"x", "y", "z"})
	println(g[0] + g[1])

	println(short(s))
	println(short([]int{5, 6, 7, 8, 9, 10}))
}
