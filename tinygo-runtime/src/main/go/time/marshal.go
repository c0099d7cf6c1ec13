package time

// The encodings of Time: text and JSON as RFC 3339 with nanoseconds, Go's syntax
// (GoString), and the binary form of Go's time package (also used by gob), so that
// values travel between programs built by either.

// GoString returns t as the Go expression that makes it, for %#v.
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	b := []byte("time.Date(")
	b = appendInt(b, year, 0)
	b = append(b, ", time."...)
	if January <= month && month <= December {
		b = append(b, month.String()...)
	} else {
		b = append(b, "Month("...)
		b = appendInt(b, int(month), 0)
		b = append(b, ')')
	}
	for _, v := range [...]int{day, hour, min, sec, int(t.nsec)} {
		b = append(b, ", "...)
		b = appendInt(b, v, 0)
	}
	b = append(b, ", "...)
	switch l := t.location(); l {
	case UTC:
		b = append(b, "time.UTC"...)
	case Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("...)
		b = append(b, quote(l.name)...)
		b = append(b, ')')
	}
	return string(append(b, ')'))
}

// IsDST reports whether t is in daylight saving time: fixed zones have none.
func (t Time) IsDST() bool {
	return false
}

// ZoneBounds returns the bounds of the zone in effect at t; a fixed zone has none, so
// both are the zero Time.
func (t Time) ZoneBounds() (start, end Time) {
	return Time{}, Time{}
}

type timeError struct{ msg string }

func (e *timeError) Error() string { return e.msg }

// LoadLocationFromTZData would read a zone from TZif data; there is no time zone
// database support on these targets.
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	return nil, &timeError{"malformed time zone information"}
}

// MarshalText returns t in RFC 3339 with nanoseconds.
func (t Time) MarshalText() ([]byte, error) {
	if y := t.Year(); y < 0 || y > 9999 {
		return nil, &timeError{"Time.MarshalText: year outside of range [0,9999]"}
	}
	return t.AppendFormat(make([]byte, 0, len(RFC3339Nano)), RFC3339Nano), nil
}

// UnmarshalText parses an RFC 3339 time.
func (t *Time) UnmarshalText(data []byte) error {
	v, err := Parse(RFC3339, string(data))
	if err == nil {
		*t = v
	}
	return err
}

// MarshalJSON returns t as a JSON string in RFC 3339 with nanoseconds.
func (t Time) MarshalJSON() ([]byte, error) {
	if y := t.Year(); y < 0 || y > 9999 {
		return nil, &timeError{"Time.MarshalJSON: year outside of range [0,9999]"}
	}
	b := append(make([]byte, 0, len(RFC3339Nano)+2), '"')
	b = t.AppendFormat(b, RFC3339Nano)
	return append(b, '"'), nil
}

// UnmarshalJSON parses a JSON string in RFC 3339; null leaves t as it is.
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	v, err := Parse(`"`+RFC3339+`"`, string(data))
	if err == nil {
		*t = v
	}
	return err
}

// The binary form: a version byte, the seconds since year 1 (8 bytes, big-endian),
// the nanoseconds (4), the zone offset in minutes (2; -1 for UTC), and in version 2 the
// offset's remaining seconds (1).
const (
	timeBinaryVersionV1 = 1
	timeBinaryVersionV2 = 2
)

// MarshalBinary encodes t in Go's binary form.
func (t Time) MarshalBinary() ([]byte, error) {
	var offsetMin int16 = -1
	version := byte(timeBinaryVersionV1)
	offsetSec := int8(0)
	if l := t.location(); l != UTC {
		offset := l.offset
		if offset%60 != 0 {
			version = timeBinaryVersionV2
			offsetSec = int8(offset % 60)
		}
		offset /= 60
		if offset < -32768 || offset == -1 || offset > 32767 {
			return nil, &timeError{"Time.MarshalBinary: unexpected zone offset"}
		}
		offsetMin = int16(offset)
	}
	b := []byte{version}
	for i := 56; i >= 0; i -= 8 {
		b = append(b, byte(t.sec>>uint(i)))
	}
	for i := 24; i >= 0; i -= 8 {
		b = append(b, byte(t.nsec>>uint(i)))
	}
	b = append(b, byte(offsetMin>>8), byte(offsetMin))
	if version == timeBinaryVersionV2 {
		b = append(b, byte(offsetSec))
	}
	return b, nil
}

// UnmarshalBinary decodes Go's binary form.
func (t *Time) UnmarshalBinary(data []byte) error {
	if len(data) == 0 {
		return &timeError{"Time.UnmarshalBinary: no data"}
	}
	version := data[0]
	if version != timeBinaryVersionV1 && version != timeBinaryVersionV2 {
		return &timeError{"Time.UnmarshalBinary: unsupported version"}
	}
	want := 15
	if version == timeBinaryVersionV2 {
		want++
	}
	if len(data) != want {
		return &timeError{"Time.UnmarshalBinary: invalid length"}
	}
	var sec int64
	for _, c := range data[1:9] {
		sec = sec<<8 | int64(c)
	}
	var nsec int32
	for _, c := range data[9:13] {
		nsec = nsec<<8 | int32(c)
	}
	offset := int(int16(uint16(data[13])<<8|uint16(data[14]))) * 60
	if version == timeBinaryVersionV2 {
		offset += int(int8(data[15]))
	}
	*t = Time{sec: sec, nsec: nsec, loc: UTC}
	if int16(uint16(data[13])<<8|uint16(data[14])) == -1 {
		return nil
	}
	if offset == 0 {
		t.loc = Local // Go's rule: a zero offset that is not UTC is the local zone when it matches
		return nil
	}
	t.loc = FixedZone("", offset)
	return nil
}

// GobEncode implements gob's GobEncoder: the binary form.
func (t Time) GobEncode() ([]byte, error) {
	return t.MarshalBinary()
}

// GobDecode implements gob's GobDecoder.
func (t *Time) GobDecode(data []byte) error {
	return t.UnmarshalBinary(data)
}
