// Package time measures and displays time: instants (Time) with a wall-clock and a
// monotonic reading, durations, calendar dates in UTC and fixed zones, layouts for
// Format and Parse, and the timers of the runtime's scheduler (Sleep, Timer, Ticker,
// After). There is no time zone database on these targets: Local is UTC, and
// LoadLocation knows only "UTC" and "Local". On boards without a real-time clock the
// wall clock starts at the Unix epoch when the program starts.
package time

import _ "unsafe" // for go:linkname

// A Time is an instant with nanosecond precision: seconds since January 1 of year 1,
// 00:00:00 UTC, and nanoseconds within the second; the location it is displayed in;
// and, for times read from the clock, a monotonic reading that Sub, Before, After and
// Equal prefer, since the wall clock may be set back and forth.
type Time struct {
	sec     int64
	nsec    int32
	hasMono bool
	mono    int64
	loc     *Location
}

// Seconds from January 1 of year 1 to the Unix epoch, January 1 1970.
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
)

//go:linkname runtimeNow runtime.timeNow
func runtimeNow() (sec int64, nsec int32, mono int64)

//go:linkname runtimeNano runtime.timeNanotime
func runtimeNano() int64

// startNano is the monotonic reading of the first Now, from which String counts the
// "m=" part.
var startNano int64

// Now returns the current local time.
func Now() Time {
	sec, nsec, mono := runtimeNow()
	if startNano == 0 {
		startNano = mono - 1
	}
	return Time{sec: sec + unixToInternal, nsec: nsec, hasMono: true, mono: mono, loc: Local}
}

// Since returns the time elapsed since t: Now().Sub(t).
func Since(t Time) Duration {
	return Now().Sub(t)
}

// Until returns the duration until t: t.Sub(Now()).
func Until(t Time) Duration {
	return t.Sub(Now())
}

// Unix returns the local Time for sec seconds and nsec nanoseconds since January 1,
// 1970 UTC; nsec may be outside [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: int32(nsec), loc: Local}
}

// UnixMilli returns the local Time for msec milliseconds since January 1, 1970 UTC.
func UnixMilli(msec int64) Time {
	return Unix(msec/1e3, (msec%1e3)*1e6)
}

// UnixMicro returns the local Time for usec microseconds since January 1, 1970 UTC.
func UnixMicro(usec int64) Time {
	return Unix(usec/1e6, (usec%1e6)*1e3)
}

func (t Time) location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// local returns t's seconds since year 1 in its own location.
func (t Time) local() int64 {
	return t.sec + int64(t.location().offset)
}

// Unix returns t as seconds since January 1, 1970 UTC.
func (t Time) Unix() int64 {
	return t.sec - unixToInternal
}

// UnixMilli returns t as milliseconds since January 1, 1970 UTC.
func (t Time) UnixMilli() int64 {
	return t.Unix()*1e3 + int64(t.nsec)/1e6
}

// UnixMicro returns t as microseconds since January 1, 1970 UTC.
func (t Time) UnixMicro() int64 {
	return t.Unix()*1e6 + int64(t.nsec)/1e3
}

// UnixNano returns t as nanoseconds since January 1, 1970 UTC (undefined beyond the
// years 1678 to 2262, where it overflows).
func (t Time) UnixNano() int64 {
	return t.Unix()*1e9 + int64(t.nsec)
}

// IsZero reports whether t is the zero time, January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool {
	return t.sec == 0 && t.nsec == 0
}

// After reports whether t is after u.
func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether t is before u.
func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Equal reports whether t and u are the same instant, in whatever locations.
func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Compare returns -1, 0 or +1 as t is before, equal to or after u.
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return 1
	}
	return 0
}

// Add returns t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.hasMono {
		m := t.mono + int64(d)
		if d < 0 && m > t.mono || d > 0 && m < t.mono {
			t.hasMono = false // the monotonic reading would overflow: drop it
			t.mono = 0
		} else {
			t.mono = m
		}
	}
	return t
}

// Sub returns t-u, saturated at the extreme durations.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		d := Duration(t.mono - u.mono)
		switch {
		case u.mono <= t.mono && d >= 0 || u.mono > t.mono && d < 0:
			return d
		case u.mono <= t.mono:
			return maxDuration
		}
		return minDuration
	}
	ds := t.sec - u.sec
	dn := Duration(t.nsec - u.nsec)
	switch {
	case ds > 9223372035: // within two seconds of the limit it saturates early
		return maxDuration
	case ds < -9223372035:
		return minDuration
	}
	return Duration(ds)*Second + dn
}

// AddDate returns t plus the given years, months and days, normalised as Date does
// (October 31 plus one month is December 1).
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.location())
}

// UTC returns t with its location set to UTC.
func (t Time) UTC() Time {
	t.loc = UTC
	return t
}

// Local returns t with its location set to Local.
func (t Time) Local() Time {
	t.loc = Local
	return t
}

// In returns t displayed in loc; it panics if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.loc = loc
	return t
}

// Location returns t's location.
func (t Time) Location() *Location {
	return t.location()
}

// Zone returns the abbreviated name of t's zone and its offset east of UTC in seconds.
func (t Time) Zone() (name string, offset int) {
	l := t.location()
	return l.zone, l.offset
}

// Round returns t rounded to the nearest multiple of d since the zero time (halfway
// values up), without its monotonic reading; t itself if d <= 0.
func (t Time) Round(d Duration) Time {
	t.hasMono = false
	t.mono = 0
	if d <= 0 {
		return t
	}
	r := t.mod(d)
	if r+r < d {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// Truncate returns t rounded down to a multiple of d since the zero time, without its
// monotonic reading; t itself if d <= 0.
func (t Time) Truncate(d Duration) Time {
	t.hasMono = false
	t.mono = 0
	if d <= 0 {
		return t
	}
	return t.Add(-t.mod(d))
}

// mod returns the nanoseconds since the zero time modulo d, with integers only: the
// count does not fit in 64 bits, so it is reduced as sec*1e9 + nsec piece by piece.
func (t Time) mod(d Duration) Duration {
	m := uint64(d)
	s := uint64(t.sec) // the zero time is the earliest one usually seen; earlier ones wrap
	if t.sec < 0 {
		s = 0
	}
	return Duration(addMod(mulMod(s%m, 1e9%m, m), uint64(t.nsec)%m, m))
}

// addMod returns (a+b) mod m for a, b < m.
func addMod(a, b, m uint64) uint64 {
	if a >= m-b {
		return a - (m - b)
	}
	return a + b
}

// mulMod returns a*b mod m for a, b < m, by doubling, so that nothing overflows.
func mulMod(a, b, m uint64) uint64 {
	r := uint64(0)
	for b > 0 {
		if b&1 != 0 {
			r = addMod(r, a, m)
		}
		a = addMod(a, a, m)
		b >>= 1
	}
	return r
}

// Date returns the year, month and day of t in its location.
func (t Time) Date() (year int, month Month, day int) {
	year, month, day, _ = t.date()
	return
}

// date returns the date of t in its location and the day of the year (0-based).
func (t Time) date() (year int, month Month, day int, yday int) {
	days, _ := t.days()
	return civil(splitEra(days))
}

// days returns the days from January 1 of year 1 to t in its location, and the
// seconds of t within its day: the one 64-bit division every calendar field needs.
func (t Time) days() (days int64, sec int) {
	local := t.local()
	days = floorDiv(local, secondsPerDay)
	return days, int(local - days*secondsPerDay)
}

// Year returns the year of t.
func (t Time) Year() int {
	y, _, _, _ := t.date()
	return y
}

// Month returns the month of t.
func (t Time) Month() Month {
	_, m, _, _ := t.date()
	return m
}

// Day returns the day of the month of t.
func (t Time) Day() int {
	_, _, d, _ := t.date()
	return d
}

// YearDay returns the day of the year of t, from 1 to 366.
func (t Time) YearDay() int {
	_, _, _, yd := t.date()
	return yd + 1
}

// Weekday returns the day of the week of t.
func (t Time) Weekday() Weekday {
	days, _ := t.days()
	_, doe := splitEra(days)
	return weekday(doe)
}

// weekday returns the day of the week of the day doe of an era: an era is a whole
// number of weeks, and its first day, March 1 of year 0, was a Wednesday. (In int, not
// as a 64-bit modulo of the days, which AVR would expand inline.)
func weekday(doe int) Weekday {
	return Weekday((doe + 3) % 7)
}

// Clock returns the hour, minute and second of t within its day.
func (t Time) Clock() (hour, min, sec int) {
	_, s := t.days()
	return clock(s)
}

// clock returns the hour, minute and second of the second sec of a day.
func clock(sec int) (hour, min, s int) {
	return sec / secondsPerHour, sec % secondsPerHour / secondsPerMinute, sec % secondsPerMinute
}

// Hour returns the hour of t, from 0 to 23.
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute returns the minute of t, from 0 to 59.
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second returns the second of t, from 0 to 59.
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Nanosecond returns the nanosecond within the second of t.
func (t Time) Nanosecond() int {
	return int(t.nsec)
}

// ISOWeek returns the ISO 8601 year and week number of t: weeks start on Monday, and
// week 1 is the one with the year's first Thursday.
func (t Time) ISOWeek() (year, week int) {
	// the Thursday of t's week decides the year
	wd := int(t.Weekday()+6) % 7 // Monday = 0
	th := t.AddDate(0, 0, 3-wd)
	year = th.Year()
	return year, (th.YearDay()-1)/7 + 1
}

// Date returns the Time of the given date and clock time in loc. Values outside their
// ranges are normalised: October 32 is November 1. It panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int64(month) - 1
	y := int64(year) + floorDiv(m, 12)
	m -= floorDiv(m, 12) * 12
	s := int64(sec) + floorDiv(int64(nsec), 1e9)
	ns := int64(nsec) - floorDiv(int64(nsec), 1e9)*1e9
	abs := daysFromCivil(y, int(m)+1, 1) + int64(day) - 1
	abs = abs*secondsPerDay + int64(hour)*secondsPerHour + int64(min)*secondsPerMinute + s
	return Time{sec: abs - int64(loc.offset), nsec: int32(ns), loc: loc}
}

// floorDiv divides rounding towards minus infinity (floor_*.go: out of line on AVR).
func floorDiv(a, b int64) int64 {
	if divideOutOfLine {
		return floorDivCall(a, b)
	}
	return floorDivInline(a, b)
}

func floorDivInline(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// floorDivCall is floorDivInline kept out of line: on AVR a 64-bit division by a
// constant, inlined, is a multiplication by its reciprocal of several hundred bytes,
// where a call of the runtime's division is a dozen.
//
//go:noinline
func floorDivCall(a, b int64) int64 {
	return floorDivInline(a, b)
}

// daysFromCivil returns the days from January 1 of year 1 to the given date of the
// proleptic Gregorian calendar, counting in 400-year eras of 146097 days from March 1
// of year 0, so that February 29 is the last day of a year (Howard Hinnant's method).
func daysFromCivil(y int64, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	// within the era every value fits in 32 bits: int arithmetic, which on the 32-bit
	// and 8-bit chips is much smaller code than int64's
	yoe := int(y - era*400)                  // [0, 399]
	mp := (m + 9) % 12                       // March = 0
	doy := (153*mp+2)/5 + d - 1              // [0, 365]
	doe := yoe*365 + yoe/4 - yoe/100 + doy   // [0, 146096]
	return era*daysPerEra + int64(doe) - 306 // March 1 of year 0 is 306 days before year 1
}

// daysPerEra is the length of 400 years of the Gregorian calendar, 20,871 weeks.
const daysPerEra = 146097

// splitEra splits days from January 1 of year 1 into the era of 400 years (from March
// 1 of year 0, as in daysFromCivil) and the day within it.
func splitEra(days int64) (era int64, doe int) {
	z := days + 306
	era = floorDiv(z, daysPerEra)
	return era, int(z - era*daysPerEra) // [0, 146096]
}

// civil is the inverse of daysFromCivil, from the era and day of the era that
// splitEra gives; it also returns the 0-based day of the year.
func civil(era int64, doe int) (year int, month Month, day int, yday int) {
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100) // from March 1
	mp := (5*doy + 2) / 153
	day = doy - (153*mp+2)/5 + 1
	y := int64(yoe) + era*400
	if mp >= 10 { // January and February end the era's year and begin the next calendar year
		y++
		yday = doy - 306
		mp -= 12
	} else {
		// March 1 is day 59 of a common year; the calendar year yoe+era*400 is a leap
		// year when yoe is, as era*400 is a multiple of 400
		yday = doy + 59
		if yoe%4 == 0 && (yoe%100 != 0 || yoe == 0) {
			yday++
		}
	}
	return int(y), Month(mp + 3), day, yday
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// A Month is a month of the year (January = 1).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = [12]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// String returns the English name of the month ("January"), or %!Month(n).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + utoa(uint64(m)) + ")"
}

// A Weekday is a day of the week (Sunday = 0).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// String returns the English name of the day ("Sunday"), or %!Weekday(n).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + utoa(uint64(uint(d))) + ")"
}

func utoa(u uint64) string {
	var buf [20]byte
	return string(buf[putInt(buf[:], u):])
}

// A Location is a time zone: here a name and a fixed offset from UTC, as there is no
// time zone database.
type Location struct {
	name   string
	zone   string // the abbreviation Format prints for MST
	offset int    // seconds east of UTC
}

var (
	utcLoc   = Location{name: "UTC", zone: "UTC"}
	localLoc = Location{name: "Local", zone: "UTC"}
)

// UTC is Coordinated Universal Time.
var UTC *Location = &utcLoc

// Local is the system's time zone; UTC on these targets.
var Local *Location = &localLoc

// String returns the location's name.
func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// FixedZone returns a location that is always offset seconds east of UTC, named name.
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

// LoadLocation returns the location of the given name: "" and "UTC" are UTC, "Local"
// is Local; other names need a time zone database, which these targets lack.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	return nil, &zoneError{"unknown time zone " + name}
}

type zoneError struct{ msg string }

func (e *zoneError) Error() string { return e.msg }
