// targets: host wasi wasm
// timeout: 60

// Live data beyond the first MiB of the heap (1,100 chunks of 1 KiB, with a little
// garbage made between them): the heap grows (memory.grow on wasi) and nothing live
// is lost.
package main

type chunk struct {
	data []byte
	next *chunk
}

func main() {
	var head *chunk
	const n = 1100
	for i := 0; i < n; i++ {
		c := &chunk{data: make([]byte, 1024), next: head}
		c.data[0] = byte(i)
		c.data[1023] = byte(i >> 8)
		head = c
		_ = make([]byte, 128) // garbage between the live chunks
	}
	count, sum := 0, 0
	for c := head; c != nil; c = c.next {
		count++
		sum += int(c.data[0]) + int(c.data[1023])<<8
	}
	println("chunks", count, "sum", sum)
}
