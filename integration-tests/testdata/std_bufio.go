// targets: host wasi wasm cortex-m-qemu

// Go's bufio, compiled from the GOROOT: Reader, Writer and Scanner over strings.
// Not on the micro:bit: the 4 KiB buffers of the second Reader and of both Scanners
// fit its 13 KiB heap only while no stale copy of a dead pointer keeps the Reader's
// alive, which the conservative collector cannot promise (since -opt=z marks code
// minsize, one stays in main's frame there and the last Scanner runs out of memory).
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	r := bufio.NewReaderSize(strings.NewReader("first line\nsecond line\nno newline"), 16)
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	r = bufio.NewReader(strings.NewReader("héllo"))
	c, size, _ := r.ReadRune()
	fmt.Println(string(c), size)
	r.UnreadRune()
	b, _ := r.Peek(3)
	fmt.Printf("%q %d\n", b, r.Buffered())

	s := bufio.NewScanner(strings.NewReader("one two  three\nfour"))
	s.Split(bufio.ScanWords)
	n := 0
	for s.Scan() {
		n++
		fmt.Print(s.Text(), ",")
	}
	fmt.Println(n, s.Err())
	s = bufio.NewScanner(strings.NewReader("a\r\nbb\n\nccc"))
	for s.Scan() {
		fmt.Printf("%q ", s.Text())
	}
	fmt.Println()

	w := bufio.NewWriterSize(os.Stdout, 8)
	w.WriteString("buffered ")
	w.WriteByte('o')
	w.WriteRune('k')
	fmt.Fprintf(w, " %d\n", w.Buffered())
	w.Flush()
}
