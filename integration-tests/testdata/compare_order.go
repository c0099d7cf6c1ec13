// Comparisons of structs and arrays go element by element and stop at the first
// difference: an interface holding an uncomparable value panics only when reached.
package main

type S struct {
	a int
	i interface{}
	s string
}

func main() {
	b := []byte{1}
	x, y := S{1, b, "x"}, S{2, b, "x"}
	println(x == y)
	var arr1, arr2 [3]interface{}
	arr1[0], arr2[0] = 1, 1
	println(arr1 == arr2)
	arr2[2] = "z"
	println(arr1 == arr2)
	defer func() { println("recovered:", recover().(error).Error()) }()
	x.a = 2
	println(x == y)
}
