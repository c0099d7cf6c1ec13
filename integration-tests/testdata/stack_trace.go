// targets: host wasi wasm cortex-m-qemu microbit

// Runtime.Stack and debug.Stack: the frames of the calling goroutine, those of the
// goroutines blocked elsewhere (all=true) with their states and creators, and the frames
// of a deferred call run by a panic. gc prints argument words and "+0x" offsets, and
// numbers goroutines other than main as its processors hand numbers out, so the program
// prints a normalised form: the header with main's number only, the names of the
// functions of package main (and debug.Stack, and panic), and the base name and line of
// their files.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
)

// normalise keeps of a traceback what gc and tinygo4j print alike.
func normalise(text string) []string {
	var out []string
	keepFile := false
	for _, line := range strings.Split(text, "\n") {
		switch {
		case strings.HasPrefix(line, "goroutine "):
			f := strings.Fields(line)
			if f[1] != "1" {
				f[1] = "N"
			}
			out = append(out, strings.Join(f, " "))
			keepFile = false
		case strings.HasPrefix(line, "\t"):
			if keepFile {
				file := line[strings.LastIndex(line, "/")+1:]
				if i := strings.Index(file, " "); i >= 0 {
					file = file[:i]
				}
				out = append(out, "    "+file)
			}
		case strings.HasPrefix(line, "created by "):
			out = append(out, line)
			keepFile = true
		case line != "":
			name := line
			if i := strings.LastIndex(name, "("); i > 0 {
				name = name[:i]
			}
			keepFile = strings.HasPrefix(name, "main.")
			if keepFile || name == "panic" || name == "runtime/debug.Stack" {
				out = append(out, "  "+name)
			}
		}
	}
	return out
}

func show(title string, text string) {
	fmt.Println(title)
	for _, l := range normalise(text) {
		fmt.Println(l)
	}
}

// stack returns runtime.Stack's text, in a buffer grown until the text fits.
func stack(all bool) string {
	buf := make([]byte, 512)
	for {
		n := runtime.Stack(buf, all)
		if n < len(buf) {
			return string(buf[:n])
		}
		buf = make([]byte, 2*len(buf))
	}
}

type T struct{}

func (T) inner() string {
	return stack(false)
}

func (*T) outer() string {
	return T{}.inner()
}

func receive(c chan int) {
	<-c
}

func choose(a, b chan int) {
	select {
	case <-a:
	case b <- 1:
	}
}

func lock(m *sync.Mutex) {
	m.Lock()
}

func blocked(text string) bool {
	n := 0
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, "goroutine ") {
			n++
			if n > 1 && (strings.Contains(l, "[running]") || strings.Contains(l, "[runnable]")) {
				return false
			}
		}
	}
	return n == 4
}

func main() {
	show("own stack:", (&T{}).outer())
	func() {
		show("function literal:", stack(false))
	}()

	c := make(chan int)
	go receive(c)
	go choose(make(chan int), make(chan int))
	var m sync.Mutex
	m.Lock()
	go lock(&m)
	// one call site, so that main's line is the same whether the others were blocked
	// at the first try or not (gc's goroutines start on other threads)
	var text string
	for {
		text = stack(true)
		if blocked(text) {
			break
		}
		runtime.Gosched()
	}
	show("all goroutines:", text)

	show("debug.Stack:", string(debug.Stack()))

	defer func() {
		recover()
		show("deferred call of a panic:", stack(false))
	}()
	var s []int
	_ = s[len(text)]
}
