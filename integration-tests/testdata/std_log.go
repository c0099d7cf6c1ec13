// targets: host wasi wasm cortex-m-qemu microbit

// Go's log, compiled from the GOROOT, writing to os.Stdout without time stamps (the
// clock differs from run to run); log.Fatal exits with code 1.
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.SetPrefix("app: ")
	log.Println("hello", 42)
	log.Printf("%s=%d", "x", 7)
	var buf bytes.Buffer
	l := log.New(&buf, "[buf] ", log.Lmsgprefix)
	l.Print("one")
	l.Print("two\n")
	fmt.Print(buf.String())
	fmt.Println(l.Prefix(), l.Flags() == log.Lmsgprefix, log.Prefix())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panicf("bad %d", 3)
	}()
	log.Fatal("the end")
}
