// Large objects next to small ones: the large ones come and go between small live ones,
// so the free space is in pieces, and large requests must still find room.
package main

type small struct {
	next *small
	v    int
}

func main() {
	var keep *small
	n := 0
	sum := 0
	for i := 0; i < 600; i++ {
		big := make([]byte, 20+i%5*10)
		for j := range big {
			big[j] = byte(i + j)
		}
		s := &small{v: i}
		if i%3 == 0 {
			s.next = keep
			keep = s
			n++
			if n > 12 {
				// drop the oldest half
				c := keep
				for k := 0; k < 6; k++ {
					c = c.next
				}
				c.next = nil
				n = 7
			}
		}
		sum += int(big[len(big)-1])
	}
	live := 0
	for c := keep; c != nil; c = c.next {
		live += c.v
	}
	println(n, live, sum)
}
