// targets: host wasi wasm cortex-m-qemu microbit

// Calendar arithmetic, Format and Parse with fixed times (never Now, so the output is
// Go's exactly): layouts, fixed zones, dates normalised, durations parsed.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2006, time.January, 2, 15, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	fmt.Println(t.Weekday(), t.YearDay(), t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
	y, w := t.ISOWeek()
	fmt.Println("iso week", y, w)

	layouts := []string{time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp,
		time.StampMilli, time.StampMicro, time.StampNano, time.Layout,
		"2006-01-02 15:04:05.000", "Jan _2 3:4:5 pm", "002 __2 06", "Monday January 2", "15h04,999"}
	est := time.FixedZone("EST", -5*3600)
	ist := time.FixedZone("IST", 5*3600+1800)
	for _, l := range layouts {
		fmt.Println(t.Format(l), "|", t.In(est).Format(l), "|", t.In(ist).Format(l))
	}

	// normalisation and date arithmetic
	fmt.Println(time.Date(2023, time.October, 32, 25, 61, 61, 0, time.UTC))
	fmt.Println(time.Date(2024, time.February, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0))
	fmt.Println(time.Date(2023, time.January, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0))
	fmt.Println(time.Date(2000, 13, 0, 0, 0, 0, -1, time.UTC))
	fmt.Println(time.Date(1969, time.December, 31, 23, 59, 59, 0, time.UTC).Unix())
	fmt.Println(time.Unix(1700000000, 0).UTC(), time.UnixMilli(-1).UTC())
	fmt.Println(time.Date(1600, 3, 1, 0, 0, 0, 0, time.UTC).Weekday(), time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Weekday())
	fmt.Println(time.Time{}, time.Time{}.IsZero())
	a := time.Date(2024, 3, 10, 12, 0, 0, 0, time.UTC)
	b := a.Add(36*time.Hour + 90*time.Second)
	fmt.Println(b, b.Sub(a), a.Sub(b), b.After(a), b.Before(a), a.Equal(a.In(est)))
	fmt.Println(a.In(est).Equal(a), a.In(est).Location(), a.Location(), time.UTC, time.Local)
	fmt.Println(b.Truncate(time.Hour), b.Round(time.Hour), b.Round(7*time.Minute), b.Truncate(24*time.Hour))
	for d := 2020; d <= 2026; d++ {
		jan1 := time.Date(d, 1, 1, 0, 0, 0, 0, time.UTC)
		dec31 := time.Date(d, 12, 31, 0, 0, 0, 0, time.UTC)
		fmt.Println(d, jan1.Weekday(), dec31.YearDay(), dec31.Sub(jan1) > 0)
	}
	fmt.Println(time.March, time.Saturday, time.Month(13), time.Month(-1), time.Weekday(7))

	// parsing
	values := [][2]string{
		{time.RFC3339, "2023-11-14T22:13:20Z"},
		{time.RFC3339, "2023-11-14T22:13:20+05:30"},
		{time.RFC3339Nano, "2023-11-14T22:13:20.5-08:00"},
		{time.RFC1123, "Tue, 14 Nov 2023 22:13:20 UTC"},
		{time.RFC1123Z, "Tue, 14 Nov 2023 22:13:20 +0100"},
		{time.Kitchen, "3:04PM"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006"},
		{"2006-01-02", "2024-02-29"},
		{"2006-01-02 15:04:05", "2024-02-29 23:59:59.25"},
		{"02/01/06", "31/12/99"},
		{"2006 002", "2024 366"},
		{"2006-01-02", "2023-02-29"},
		{"2006-01-02", "2023-13-01"},
		{"2006-01-02", "2023-1-01"},
		{"15:04", "25:00"},
		{"2006-01-02", "2023-01-02 extra"},
		{"Jan 2", "Foo 2"},
	}
	for _, v := range values {
		p, err := time.Parse(v[0], v[1])
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(p, "|", p.UTC(), "|", p.Unix())
	}
	p, err := time.ParseInLocation("2006-01-02 15:04", "2023-06-01 12:00", est)
	fmt.Println(p, err)

	for _, s := range []string{"1h2m3.5s", "-1.5h", "300ms", "1µs", "2us", "3ns", "0", "+4m", "1.000000001s", ".5s", "1h1h", "", "x", "1", "3d", "9223372036854775807ns", "9223372036854775808ns"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
}
