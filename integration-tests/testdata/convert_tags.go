// Conversions between types that differ only in struct tags, at any depth (slices
// of structs, maps of slices, pointers): the values keep their representation.
package main

type A struct {
	F string `json:"f"`
	G int
}

type B struct {
	F string
	G int
}

func main() {
	as := []A{{"x", 1}, {"y", 2}}
	bs := ([]B)(nil)
	bs = append(bs, B(as[0]))
	cs := []struct {
		F string `json:"f"`
		G int
	}{{"x", 1}, {"z", 3}}
	ds := ([]struct {
		F string
		G int
	})(cs)
	p := (*B)(&as[1])
	println(len(bs), bs[0].F, ds[1].F, ds[1].G, p.F)
	m := map[string][]struct {
		F string `a`
	}{"k": {{"v"}}}
	n := (map[string][]struct{ F string })(m)
	println(n["k"][0].F)
}
