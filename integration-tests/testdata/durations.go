// Package time's Duration against Go's: text form, units, rounding and truncation.
package main

import "time"

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1500, time.Millisecond, 1234567, time.Second, 1500 * time.Millisecond,
		time.Minute + 30*time.Second, 72*time.Hour + 3*time.Minute + 500*time.Millisecond, -5 * time.Second, -1 << 63, 1<<63 - 1,
		time.Hour, 61 * time.Minute, 100 * time.Microsecond}
	for _, d := range ds {
		println(d.String(), d.Nanoseconds(), d.Microseconds(), d.Milliseconds(), d.Truncate(time.Second).String(),
			d.Round(time.Millisecond).String(), d.Round(time.Hour).String(), d.Abs().String())
	}
}
