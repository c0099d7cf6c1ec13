// String building: strings.Builder, concatenation, Repeat, Split and Join, and
// byte-slice conversions; prints lengths and a checksum.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var total int
	var sum uint32
	for r := 0; r < 200; r++ {
		var b strings.Builder
		for i := 0; i < 200; i++ {
			b.WriteString("item")
			b.WriteByte(byte('0' + i%10))
			b.WriteByte(',')
		}
		s := b.String()
		parts := strings.Split(s, ",")
		joined := strings.Join(parts, ";")
		t := ""
		for i := 0; i < 50; i++ {
			t += parts[i]
		}
		u := strings.Repeat(t[:5], 20)
		bs := []byte(joined)
		for i := range bs {
			if bs[i] == ';' {
				bs[i] = ' '
			}
		}
		total += len(joined) + len(t) + len(u) + strings.Count(string(bs), " ")
		for i := 0; i < len(joined); i += 13 {
			sum = sum*31 + uint32(joined[i])
		}
	}
	fmt.Println(total, sum)
}
