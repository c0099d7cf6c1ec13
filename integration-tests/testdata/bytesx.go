// targets: host wasi wasm cortex-m-qemu microbit
// (The Uno's 2 KiB of RAM cannot hold this program's garbage: the heap does not free yet.)
// Package bytes against Go's.
package main

import (
	"bytes"
	"io"
)

func show(xs [][]byte) {
	print(len(xs), ":")
	for _, x := range xs {
		print(" [", string(x), "]")
	}
	println()
}

func main() {
	s := []byte("héllo, wörld, héllo")
	println(bytes.Equal(s, []byte("héllo, wörld, héllo")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	println(bytes.Contains(s, []byte("wö")), bytes.Index(s, []byte("héllo")), bytes.LastIndex(s, []byte("héllo")), bytes.IndexByte(s, ','),
		bytes.IndexRune(s, 'ö'), bytes.Count(s, []byte("l")), bytes.HasPrefix(s, []byte("hé")), bytes.HasSuffix(s, []byte("lo")))
	show(bytes.Split([]byte("a,b,,c"), []byte(",")))
	show(bytes.SplitN([]byte("a,b,c"), []byte(","), 2))
	show(bytes.Fields([]byte("  a b\t c ")))
	println(string(bytes.TrimSpace([]byte("  x y  "))), bytes.TrimSpace([]byte("   ")) == nil, string(bytes.Trim([]byte("xxaxx"), "x")),
		string(bytes.Join([][]byte{[]byte("a"), []byte("b")}, []byte("-"))), string(bytes.Repeat([]byte("ab"), 3)),
		string(bytes.ReplaceAll([]byte("aaa"), []byte("a"), []byte("bb"))))
	var b bytes.Buffer
	b.WriteString("hello ")
	b.WriteByte('w')
	b.WriteRune('ö')
	b.Write([]byte("rld\nsecond line\n"))
	println(b.Len(), b.String())
	line, err := b.ReadString('\n')
	println(line, err == nil)
	c, _ := b.ReadByte()
	b.UnreadByte()
	r, size, _ := b.ReadRune()
	println(c, r, size)
	rest, err := io.ReadAll(&b)
	println(string(rest), err == nil, b.Len())
	_, err = b.ReadByte()
	println(err == io.EOF)
	var out bytes.Buffer
	n, err := io.Copy(&out, bytes.NewBufferString("copied"))
	println(n, err == nil, out.String())
}
