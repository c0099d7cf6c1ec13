// targets: host wasi wasm cortex-m-qemu microbit
// (Not on the Uno since panics and recover: the run-time error messages take the RAM
// its heap needed; to be won back.)
package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strconv"
	"strings"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	q := make([]byte, len(p))
	for i, c := range p {
		if c >= 'a' && c <= 'z' {
			c -= 32
		}
		q[i] = c
	}
	return u.w.Write(q)
}

func main() {
	var sb strings.Builder
	sb.WriteString("hello ")
	sb.WriteString(strconv.Itoa(42))
	println(sb.String())
	var buf bytes.Buffer
	io.WriteString(&buf, "abc")
	buf.WriteByte('d')
	println(buf.String(), buf.Len())
	_, err := strconv.Atoi("x1")
	println(err != nil, err.Error())
	e := errors.New("boom")
	println(errors.Is(e, e))
	io.WriteString(upper{os.Stderr}, "shout\n")
	os.Stderr.WriteString("done\n")
}
