// targets: host wasi cortex-m-qemu microbit arduino

// time.Format with Go's layouts and the calendar around era, century and leap-year
// edges, with println (no fmt): fixed times only, so the output is Go's exactly.
package main

import "time"

var layouts = [...]string{time.ANSIC, time.RFC822Z, time.RFC3339, time.RFC3339Nano,
	time.Kitchen, time.StampMilli, "2006-01-02 15:04:05.000", "Jan _2 3:4:5 pm",
	"002 __2 06", "Monday January 2", "15h04,999"}

func main() {
	layoutsInZones()
	arithmetic()
	calendar()
}

// calendar checks the date of every 997th day over about 5,500 years either side of
// 1970 (eras of 400 years, negative ones too) and that Date gives the same instant back.
func calendar() {
	var sum uint32
	for d := int64(-2000000); d <= 2000000; d += 997 {
		t := time.Unix(d*86400+12345, 0).UTC()
		y, m, dd := t.Date()
		sum = sum*31 + uint32(y)*400 + uint32(m)*32 + uint32(dd) + uint32(t.YearDay())*7 + uint32(t.Weekday())
		if !time.Date(y, m, dd, 3, 25, 45, 0, time.UTC).Equal(t) {
			println("round trip differs on day", d)
		}
	}
	println("calendar", sum)
}

func layoutsInZones() {
	for _, l := range layouts {
		println(ref.Format(l))
		println(refEST.Format(l))
	}
}

var ref = time.Date(2006, time.January, 2, 15, 4, 5, 123456789, time.UTC)
var refEST = ref.In(time.FixedZone("EST", -5*3600))

func arithmetic() {
	u := time.Date(2024, time.February, 29, 23, 59, 59, 0, time.UTC)
	println(u.Add(time.Second).Format(time.RFC1123))
	println(u.AddDate(1, 0, 0).Format("2006-01-02"))
	println(u.AddDate(0, -2, 1).Format("Jan 2 2006 (day 002)"))
	println(time.Unix(1700000000, 0).UTC().Format(time.RFC3339))
	println(time.Date(1969, time.December, 31, 23, 59, 59, 0, time.UTC).Format(time.UnixDate))
	println(time.Date(-44, time.March, 15, 0, 0, 0, 0, time.UTC).Format("2006-01-02 Mon"))
	println(time.Date(2000, 12, 31, 0, 0, 0, 0, time.UTC).Format("2006 002"))
	println(time.Date(2100, 3, 1, 0, 0, 0, 0, time.UTC).Format("2006 002 Monday"))
	println(time.Time{}.Format(time.RFC3339))
}
