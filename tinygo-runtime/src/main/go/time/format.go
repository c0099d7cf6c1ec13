package time

// Format and Parse with Go's layouts: a layout is the reference time, Mon Jan 2
// 15:04:05 MST 2006 (Unix 1136239445, zone -0700), written the way the result should
// look. The layout is read as literal text and elements, which are recognised the
// way Go documents them: year 2006 06, month Jan January 01 1, day 02 _2 2, day of
// the year 002 __2, weekday Mon Monday, hour 15 03 3, minute 04 4, second 05 5, PM
// pm, zone MST -0700 -07:00 -07 -070000 -07:00:00 and their Z forms (Z for UTC), and
// fractional seconds .000 or .999 (also with a comma).

// Layouts of the standard formats.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
)

// An elemKind is a kind of layout element. A byte, as on AVR every compare and
// switch on an int is four bytes wide.
type elemKind uint8

// The layout elements.
const (
	elemNone elemKind = iota
	elemLongMonth
	elemMonth
	elemNumMonth
	elemZeroMonth
	elemLongWeekDay
	elemWeekDay
	elemDay
	elemUnderDay
	elemZeroDay
	elemUnderYearDay
	elemZeroYearDay
	elemHour
	elemHour12
	elemZeroHour12
	elemMinute
	elemZeroMinute
	elemSecond
	elemZeroSecond
	elemLongYear
	elemYear
	elemPM
	elempm
	elemTZ
	elemISO8601TZ
	elemISO8601SecondsTZ
	elemISO8601ShortTZ
	elemISO8601ColonTZ
	elemISO8601ColonSecondsTZ
	elemNumTZ
	elemNumSecondsTz
	elemNumShortTZ
	elemNumColonTZ
	elemNumColonSecondsTZ
	elemFracSecond0 // .000: exactly that many digits
	elemFracSecond9 // .999: trailing zeros dropped
)

// A zone element's text, longest first where one begins another.
var zoneElems = [...]struct {
	text string
	elem elemKind
}{
	{"Z07:00:00", elemISO8601ColonSecondsTZ},
	{"Z070000", elemISO8601SecondsTZ},
	{"Z07:00", elemISO8601ColonTZ},
	{"Z0700", elemISO8601TZ},
	{"Z07", elemISO8601ShortTZ},
	{"-07:00:00", elemNumColonSecondsTZ},
	{"-070000", elemNumSecondsTz},
	{"-07:00", elemNumColonTZ},
	{"-0700", elemNumTZ},
	{"-07", elemNumShortTZ},
}

func hasPrefix(s, p string) bool {
	return len(s) >= len(p) && s[:len(p)] == p
}

func isDigit(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

// nextElem finds the first element in layout: the literal text before it, the
// element (with the digit count of a fraction) and the rest after it.
func nextElem(layout string) (prefix string, elem elemKind, digits int, suffix string) {
	for i := 0; i < len(layout); i++ {
		rest := layout[i:]
		e, n := elemNone, 0
		switch c := layout[i]; c {
		case 'J':
			if hasPrefix(rest, "January") {
				e, n = elemLongMonth, 7
			} else if hasPrefix(rest, "Jan") {
				e, n = elemMonth, 3
			}
		case 'M':
			if hasPrefix(rest, "Monday") {
				e, n = elemLongWeekDay, 6
			} else if hasPrefix(rest, "Mon") {
				e, n = elemWeekDay, 3
			} else if hasPrefix(rest, "MST") {
				e, n = elemTZ, 3
			}
		case '0':
			if len(rest) >= 2 && '1' <= rest[1] && rest[1] <= '6' {
				e, n = [...]elemKind{elemZeroMonth, elemZeroDay, elemZeroHour12, elemZeroMinute, elemZeroSecond, elemYear}[rest[1]-'1'], 2
			} else if hasPrefix(rest, "002") {
				e, n = elemZeroYearDay, 3
			}
		case '1':
			if hasPrefix(rest, "15") {
				e, n = elemHour, 2
			} else {
				e, n = elemNumMonth, 1
			}
		case '2':
			if hasPrefix(rest, "2006") {
				e, n = elemLongYear, 4
			} else {
				e, n = elemDay, 1
			}
		case '_':
			if hasPrefix(rest, "_2") {
				if hasPrefix(rest, "_2006") {
					// "_" then the year, so that "_2006" is not read as _2 and "006"
					return layout[:i+1], elemLongYear, 0, layout[i+5:]
				}
				e, n = elemUnderDay, 2
			}
			if hasPrefix(rest, "__2") {
				e, n = elemUnderYearDay, 3
			}
		case '3':
			e, n = elemHour12, 1
		case '4':
			e, n = elemMinute, 1
		case '5':
			e, n = elemSecond, 1
		case 'P':
			if hasPrefix(rest, "PM") {
				e, n = elemPM, 2
			}
		case 'p':
			if hasPrefix(rest, "pm") {
				e, n = elempm, 2
			}
		case '-', 'Z':
			for i := range zoneElems {
				if z := &zoneElems[i]; hasPrefix(rest, z.text) {
					e, n = z.elem, len(z.text)
					break
				}
			}
		case '.', ',':
			// a fraction: '.' or ',' then 0s or 9s, not followed by another digit
			if len(rest) >= 2 && (rest[1] == '0' || rest[1] == '9') {
				d := rest[1]
				j := 1
				for j < len(rest) && rest[j] == d {
					j++
				}
				if !isDigit(rest, j) {
					if d == '0' {
						return layout[:i], elemFracSecond0, j - 1, rest[j:]
					}
					return layout[:i], elemFracSecond9, j - 1, rest[j:]
				}
			}
		}
		if e != elemNone {
			return layout[:i], e, 0, rest[n:]
		}
	}
	return layout, elemNone, 0, ""
}

// appendInt appends v with at least width digits, zero-padded.
func appendInt(b []byte, v int, width int) []byte {
	u := uint(v)
	if v < 0 {
		b = append(b, '-')
		u = uint(-v)
	}
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	buf[i] = byte('0' + u)
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// String returns t formatted as "2006-01-02 15:04:05.999999999 -0700 MST", followed by
// the monotonic reading ("m=+0.000123456") if t has one.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.hasMono {
		m := t.mono - startNano
		b := []byte(s)
		b = append(b, " m="...)
		if m < 0 {
			b = append(b, '-')
			m = -m
		} else {
			b = append(b, '+')
		}
		b = appendInt(b, int(m/1e9), 1)
		b = append(b, '.')
		b = appendInt(b, int(m%1e9), 9)
		s = string(b)
	}
	return s
}

// Format returns t written as layout shows the reference time.
func (t Time) Format(layout string) string {
	var buf [formatBuffer]byte
	return string(t.AppendFormat(buf[:0], layout))
}

// AppendFormat is Format appending to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	var f layoutFields
	t.layoutFields(&f)
	for layout != "" {
		prefix, elem, digits, suffix := nextElem(layout)
		b = append(b, prefix...)
		if elem == elemNone {
			break
		}
		sep := layout[len(prefix)] // the '.' or ',' of a fraction
		layout = suffix
		b = appendElem(b, elem, digits, sep, &f)
	}
	return b
}

// layoutFields holds what a layout's elements print, computed once per Format. Its
// small fields are int16, so that on AVR it takes at most 32 bytes and stays on the
// stack (as parsedTime).
type layoutFields struct {
	name                                   string
	offset, year, nsec                     int
	month, day, yday, hour, min, sec, wday int16
}

// layoutFields fills f from t. It and appendElem stay out of AppendFormat (and each
// other): on the Uno, one function holding the calendar arithmetic and the switch
// took a 439-byte frame of its 512-byte stack.
//
//go:noinline
func (t Time) layoutFields(f *layoutFields) {
	l := t.location()
	days, s := t.days()
	era, doe := splitEra(days)
	year, month, day, yday := civil(era, doe)
	hour, min, sec := clock(s)
	*f = layoutFields{l.zone, l.offset, year, int(t.nsec), int16(month), int16(day), int16(yday),
		int16(hour), int16(min), int16(sec), int16(weekday(doe))}
}

// appendElem appends one element of a layout: most are a number (appended once, at
// the end, so that the switch only chooses the value and its width) or a text.
//
//go:noinline
func appendElem(b []byte, elem elemKind, digits int, sep byte, f *layoutFields) []byte {
	num, width := 0, -1 // width -1: no number
	text := ""
	switch elem {
	case elemYear:
		num, width = f.year%100, 2
		if num < 0 {
			num = -num
		}
	case elemLongYear:
		num, width = f.year, 4
	case elemMonth, elemLongMonth:
		text = Month(f.month).String()
		if elem == elemMonth {
			text = text[:3]
		}
	case elemNumMonth, elemZeroMonth:
		num, width = int(f.month), int(elem-elemNumMonth)*2
	case elemWeekDay, elemLongWeekDay:
		text = Weekday(f.wday).String()
		if elem == elemWeekDay {
			text = text[:3]
		}
	case elemDay, elemUnderDay:
		if elem == elemUnderDay && f.day < 10 {
			text = " "
		}
		num, width = int(f.day), 0
	case elemZeroDay:
		num, width = int(f.day), 2
	case elemUnderYearDay:
		if f.yday+1 < 10 {
			text = "  "
		} else if f.yday+1 < 100 {
			text = " "
		}
		num, width = int(f.yday)+1, 0
	case elemZeroYearDay:
		num, width = int(f.yday)+1, 3
	case elemHour:
		num, width = int(f.hour), 2
	case elemHour12, elemZeroHour12:
		num, width = int(f.hour%12), int(elem-elemHour12)*2
		if num == 0 {
			num = 12
		}
	case elemMinute, elemZeroMinute:
		num, width = int(f.min), int(elem-elemMinute)*2
	case elemSecond, elemZeroSecond:
		num, width = int(f.sec), int(elem-elemSecond)*2
	case elemPM, elempm:
		text = "AMPMampm"[int(elem-elemPM)*4:]
		if f.hour >= 12 {
			text = text[2:]
		}
		text = text[:2]
	case elemTZ:
		if f.name != "" {
			text = f.name
		} else {
			// no abbreviation: the offset, as -0700
			b = appendOffset(b, f.offset, false, false, false)
		}
	case elemISO8601TZ, elemISO8601ColonTZ, elemISO8601SecondsTZ, elemISO8601ShortTZ, elemISO8601ColonSecondsTZ,
		elemNumTZ, elemNumColonTZ, elemNumSecondsTz, elemNumShortTZ, elemNumColonSecondsTZ:
		iso := elem <= elemISO8601ColonSecondsTZ
		if iso && f.offset == 0 {
			text = "Z"
			break
		}
		colon := elem == elemISO8601ColonTZ || elem == elemISO8601ColonSecondsTZ || elem == elemNumColonTZ || elem == elemNumColonSecondsTZ
		short := elem == elemISO8601ShortTZ || elem == elemNumShortTZ
		secs := elem == elemISO8601SecondsTZ || elem == elemISO8601ColonSecondsTZ || elem == elemNumSecondsTz || elem == elemNumColonSecondsTZ
		b = appendOffset(b, f.offset, colon, short, secs)
	case elemFracSecond0, elemFracSecond9:
		b = appendFraction(b, f.nsec, digits, elem == elemFracSecond9, sep)
	}
	b = append(b, text...)
	if width >= 0 {
		b = appendInt(b, num, width)
	}
	return b
}

// appendOffset appends a zone offset as -0700, -07:00, -07 or with seconds.
func appendOffset(b []byte, offset int, colon, short, secs bool) []byte {
	if offset < 0 {
		b = append(b, '-')
		offset = -offset
	} else {
		b = append(b, '+')
	}
	b = appendInt(b, offset/3600, 2)
	if short {
		return b
	}
	if colon {
		b = append(b, ':')
	}
	b = appendInt(b, offset/60%60, 2)
	if secs {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, offset%60, 2)
	}
	return b
}

// appendFraction appends the separator and digits of nsec (trim: without trailing
// zeros, and nothing at all for zero).
func appendFraction(b []byte, nsec int, digits int, trim bool, sep byte) []byte {
	var d [9]byte
	for i := 8; i >= 0; i-- {
		d[i] = byte('0' + nsec%10)
		nsec /= 10
	}
	if digits > 9 {
		digits = 9
	}
	n := digits
	if trim {
		for n > 0 && d[n-1] == '0' {
			n--
		}
		if n == 0 {
			return b
		}
	}
	b = append(b, sep)
	return append(b, d[:n]...)
}
