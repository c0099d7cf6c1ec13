// targets: host wasi cortex-m-qemu microbit arduino

// One Format and Parse in a program small enough for the Uno (32 KB of flash, a
// 512-byte main stack): a date in a fixed zone written as RFC 3339, an RFC 3339 time
// with an offset read back, and the error of a value that does not match.
package main

import "time"

func main() {
	t := time.Date(2023, time.March, 14, 15, 9, 26, 0, time.FixedZone("IST", 5*3600+30*60))
	println(t.Format(time.RFC3339))
	p, err := time.Parse(time.RFC3339, "2006-01-02T15:04:05-07:00")
	println(p.Unix(), err)
	_, err = time.Parse(time.RFC3339, "2006-01-02T15:04:05+07")
	println(err.Error())
}
