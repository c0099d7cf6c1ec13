// targets: host wasi cortex-m-qemu microbit

// Package flag reads os.Args[0] when it is initialised and os.Args[1:] in Parse:
// every target, a microcontroller too, gives a program at least its name. (The
// Uno: flag and its reflect use need more than its 2 KiB of RAM.)
package main

import (
	"flag"
	"os"
)

var count = flag.Int("n", 7, "how many")
var name = flag.String("name", "gopher", "who")

func main() {
	flag.Parse()
	println(len(os.Args) >= 1, len(os.Args[0]) > 0)
	println(*count, *name, flag.NArg(), flag.NFlag())
	fs := flag.NewFlagSet("sub", flag.ContinueOnError)
	v := fs.Bool("v", false, "verbose")
	k := fs.Int("k", 1, "k")
	err := fs.Parse([]string{"-v", "-k", "42", "rest", "more"})
	println(err == nil, *v, *k, fs.NArg(), fs.Arg(0), fs.Arg(1))
}
