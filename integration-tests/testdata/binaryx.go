// targets: host wasi wasm cortex-m-qemu microbit
// (The Uno's 2 KiB of RAM cannot hold this program's garbage: the heap does not free yet.)
// Packages encoding/binary (byte orders, varints) and strings.Reader against Go's.
package main

import (
	"encoding/binary"
	"io"
	"strings"
)

func main() {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, 0x0102030405060708)
	println(b[0], b[7], binary.LittleEndian.Uint64(b), binary.BigEndian.Uint32(b[4:]), binary.LittleEndian.Uint16(b))
	binary.LittleEndian.PutUint32(b, 0xdeadbeef)
	println(b[0], b[3], binary.BigEndian.Uint16(b[2:]), len(binary.BigEndian.AppendUint16(nil, 7)), binary.BigEndian.String())
	var bo binary.ByteOrder = binary.LittleEndian
	println(bo.Uint32(b), bo.String())
	for _, x := range []int64{0, 1, -1, 63, -64, 300, -1 << 63, 1<<63 - 1} {
		buf := binary.AppendVarint(nil, x)
		v, n := binary.Varint(buf)
		ub := make([]byte, binary.MaxVarintLen64)
		un := binary.PutUvarint(ub, uint64(x))
		u, m := binary.Uvarint(ub[:un])
		println(x, len(buf), v, n, un, u == uint64(x), m)
	}
	_, n := binary.Uvarint([]byte{0x80, 0x80})
	println(n)
	r := strings.NewReader("héllo world")
	p := make([]byte, 4)
	k, err := r.Read(p)
	println(k, err == nil, string(p[:k]), r.Len(), r.Size())
	c, _ := r.ReadByte()
	r.UnreadByte()
	ru, size, _ := r.ReadRune()
	println(c, ru, size, r.UnreadRune() == nil, r.UnreadRune() != nil)
	pos, _ := r.Seek(-5, io.SeekEnd)
	rest, _ := io.ReadAll(r)
	println(pos, string(rest))
	_, err = r.Read(p)
	println(err == io.EOF)
	var sb strings.Builder
	r.Reset("copy me")
	nn, _ := io.Copy(&sb, r)
	println(nn, sb.String())
}
