// strconv in a loop: Itoa, ParseInt, FormatFloat and ParseFloat over generated
// values; prints a checksum of what they return.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	var isum int64
	var fsum float64
	x := uint64(88172645463325252)
	for i := 0; i < 20000; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		s := strconv.Itoa(int(x >> 20))
		v, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			panic(err)
		}
		isum += v + int64(len(s))
		f := float64(x>>11) / float64(1<<53) * 1e6
		fs := strconv.FormatFloat(f, 'g', -1, 64)
		g, err := strconv.ParseFloat(fs, 64)
		if err != nil || g != f {
			panic(fs)
		}
		fsum += g
		isum += int64(len(strconv.FormatFloat(f, 'e', 6, 64)))
	}
	fmt.Println(isum, strconv.FormatFloat(fsum, 'g', 17, 64))
}
