// targets: host wasi wasm cortex-m-qemu microbit arduino

// Packages compiled from the GOROOT, printed with println: container/list,
// container/ring, hash/adler32, hash/fnv, unicode/utf16 and path. It was written for
// the Uno's 2 KiB of RAM and fitted there before the merges of session 4; it did not
// from then until the packages' read-only tables moved to the Uno's flash.
package main

import (
	"container/list"
	"container/ring"
	"hash/adler32"
	"hash/fnv"
	"path"
	"unicode/utf16"
)

func main() {
	l := list.New()
	for i := 1; i <= 4; i++ {
		l.PushBack(i)
	}
	l.MoveToFront(l.Back())
	l.Remove(l.Front().Next())
	for e := l.Front(); e != nil; e = e.Next() {
		print(e.Value.(int), " ")
	}
	println(l.Len())

	r := ring.New(3)
	for i := 0; i < 3; i++ {
		r.Value = i + 10
		r = r.Next()
	}
	sum := 0
	r.Do(func(v any) { sum += v.(int) })
	println(sum, r.Len())

	data := []byte("Wikipedia")
	println(adler32.Checksum(data))
	h := fnv.New32a()
	h.Write(data)
	println(h.Sum32())
	h64 := fnv.New64()
	h64.Write(data)
	println(h64.Sum64())

	u := utf16.Encode([]rune{'a', 0x1F600, 'z'})
	println(len(u), u[1], u[2], utf16.IsSurrogate(rune(u[1])))
	println(path.Base("a/b/c.go"), path.Ext("x.tar.gz"), path.Clean("a//b/../c/."), path.IsAbs("/x"))
}
