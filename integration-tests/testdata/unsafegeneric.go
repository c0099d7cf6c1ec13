// unsafe.Sizeof, Alignof and Offsetof in generic code depend on the instance, so they
// are computed per instantiation rather than by the type checker.
package main

import "unsafe"

func size[T any](x T) uintptr { return unsafe.Sizeof(x) }

func align[T any](x T) uintptr { return unsafe.Alignof(x) }

type pair[T any] struct {
	first T
	tail  int8
}

func (p *pair[T]) tailOffset() uintptr { return unsafe.Offsetof(p.tail) }

func main() {
	var b byte
	var i int64
	var s struct{ a, b int32 }
	println(size(b) == unsafe.Sizeof(b), size(i) == unsafe.Sizeof(i), size(s) == unsafe.Sizeof(s))
	println(align(b) == unsafe.Alignof(b), align(i) == unsafe.Alignof(i))
	var p1 pair[byte]
	var p2 pair[int64]
	println(p1.tailOffset() == unsafe.Offsetof(p1.tail), p2.tailOffset() == unsafe.Offsetof(p2.tail), p1.tailOffset() < p2.tailOffset())
}
