package main

import "os"

// Exports of a wasm-unknown module, called by WasmUnknownTest from Chicory and from
// Node; Go 1.19 computes the expected results by calling the same functions after main.

var (
	calls    int32
	fromInit int32
	table    []int32
	buf      [4096]byte
	copied   [4096]byte
)

func init() {
	fromInit = 7
	for i := int32(0); i < 10; i++ {
		table = append(table, i*i)
	}
}

func main() {
	fromInit *= 6
}

// state shows that the initialisers and main ran before this first call.
//
//export state
func state() int32 {
	calls++
	return fromInit*1000 + int32(len(table))
}

//export count
func count() int32 {
	calls++
	return calls
}

//export square
func square(i int32) int32 {
	calls++
	return table[i]
}

// fill and copy large arrays: memset and memcpy (or memory.fill and memory.copy).
//
//export fillsum
func fillsum(b int32, n int32) int64 {
	for i := range buf {
		buf[i] = 0
	}
	for i := int32(0); i < n; i++ {
		buf[i] = byte(b + i)
	}
	copied = buf
	copy(buf[1:], buf[:])
	var s int64
	for i := range buf {
		s += int64(buf[i])*int64(i+1) + int64(copied[i])
	}
	return s
}

//go:wasmexport words
func words(n int32) int32 {
	m := map[string]int32{}
	s := ""
	for i := int32(0); i < n; i++ {
		s += string(rune('a' + i%26))
		m[s] = i
	}
	return int32(len(m)) + int32(len(s))*100
}

//export mulhigh
func mulhigh(a, b int64) int64 {
	return a / 7 * b % 1000003
}

// args shows os.Args as a program without a command line has it: one name (gc's
// test binary is run without arguments too).
//
//export args
func args() int32 {
	n := int32(len(os.Args)) * 10
	if len(os.Args) > 0 && os.Args[0] != "" {
		n++
	}
	return n
}
