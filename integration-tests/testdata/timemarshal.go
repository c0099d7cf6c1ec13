// targets: host wasi wasm cortex-m-qemu microbit

// Time's encodings: GoString, binary (Go's format), JSON and text, and their errors.
package main

import (
	"fmt"
	"time"
)

func main() {
	est := time.FixedZone("EST", -5*3600)
	odd := time.FixedZone("ODD", 3600+30)
	for _, t := range []time.Time{
		time.Date(2009, time.February, 5, 5, 0, 57, 12345600, time.UTC),
		time.Date(2009, time.February, 5, 5, 0, 57, 0, est),
		time.Date(1999, time.December, 31, 23, 59, 59, 999, odd),
		time.Date(2020, 1, 1, 0, 0, 0, 0, time.Local),
	} {
		fmt.Printf("%#v\n", t)
		b, err := t.MarshalBinary()
		fmt.Println(b, err)
		var u time.Time
		fmt.Println(u.UnmarshalBinary(b), u, u.Equal(t))
		j, err := t.MarshalJSON()
		fmt.Println(string(j), err)
		var v time.Time
		fmt.Println(v.UnmarshalJSON(j), v.Equal(t))
		x, _ := t.MarshalText()
		fmt.Println(string(x), t.IsDST())
	}
	_, err := time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).MarshalJSON()
	fmt.Println(err)
	var w time.Time
	fmt.Println(w.UnmarshalJSON([]byte("null")), w.UnmarshalText([]byte("bad")))
	s, e := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).ZoneBounds()
	fmt.Println(s.IsZero(), e.IsZero())
}
