// targets: host wasi wasm cortex-m-qemu microbit

// Go's text/tabwriter, compiled from the GOROOT, writing to os.Stdout.
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaa\tbbbbb\tc")
	fmt.Fprintln(w, "x\t\tlonger cell\t")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', 0)
	fmt.Fprintln(w, "name\tsize\tkind")
	fmt.Fprintln(w, "main.go\t1234\tfile")
	fmt.Fprintln(w, "dir\t-\tdirectory")
	w.Flush()
}
