// Nil pointer forms that panic where Go's do: &*p, slicing a nil array pointer, a
// method value of a nil interface, an index far from a nil array pointer.
package main

type S struct{ a, b int }

type I interface{ M() int }

var (
	sp  *S
	ap  *[4]int
	bp  *[1 << 12]byte
	ifc I
	f   func() int
)

func try(name string, g func()) {
	defer func() {
		r := recover()
		if r == nil {
			println(name, "did not panic")
			return
		}
		println(name, r.(error).Error())
	}()
	g()
}

func main() {
	try("&*sp", func() { println(&*sp == nil) })
	try("ap[1:]", func() { println(len(ap[1:])) })
	try("ap[:0]", func() { println(len(ap[:0])) })
	try("bp[4000]", func() { println(bp[4000]) })
	try("ifc.M", func() { f = ifc.M })
	try("len(ap)", func() { println(len(ap)) })
	var s S
	sp = &s
	try("&*sp ok", func() { println(&*sp == &s) })
}
