// targets: host wasi wasm cortex-m-qemu microbit

// Index and slice expressions whose operand is an int64 or uint64 out of range panic
// with the whole value in the message, on 32-bit targets too, where it does not fit in
// an int. Not on the Uno, whose heap the messages outgrow (out of memory).
package main

func try(name string, f func()) {
	defer func() {
		if e, ok := recover().(error); ok {
			println(name, e.Error())
		} else {
			println(name, "ok")
		}
	}()
	f()
}

var signed = []int64{-9876543210, -1, 3, 9876543210}
var unsigned = []uint64{3, 9876543210, 18446744073709551615}

func main() {
	s := []int{1, 2, 3}
	a := [3]int{1, 2, 3}
	str := "abc"
	for _, i := range signed {
		try("s[i]", func() { _ = s[i] })
		try("a[i]", func() { _ = a[i] })
		try("str[i]", func() { _ = str[i] })
		try("s[i:]", func() { _ = s[i:] })
		try("s[:i]", func() { _ = s[:i] })
		try("s[1:2:i]", func() { _ = s[1:2:i] })
		try("s[i:2:3]", func() { _ = s[i:2:3] })
		try("str[:i]", func() { _ = str[:i] })
	}
	for _, u := range unsigned {
		try("s[u]", func() { _ = s[u] })
		try("s[u:]", func() { _ = s[u:] })
		try("s[:u]", func() { _ = s[:u] })
	}
	var n = -2
	try("s[n]", func() { _ = s[n] })
	try("s[n:]", func() { _ = s[n:] })
	var k uint32 = 4000000000
	try("s[k]", func() { _ = s[k] })
	try("s[:k]", func() { _ = s[:k] })
}
