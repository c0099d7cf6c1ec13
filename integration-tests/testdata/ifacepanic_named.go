package main

type Level uint8

type Label string

func main() {
	var v interface{} = Label("hot")
	if l, ok := v.(Label); ok {
		println(string(l))
	}
	panic(Level(7))
}
