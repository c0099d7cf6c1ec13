// targets: host wasi wasm cortex-m-qemu microbit arduino

// Objects of many sizes, with and without pointers, come and go in a few slots while
// collections run now and then: every live object's contents are checked after each
// collection, so a sweep that frees a live object (or part of one) shows when its
// blocks are handed out again and written. On 64-bit machines a second round uses
// objects of up to 3,000 bytes (objects spanning many words of the host collector's
// block states); it prints only its count of changed objects.
package main

import (
	"runtime"
	"unsafe"
)

type node struct {
	next *node
	data []byte
}

const slots = 4

var kept [slots]*node
var seed uint32 = 12345

func rnd() uint32 {
	seed ^= seed << 13
	seed ^= seed >> 17
	seed ^= seed << 5
	return seed
}

func fillByte(id, i int) byte {
	return byte(id*31 + i*7)
}

func check(round int) int {
	bad := 0
	for s, n := range kept {
		for ; n != nil; n = n.next {
			id := int(n.data[0])
			for i := 1; i < len(n.data); i++ {
				if n.data[i] != fillByte(id, i) {
					if bad == 0 {
						println("round", round, "slot", s, "byte", i, "changed")
					}
					bad++
					break
				}
			}
		}
	}
	return bad
}

func main() {
	bad, sum := rounds(3000, 48, 50)
	println("bad", bad, "sum", sum)
	if unsafe.Sizeof(uintptr(0)) == 8 {
		bad, _ = rounds(3000, 3000, 20)
	} else {
		bad = 0
	}
	println("big bad", bad)
}

func rounds(count, maxSize, every int) (int, int) {
	for i := range kept {
		kept[i] = nil
	}
	bad := 0
	sum := 0
	for round := 0; round < count; round++ {
		size := 1 + int(rnd()%uint32(maxSize))
		id := int(rnd() % 200)
		d := make([]byte, size)
		d[0] = byte(id)
		for i := 1; i < size; i++ {
			d[i] = fillByte(id, i)
		}
		n := &node{data: d}
		s := int(rnd() % slots)
		switch rnd() % 3 {
		case 0:
			kept[s] = n // the old chain becomes garbage
		case 1:
			if kept[s] != nil && kept[s].next == nil {
				n.next = kept[s] // a chain of two
			}
			kept[s] = n
		}
		sum += size
		if round%every == every-1 {
			runtime.GC()
			bad += check(round)
		}
	}
	bad += check(count)
	return bad, sum
}
