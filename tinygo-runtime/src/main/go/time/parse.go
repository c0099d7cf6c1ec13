package time

// Parse: the value is read against the layout element by element, as Format would
// have written it (with some leniency, as Go's: numbers without leading zeros where a
// layout has them, fractional seconds after the seconds even if the layout has none,
// and runs of spaces matching runs of spaces).

// A ParseError describes a value that does not match its layout.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// quote quotes s as Go's time package does in its errors.
func quote(s string) string {
	return string(appendQuote(make([]byte, 0, len(s)+2), s))
}

func appendQuote(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '"' || c == '\\' {
			b = append(b, '\\')
		}
		b = append(b, c)
	}
	return append(b, '"')
}

// Error returns the parse error as Go writes it. It is written into one buffer: a
// chain of concatenations would allocate every prefix of the message again, more
// than the Uno's heap holds.
func (e *ParseError) Error() string {
	b := make([]byte, 0, 44+len(e.Value)+len(e.Layout)+len(e.ValueElem)+len(e.LayoutElem)+len(e.Message))
	b = append(b, "parsing time "...)
	b = appendQuote(b, e.Value)
	if e.Message != "" {
		return string(append(b, e.Message...))
	}
	b = append(b, " as "...)
	b = appendQuote(b, e.Layout)
	b = append(b, ": cannot parse "...)
	b = appendQuote(b, e.ValueElem)
	b = append(b, " as "...)
	b = appendQuote(b, e.LayoutElem)
	return string(b)
}

// errBad is a marker: the element did not match. It points at a static variable, not
// a heap object, so that package time's initialisation allocates nothing.
var errBad = &errBadValue

var errBadValue ParseError

// skip removes the literal prefix from value; spaces in prefix match any run of
// spaces (at least one) in value.
func skip(value, prefix string) (string, bool) {
	for len(prefix) > 0 {
		if prefix[0] == ' ' {
			if len(value) > 0 && value[0] != ' ' {
				return value, false
			}
			for len(prefix) > 0 && prefix[0] == ' ' {
				prefix = prefix[1:]
			}
			for len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			continue
		}
		if len(value) == 0 || value[0] != prefix[0] {
			return value, false
		}
		prefix = prefix[1:]
		value = value[1:]
	}
	return value, true
}

// getnum reads a number of one or two digits (exactly two if fixed).
func getnum(s string, fixed bool) (int16, string, bool) {
	if !isDigit(s, 0) {
		return 0, s, false
	}
	if !isDigit(s, 1) {
		if fixed {
			return 0, s, false
		}
		return int16(s[0] - '0'), s[1:], true
	}
	return int16(s[0]-'0')*10 + int16(s[1]-'0'), s[2:], true
}

// getnum3 reads a number of one to three digits (exactly three if fixed).
func getnum3(s string, fixed bool) (int16, string, bool) {
	n, i := int16(0), 0
	for ; i < 3 && isDigit(s, i); i++ {
		n = n*10 + int16(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, false
	}
	return n, s[i:], true
}

// atoiN reads exactly n digits.
func atoiN(s string, n int) (int, bool) {
	if len(s) < n {
		return 0, false
	}
	v := 0
	for i := 0; i < n; i++ {
		if !isDigit(s, i) {
			return 0, false
		}
		v = v*10 + int(s[i]-'0')
	}
	return v, true
}

// lookup matches one of the names, or their first three letters if short, at the
// start of s, case-insensitively. (The long names serve for the short ones: on AVR
// every constant string takes RAM.)
func lookup(names []string, short bool, s string) (int16, string, bool) {
	for i, n := range names {
		if short {
			n = n[:3]
		}
		if len(s) >= len(n) && equalFold(s[:len(n)], n) {
			return int16(i), s[len(n):], true
		}
	}
	return -1, s, false
}

func equalFold(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// Parse parses a time written as layout shows the reference time. Without a zone in
// the value the time is UTC; with an offset it is in a fixed zone of that offset
// (UTC for offset 0), and a zone abbreviation alone gives a zone of that name and
// offset 0 (UTC for "UTC").
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC)
}

// ParseInLocation is Parse, with the time in loc when the value has no zone.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc)
}

// parsedTime holds what parse read from a value, before it becomes a Time.
//
// Its small fields are int16, so that on AVR it takes at most 32 bytes and stays on the
// stack (larger objects whose address is passed on go to the heap there, which holds
// a few hundred bytes).
type parsedTime struct {
	year, nsec, zoneOff     int
	month, day, yday        int16 // -1 when absent
	hour, min, sec          int16
	pmSet, amSet, hasOffset bool
	zoneName                string
}

func parse(layout, value string, defaultLoc *Location) (Time, error) {
	p := parsedTime{month: -1, day: -1, yday: -1}
	if layoutElem, valueElem, msg, ok := p.read(layout, value); !ok {
		// the only ParseError of parse: one allocation site instead of one per check
		return Time{}, &ParseError{layout, value, layoutElem, valueElem, msg}
	}
	return p.time(defaultLoc), nil
}

// read reads value against layout into p. When the value does not match it returns
// the layout's element, the value's text from there and the message of the
// ParseError, and false.
//
//go:noinline
func (p *parsedTime) read(layout, value string) (layoutElem, valueElem, msg string, ok bool) {
	for {
		prefix, elem, digits, suffix := nextElem(layout)
		elemText := layout[len(prefix) : len(layout)-len(suffix)]
		value, ok = skip(value, prefix)
		if !ok {
			return prefix, value, "", false
		}
		if elem == elemNone {
			if len(value) != 0 {
				return "", value, ": extra text: " + quote(value), false
			}
			break
		}
		layout = suffix
		hold := value
		rangeErr := ""
		ok = true
		switch elem {
		case elemYear:
			var y int
			if y, ok = atoiN(value, 2); ok {
				value = value[2:]
				p.year = y + 1900
				if y < 69 {
					p.year = y + 2000
				}
			}
		case elemLongYear:
			if p.year, ok = atoiN(value, 4); ok {
				value = value[4:]
			}
		case elemMonth:
			p.month, value, ok = lookup(longMonthNames[:], true, value)
			p.month++
		case elemLongMonth:
			p.month, value, ok = lookup(longMonthNames[:], false, value)
			p.month++
		case elemNumMonth, elemZeroMonth:
			p.month, value, ok = getnum(value, elem == elemZeroMonth)
			if ok && (p.month <= 0 || p.month > 12) {
				rangeErr = "month"
			}
		case elemWeekDay:
			_, value, ok = lookup(longDayNames[:], true, value)
		case elemLongWeekDay:
			_, value, ok = lookup(longDayNames[:], false, value)
		case elemDay, elemUnderDay, elemZeroDay:
			if elem == elemUnderDay && len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			p.day, value, ok = getnum(value, elem == elemZeroDay)
		case elemUnderYearDay, elemZeroYearDay:
			for i := 0; i < 2 && elem == elemUnderYearDay && len(value) > 0 && value[0] == ' '; i++ {
				value = value[1:]
			}
			p.yday, value, ok = getnum3(value, elem == elemZeroYearDay)
			if ok && (p.yday < 1 || p.yday > 366) {
				rangeErr = "day-of-year"
			}
		case elemHour:
			p.hour, value, ok = getnum(value, false)
			if ok && (p.hour < 0 || p.hour >= 24) {
				rangeErr = "hour"
			}
		case elemHour12, elemZeroHour12:
			p.hour, value, ok = getnum(value, elem == elemZeroHour12)
			if ok && (p.hour < 0 || p.hour > 12) {
				rangeErr = "hour"
			}
		case elemMinute, elemZeroMinute:
			p.min, value, ok = getnum(value, elem == elemZeroMinute)
			if ok && (p.min < 0 || p.min >= 60) {
				rangeErr = "minute"
			}
		case elemSecond, elemZeroSecond:
			p.sec, value, ok = getnum(value, elem == elemZeroSecond)
			if ok && (p.sec < 0 || p.sec >= 60) {
				rangeErr = "second"
				break
			}
			// a fraction the layout does not mention is accepted after the seconds
			if ok && len(value) >= 2 && (value[0] == '.' || value[0] == ',') && isDigit(value, 1) {
				_, e, _, _ := nextElem(layout)
				if e != elemFracSecond0 && e != elemFracSecond9 {
					n := 1
					for isDigit(value, n) {
						n++
					}
					p.nsec = parseNanos(value[1:n])
					value = value[n:]
				}
			}
		case elemPM, elempm:
			if len(value) < 2 {
				ok = false
				break
			}
			switch v := value[:2]; {
			case elem == elemPM && v == "PM" || elem == elempm && v == "pm":
				p.pmSet = true
			case elem == elemPM && v == "AM" || elem == elempm && v == "am":
				p.amSet = true
			default:
				ok = false
			}
			if ok {
				value = value[2:]
			}
		case elemTZ:
			if len(value) >= 3 && value[:3] == "UTC" {
				p.zoneName = "UTC"
				value = value[3:]
				break
			}
			n := 0
			for n < len(value) && 'A' <= value[n] && value[n] <= 'Z' {
				n++
			}
			if n < 3 {
				ok = false
				break
			}
			p.zoneName = value[:n]
			value = value[n:]
		case elemISO8601TZ, elemISO8601ColonTZ, elemISO8601SecondsTZ, elemISO8601ShortTZ, elemISO8601ColonSecondsTZ,
			elemNumTZ, elemNumColonTZ, elemNumSecondsTz, elemNumShortTZ, elemNumColonSecondsTZ:
			if elem <= elemISO8601ColonSecondsTZ && len(value) >= 1 && value[0] == 'Z' {
				value = value[1:]
				p.zoneName = "UTC"
				break
			}
			p.zoneOff, value, ok = parseOffset(value, elem)
			p.hasOffset = ok
		case elemFracSecond0, elemFracSecond9:
			sep := byte('.')
			if len(elemText) > 0 {
				sep = elemText[0]
			}
			if elem == elemFracSecond0 {
				n := 1 + digits
				if len(value) < n || value[0] != sep {
					ok = false
					break
				}
				for i := 1; i < n; i++ {
					if !isDigit(value, i) {
						ok = false
					}
				}
				if ok {
					p.nsec = parseNanos(value[1:n])
					value = value[n:]
				}
				break
			}
			// .999: optional, any number of digits
			if len(value) < 2 || value[0] != '.' && value[0] != ',' || !isDigit(value, 1) {
				break
			}
			n := 1
			for isDigit(value, n) {
				n++
			}
			p.nsec = parseNanos(value[1:n])
			value = value[n:]
		}
		if rangeErr != "" {
			return elemText, hold, ": " + rangeErr + " out of range", false
		}
		if !ok {
			return elemText, hold, "", false
		}
	}
	if p.pmSet && p.hour < 12 {
		p.hour += 12
	} else if p.amSet && p.hour == 12 {
		p.hour = 0
	}
	if p.yday >= 0 {
		if p.yday == 366 && !isLeap(p.year) {
			return "", value, ": day-of-year out of range", false
		}
		// the month and day of the day of the year
		m, d := 1, int(p.yday)
		for d > daysIn(Month(m), p.year) {
			d -= daysIn(Month(m), p.year)
			m++
		}
		if p.month >= 0 && int(p.month) != m || p.day >= 0 && int(p.day) != d {
			return "", value, ": day-of-year does not match month", false
		}
		p.month, p.day = int16(m), int16(d)
	}
	if p.month < 0 {
		p.month = 1
	}
	if p.day < 0 {
		p.day = 1
	}
	if p.day < 1 || int(p.day) > daysIn(Month(p.month), p.year) {
		return "", value, ": day out of range", false
	}
	return "", "", "", true
}

// time returns the Time p read: in a fixed zone of its offset if it had one (UTC for
// +00:00 without a name, loc if loc has that offset and name), in a zone of its name
// and offset 0 if it had only a name (UTC for "UTC", loc for loc's name), else in loc.
func (p *parsedTime) time(loc *Location) Time {
	off := loc.offset // what the clock time is ahead of UTC
	switch {
	case p.hasOffset:
		off = p.zoneOff
		if p.zoneOff == 0 && p.zoneName == "" {
			loc = UTC
		} else if loc.offset != p.zoneOff || p.zoneName != "" && p.zoneName != loc.zone {
			loc = FixedZone(p.zoneName, p.zoneOff)
		}
	case p.zoneName == "UTC":
		off, loc = 0, UTC
	case p.zoneName != "" && p.zoneName != loc.zone:
		off, loc = 0, FixedZone(p.zoneName, 0)
	}
	t := Date(p.year, Month(p.month), int(p.day), int(p.hour), int(p.min), int(p.sec), p.nsec, UTC)
	t.sec -= int64(off)
	t.loc = loc
	return t
}

// parseNanos reads the digits of a fraction of a second (at most nine count).
func parseNanos(s string) int {
	n := 0
	for i := 0; i < 9; i++ {
		n *= 10
		if i < len(s) {
			n += int(s[i] - '0')
		}
	}
	return n
}

// parseOffset reads a zone offset in the form elem gives: ±hh, ±hhmm, ±hh:mm, with
// optional seconds.
func parseOffset(value string, elem elemKind) (int, string, bool) {
	if len(value) == 0 || value[0] != '+' && value[0] != '-' {
		return 0, value, false
	}
	neg := value[0] == '-'
	var hh, mm, ss string
	switch elem {
	case elemISO8601ColonTZ, elemNumColonTZ:
		if len(value) < 6 || value[3] != ':' {
			return 0, value, false
		}
		hh, mm, value = value[1:3], value[4:6], value[6:]
	case elemISO8601ShortTZ, elemNumShortTZ:
		if len(value) < 3 {
			return 0, value, false
		}
		hh, mm, value = value[1:3], "00", value[3:]
	case elemISO8601ColonSecondsTZ, elemNumColonSecondsTZ:
		if len(value) < 9 || value[3] != ':' || value[6] != ':' {
			return 0, value, false
		}
		hh, mm, ss, value = value[1:3], value[4:6], value[7:9], value[9:]
	case elemISO8601SecondsTZ, elemNumSecondsTz:
		if len(value) < 7 {
			return 0, value, false
		}
		hh, mm, ss, value = value[1:3], value[3:5], value[5:7], value[7:]
	default:
		if len(value) < 5 {
			return 0, value, false
		}
		hh, mm, value = value[1:3], value[3:5], value[5:]
	}
	h, ok1 := atoiN(hh, 2)
	m, ok2 := atoiN(mm, 2)
	s := 0
	ok3 := true
	if ss != "" {
		s, ok3 = atoiN(ss, 2)
	}
	if !ok1 || !ok2 || !ok3 {
		return 0, value, false
	}
	off := h*3600 + m*60 + s
	if neg {
		off = -off
	}
	return off, value, true
}

func daysIn(m Month, year int) int {
	if m == February {
		if isLeap(year) {
			return 29
		}
		return 28
	}
	return 31 - int((m-1)%7%2)
}
