// String constants on the Uno: those only ever printed (print, println, the runtime's
// fatal messages) live in flash there and are printed with LPM loads; the others,
// compared, stored, sliced, converted or kept in a slice, stay in RAM and are read with
// ordinary loads. Every line must come out as Go prints it, whichever memory it was in.
package main

var stored = "stored in a variable"

var words = []string{"kept", "in", "a", "slice"}

//go:noinline
func show(label, s string) {
	println(label, s)
}

//go:noinline
func same(a, b string) bool {
	return a == b
}

func main() {
	println("printed only")
	print("print", " ", "and", " ", "println", "\n")
	println("number", 42, "and", true, "and", false)
	show("passed to a function:", "a constant argument")
	println(stored, len(stored))
	for i, w := range words {
		println(i, w)
	}
	if same("compared", "compared") {
		println("compared equal")
	}
	s := "sliced constant"
	println(s[:6], s[7:])
	b := []byte("converted")
	b[0] = 'C'
	println(string(b))
	m := map[string]int{"key": 7}
	println("map", m["key"])
	ch := make(chan int)
	println("now every goroutine blocks")
	<-ch
}
