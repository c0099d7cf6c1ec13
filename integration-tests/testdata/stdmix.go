// Standard output (package os) and standard error (println) interleaved: the output
// must keep the order of the writes, as Go's test harness sees it.
package main

import "os"

func main() {
	for i := 0; i < 5; i++ {
		os.Stdout.WriteString("out ")
		println("err", i)
		os.Stderr.WriteString("direct err\n")
	}
	os.Stdout.WriteString("done\n")
	os.Exit(4)
}
