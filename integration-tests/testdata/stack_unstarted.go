// targets: host wasi wasm cortex-m-qemu microbit

// Runtime.Stack(buf, true) shows a goroutine that has been created and has not run yet
// as gc does: runnable, its function at the line where the function is written, and
// the go statement that created it. The goroutines' functions take no arguments: gc
// starts a call with arguments (or a method's receiver) through a function literal of
// its own (main.main.func2 at the go statement), which ours does not imitate. Normalised as in
// stack_trace.go: goroutine numbers other than main's, gc's "+0x" offsets and the
// files' directories vary, and so does the order of the other goroutines. With one processor gc runs the new goroutines only when
// main blocks; should one have run all the same, the program tries again.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
)

var release = make(chan bool)

func worker() {
	<-release
}

// normalise keeps of a traceback what gc and tinygo4j print alike.
func normalise(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "goroutine ") {
			f := strings.Fields(line)
			if f[1] != "1" {
				f[1] = "N"
			}
			line = strings.Join(f, " ")
		} else if strings.HasPrefix(line, "\t") {
			line = line[strings.LastIndex(line, "/")+1:]
			if i := strings.Index(line, " "); i >= 0 {
				line = line[:i]
			}
			line = "    " + line
		}
		out = append(out, line)
	}
	return out
}

func stack() string {
	buf := make([]byte, 512)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			return string(buf[:n])
		}
		buf = make([]byte, 2*len(buf))
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	for {
		go worker()
		go func() {
			<-release
		}()
		text := stack()
		if strings.Count(text, "[runnable]") == 2 {
			// main's goroutine first, then the others in sorted order: gc lists them in
			// the order of its goroutine records, which reuse can change
			blocks := strings.Split(strings.TrimRight(strings.Join(normalise(text), "\n"), "\n"), "\n\n")
			sort.Strings(blocks[1:])
			fmt.Println(strings.Join(blocks, "\n\n"))
			return
		}
		for i := 0; i < 2; i++ {
			release <- true
		}
	}
}
