// targets: host wasi wasm cortex-m-qemu microbit

// Every form of the index and slice errors' messages with int operands, recovered
// and printed through Error(), then one unrecovered: exit code 2 and Go's message.
// (Not arduino: the Uno runs out of memory after some dozens of recovered panics.)
package main

var sink int

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(name, r.(error).Error())
		}
	}()
	f()
}

func main() {
	s := make([]int, 3, 5)
	a := [4]int{}
	str := "abc"
	for _, i := range []int{-1, 2, 4, 6, 123456} {
		println("i =", i)
		try("s[i]", func() { sink = s[i] })
		try("a[i]", func() { sink = a[i&7] })
		try("str[i]", func() { sink = int(str[i]) })
		try("s[i:]", func() { sink = len(s[i:]) })
		try("s[:i]", func() { sink = len(s[:i]) })
		try("str[:i]", func() { sink = len(str[:i]) })
		try("s[i:2]", func() { sink = len(s[i:2]) })
		try("s[:i:4]", func() { sink = len(s[:i:4]) })
		try("s[i:2:4]", func() { sink = len(s[i:2:4]) })
		try("s[::i]", func() { sink = len(s[:1:i]) })
		try("conv", func() { sink = (*[4]int)(s[:i&3])[0] })
	}
	var u uint = 7
	try("s[u]", func() { sink = s[u] })
	println(s[5-len(s)*2])
}
