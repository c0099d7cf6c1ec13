// Collection pause for bench/gc: builds a live linked structure of about MB megabytes
// (first argument), then runs runtime.GC() N times (second argument). The pause is the
// difference between runs with N and with 0 collections, divided by N.
package main

import (
	"os"
	"runtime"
)

type node struct {
	next *node
	pad  [6]uintptr
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

func main() {
	mb := atoi(os.Args[1])
	n := atoi(os.Args[2])
	var head *node
	count := mb << 20 / 64
	for i := 0; i < count; i++ {
		head = &node{next: head}
	}
	for i := 0; i < n; i++ {
		runtime.GC()
	}
	length := 0
	for c := head; c != nil; c = c.next {
		length++
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	println(length, m.HeapSys>>20)
}
