// Interior pointers (into the middle of arrays, structs, slices and strings) keep the
// whole object alive while everything else is collected around them.
package main

import "runtime"

type rec struct {
	id   int
	vals [6]int
	name string
}

var keepElem *int
var keepField *[6]int
var keepSlice []byte
var keepStr string

func fill() {
	arr := new([16]int)
	for i := range arr {
		arr[i] = i * i
	}
	keepElem = &arr[9]
	r := &rec{id: 7, name: "rec"}
	for i := range r.vals {
		r.vals[i] = 100 + i
	}
	keepField = &r.vals
	b := make([]byte, 40)
	for i := range b {
		b[i] = byte('a' + i%26)
	}
	keepSlice = b[20:30]
	s := string(b[:26])
	keepStr = s[10:15]
}

func churn() {
	for i := 0; i < 400; i++ {
		x := make([]int, 3)
		x[0] = i
		_ = x
		p := &rec{id: i}
		_ = p
	}
}

func main() {
	fill()
	for round := 0; round < 5; round++ {
		churn()
		runtime.GC()
		sum := 0
		for _, v := range keepField {
			sum += v
		}
		println(round, *keepElem, sum, string(keepSlice), keepStr, cap(keepSlice))
	}
}
