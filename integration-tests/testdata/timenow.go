// targets: host wasi wasm cortex-m-qemu microbit

// The clock's readings: Now carries a monotonic reading (shown by String, dropped by
// Round(0)) that Sub, Since, Until, Before, After and Equal use; Unix, UnixMilli and
// UnixNano agree; Date, Clock and Zone of a fixed zone; Duration's accessors at its
// limits; a timer reset after it fired. Only facts that hold on every clock are
// printed (boards start their wall clock at the Unix epoch).
package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	t0 := time.Now()
	fmt.Println("monotonic in String:", strings.Contains(t0.String(), " m=+"), strings.Contains(t0.Round(0).String(), "m="))
	fmt.Println("year >= 1970:", t0.Year() >= 1970, t0.Location())
	t1 := t0.Add(time.Hour)
	fmt.Println(t1.Sub(t0), t1.After(t0), t0.Before(t1), t0.Equal(t0.Round(0)), t1.Equal(t0))
	u := time.Until(t1)
	fmt.Println("until:", u > 59*time.Minute, u <= time.Hour)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("since:", time.Since(t0) >= 10*time.Millisecond, time.Since(t0) < time.Second)
	fmt.Println("unix:", t0.UnixNano() == t0.Round(0).UnixNano(), t0.Unix() == t0.UnixNano()/1e9, t0.UnixMilli() == t0.UnixNano()/1e6)

	t := time.Date(2009, time.November, 10, 23, 4, 5, 6, time.FixedZone("X", -3*3600-30*60))
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	name, off := t.Zone()
	fmt.Println(y, m, d, h, mi, s, name, off, t.UTC().Format(time.RFC3339Nano))
	fmt.Println(t.Format("Mon Jan 2 15:04:05.000000 -0700 MST 2006 PM pm Z07:00 -07"))
	fmt.Println(t.UTC().Format("Z07:00 Z0700 Z07"), t.Format("2006-01-02 15:04:05"))
	fmt.Println(t.MarshalText())
	fmt.Println(time.Unix(0, 0).UTC(), time.UnixMicro(1).UTC(), time.Unix(1e9, 5).UTC().Nanosecond())
	for _, d := range []time.Duration{0, 1, 999, 1500 * time.Microsecond, 90 * time.Minute, -3 * time.Second, 1<<63 - 1, -1 << 63} {
		fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds(),
			d.Round(time.Second), d.Truncate(time.Millisecond), d.Abs())
	}
	loc, err := time.LoadLocation("UTC")
	fmt.Println(loc, err)
	_, err = time.LoadLocation("Nowhere/Nothing")
	fmt.Println(err != nil)
	p, err := time.Parse("Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (PST)")
	fmt.Println(p, err)
	p, err = time.Parse(time.RFC3339, "2006-01-02T15:04:05+07:00")
	name, off = p.Zone()
	fmt.Println(p, err, name, off)
	fmt.Println(t.Sub(t.AddDate(0, 0, -1)), t.YearDay(), t.Weekday())

	tm := time.NewTimer(time.Millisecond)
	<-tm.C
	fmt.Println("reset after fire:", tm.Reset(2*time.Millisecond), tm.Stop())
}
