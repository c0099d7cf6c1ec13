// Elided &S{...} in composite literals whose elements are pointers to a named slice
// type (map values, array and slice elements), as globals and locals.
package main

type S []T
type T struct{ x int }

var m = map[string]*S{
	"a": {
		{1},
	},
}

var a = [1]*S{{{2}}}

func main() {
	n := 3
	local := map[string]*S{"b": {{n}, {n + 1}}}
	ps := []*S{{{n * 2}}}
	println(len(*m["a"]), (*m["a"])[0].x, (*a[0])[0].x, len(*local["b"]), (*local["b"])[1].x, (*ps[0])[0].x)
}
