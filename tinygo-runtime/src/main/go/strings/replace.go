package strings

import (
	"io"
	"unicode/utf8"
)

// A Replacer replaces a list of strings with replacements; it is safe for concurrent use.
type Replacer struct {
	oldnew []string
}

// NewReplacer returns a Replacer from old, new pairs. Replacements happen in the order
// of the target string, without overlapping matches; at each position the pairs are
// tried in argument order. It panics with an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

// Replace returns s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b Builder
	r.replace(&b, s)
	return b.String()
}

// WriteString writes s with all replacements performed to w.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	var b Builder
	r.replace(&b, s)
	return io.WriteString(w, b.String())
}

func (r *Replacer) replace(b *Builder, s string) {
	emptyNew, hasEmpty := "", false
	for k := 0; k < len(r.oldnew); k += 2 {
		if r.oldnew[k] == "" {
			emptyNew, hasEmpty = r.oldnew[k+1], true
			break
		}
	}
	i := 0
	for i < len(s) {
		matched := false
		for k := 0; k < len(r.oldnew); k += 2 {
			old := r.oldnew[k]
			if old == "" {
				break // the empty string matches here, after no earlier pair did
			}
			if HasPrefix(s[i:], old) {
				b.WriteString(r.oldnew[k+1])
				i += len(old)
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		if hasEmpty {
			b.WriteString(emptyNew)
		}
		b.WriteByte(s[i]) // byte by byte, also between the bytes of a rune (as Go does)
		i++
	}
	if hasEmpty {
		b.WriteString(emptyNew)
	}
}

// ToValidUTF8 returns s with each run of invalid UTF-8 bytes replaced by replacement.
func ToValidUTF8(s, replacement string) string {
	var b Builder
	invalid := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			if !invalid {
				b.WriteString(replacement)
				invalid = true
			}
			i++
			continue
		}
		invalid = false
		b.WriteString(s[i : i+size])
		i += size
	}
	return b.String()
}
