package time

import "math/bits"

// A Duration is the time elapsed between two instants, in nanoseconds (about 290
// years either way).
type Duration int64

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// String returns the duration in the form "72h3m0.5s": hours, minutes and seconds
// with a fraction, leading zero units left out; below one second the unit is "ms",
// "µs" or "ns"; zero is "0s".
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	var buf [32]byte
	w := len(buf)
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u // two's complement magnitude, exact even for the minimum
	}
	if u < uint64(Second) {
		// a fraction of a second: pick the unit, then print u / 10^prec
		var prec int
		w--
		buf[w] = 's'
		w--
		switch {
		case u < uint64(Microsecond):
			prec = 0
			buf[w] = 'n'
		case u < uint64(Millisecond):
			prec = 3
			// "µ" is U+00B5, two bytes in UTF-8
			w--
			copy(buf[w:], "µ")
		default:
			prec = 6
			buf[w] = 'm'
		}
		w, u = putFrac(buf[:w], u, prec)
		w = putInt(buf[:w], u)
	} else {
		w--
		buf[w] = 's'
		w, u = putFrac(buf[:w], u, 9)
		w = putInt(buf[:w], u%60)
		u /= 60
		if u > 0 {
			w--
			buf[w] = 'm'
			w = putInt(buf[:w], u%60)
			u /= 60
			if u > 0 {
				w--
				buf[w] = 'h'
				w = putInt(buf[:w], u)
			}
		}
	}
	if neg {
		w--
		buf[w] = '-'
	}
	return string(buf[w:])
}

// putFrac writes the prec low decimal digits of v as a fraction (".5", trailing zeros
// and an empty fraction left out) at the end of buf, and returns the new start and v
// without those digits.
func putFrac(buf []byte, v uint64, prec int) (int, uint64) {
	w := len(buf)
	printing := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		printing = printing || digit != 0
		if printing {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if printing {
		w--
		buf[w] = '.'
	}
	return w, v
}

// putInt writes v in decimal at the end of buf and returns the new start.
func putInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
		return w
	}
	for v > 0 {
		w--
		buf[w] = byte(v%10) + '0'
		v /= 10
	}
	return w
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating-point number of seconds.
func (d Duration) Seconds() float64 {
	s := d / Second
	ns := d % Second
	return float64(s) + float64(ns)/1e9
}

// Minutes returns the duration as a floating-point number of minutes.
func (d Duration) Minutes() float64 {
	m := d / Minute
	ns := d % Minute
	return float64(m) + float64(ns)/(60*1e9)
}

// Hours returns the duration as a floating-point number of hours.
func (d Duration) Hours() float64 {
	h := d / Hour
	ns := d % Hour
	return float64(h) + float64(ns)/(60*60*1e9)
}

// Truncate returns d rounded toward zero to a multiple of m (d itself if m <= 0).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns d rounded to the nearest multiple of m, halfway values away from
// zero, saturating at the extreme durations (d itself if m <= 0).
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d; the minimum duration becomes the maximum.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	}
	return -d
}

// A durationError is an error of ParseDuration.
type durationError struct{ msg string }

func (e *durationError) Error() string { return e.msg }

// unitNanos returns the nanoseconds of a ParseDuration unit, or 0.
func unitNanos(u string) uint64 {
	switch u {
	case "ns":
		return 1
	case "us", "µs", "μs": // U+00B5 micro sign, U+03BC Greek mu
		return 1e3
	case "ms":
		return 1e6
	case "s":
		return 1e9
	case "m":
		return 60e9
	case "h":
		return 3600e9
	}
	return 0
}

// ParseDuration parses a duration: an optional sign, then decimal numbers with an
// optional fraction, each followed by a unit ("ns", "us" or "µs", "ms", "s", "m",
// "h"), as in "300ms", "-1.5h" or "2h45m". The fractions are computed with integers.
func ParseDuration(s string) (Duration, error) {
	orig := s
	invalid := &durationError{"time: invalid duration " + quote(orig)}
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, invalid
	}
	var total uint64
	for s != "" {
		if s[0] != '.' && !isDigit(s, 0) {
			return 0, invalid
		}
		// the integer part; beyond 2^63 the duration is invalid
		var v uint64
		i := 0
		for ; isDigit(s, i); i++ {
			if v > (1<<63)/10 {
				return 0, invalid
			}
			v = v*10 + uint64(s[i]-'0')
			if v > 1<<63 {
				return 0, invalid
			}
		}
		pre := i > 0
		s = s[i:]
		// the fraction: digits that no longer fit are dropped
		var f, scale uint64 = 0, 1
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			i = 0
			for ; isDigit(s, i); i++ {
				if scale <= 1e17 {
					f = f*10 + uint64(s[i]-'0')
					scale *= 10
				}
			}
			post = i > 0
			s = s[i:]
		}
		if !pre && !post {
			return 0, invalid
		}
		i = 0
		for i < len(s) && s[i] != '.' && !isDigit(s, i) {
			i++
		}
		if i == 0 {
			return 0, &durationError{"time: missing unit in duration " + quote(orig)}
		}
		u := s[:i]
		s = s[i:]
		unit := unitNanos(u)
		if unit == 0 {
			return 0, &durationError{"time: unknown unit " + quote(u) + " in duration " + quote(orig)}
		}
		if v > (1<<63)/unit {
			return 0, invalid
		}
		v *= unit
		if f > 0 {
			hi, lo := bits.Mul64(f, unit)
			q, _ := bits.Div64(hi, lo, scale)
			v += q
			if v > 1<<63 {
				return 0, invalid
			}
		}
		total += v
		if total > 1<<63 {
			return 0, invalid
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return 0, invalid
	}
	return Duration(total), nil
}
