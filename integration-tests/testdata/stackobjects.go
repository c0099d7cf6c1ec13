// Locals whose address is taken (pointer-receiver methods, &x passed to functions) but
// that never escape: the back end keeps them on the stack. The heap never frees yet,
// so 30,000 calls that each put 52 bytes on the heap would exhaust it on every target.
package main

type buf struct {
	b [16]byte
	n int
}

func (b *buf) add(c byte) {
	b.b[b.n%len(b.b)] = c
	b.n++
}

func fill(p *[8]int32, v int32) {
	for i := range p {
		p[i] = v + int32(i)
	}
}

func work(i int) int {
	var x buf
	for j := 0; j < 10; j++ {
		x.add(byte(i + j))
	}
	var a [8]int32
	fill(&a, int32(i))
	return int(x.b[3]) + x.n + int(a[7]&0xff)
}

func main() {
	sum := 0
	for i := 0; i < 30000; i++ {
		sum += work(i)
	}
	println(sum)
}
