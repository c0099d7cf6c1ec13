package main

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{ name string }

func (Dog) Sound() string    { return "woof" }
func (c *Cat) Sound() string { return c.name + " meows" }

type Celsius float64
type Name string

func classify(x interface{}) {
	switch v := x.(type) {
	case nil:
		println("nil")
	case int, int8, int16:
		println("small int kind")
	case uint8:
		println("byte", v)
	case string:
		println("string of len", len(v))
	case Name:
		println("name", string(v))
	case []int:
		println("slice", len(v))
	case Animal:
		println("animal:", v.Sound())
	case *int:
		println("ptr to int", *v)
	case func() int:
		println("func", v())
	case struct{ a, b int }:
		println("anon struct", v.a+v.b)
	default:
		println("unknown")
	}
}

func kind(x interface{}) string {
	switch x.(type) {
	case bool:
		return "bool"
	case error:
		return "error"
	}
	return "?"
}

func main() {
	n := 4
	classify(nil)
	classify(1)
	classify(int8(2))
	classify(byte(200))
	classify("abc")
	classify(Name("bob"))
	classify([]int{1, 2, 3})
	classify(Dog{})
	classify(&Cat{"tom"})
	classify(Cat{"x"})
	classify(&n)
	classify(func() int { return 7 })
	classify(struct{ a, b int }{1, 2})
	classify(uint16(1))
	println(kind(true), kind(3))
	var a Animal = Dog{}
	switch a.(type) {
	case *Cat:
		println("cat")
	case Dog:
		println("dog")
	}
	for i := 0; i < 3; i++ {
		var v interface{} = i
		switch w := v.(type) {
		case int:
			if w == 1 {
				println("one")
				break
			}
			println("int", w)
		}
	}
	var x interface{} = Name("z")
	println(x.(Name) == "z")
	_ = x.(string)
}
