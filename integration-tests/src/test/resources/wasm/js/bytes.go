package main

import (
	"fmt"
	"os"
	"syscall/js"
)

func main() {
	g := js.Global()
	u8 := g.Get("Uint8Array").New(4)
	fmt.Println("to js:", js.CopyBytesToJS(u8, []byte{1, 2, 3, 4, 5}), u8.Call("join", " ").String())
	b := make([]byte, 8)
	fmt.Println("to go:", js.CopyBytesToGo(b, u8), b)

	enc := g.Get("TextEncoder").New().Call("encode", "Grüße")
	buf := make([]byte, enc.Length())
	js.CopyBytesToGo(buf, enc)
	fmt.Printf("utf-8: %q %d\n", string(buf), len(buf))

	f64 := g.Get("Float64Array").New(3)
	for i := 0; i < 3; i++ {
		f64.SetIndex(i, float64(i)+0.25)
	}
	sum := 0.0
	for i := 0; i < f64.Length(); i++ {
		sum += f64.Index(i).Float()
	}
	fmt.Println("float64 sum:", sum)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		js.CopyBytesToGo(b, f64)
	}()

	fmt.Println("args:", os.Args[1:])
	println("to stderr")
}
