// A slice of a local array can outlive the call (returned, stored): the array must
// live on the heap, one per call, or later calls overwrite the earlier results.
package main

type thing struct{}

func (t *thing) wrap(s string) []string {
	foo := [1]string{s}
	return foo[:]
}

func pair(a, b int) []int {
	var arr [2]int
	arr[0], arr[1] = a, b
	return arr[:]
}

var kept [][]int

func keep(n int) {
	var arr [3]int
	arr[1] = n
	kept = append(kept, arr[:2])
}

func main() {
	t := &thing{}
	f := t.wrap
	s := f("foo")
	_ = f("bar")
	p := pair(1, 2)
	q := pair(3, 4)
	keep(7)
	keep(8)
	println(s[0], p[0], p[1], q[0], q[1], kept[0][1], kept[1][1], len(kept[0]), cap(kept[0]))
}
