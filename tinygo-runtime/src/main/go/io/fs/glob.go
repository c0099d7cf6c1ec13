// Glob: shell patterns over an FS, with the syntax of path.Match (*, ?, [class], \
// escapes; no element crosses a slash). io/fs matches names itself so that it needs no
// package outside the embedded ones.

package fs

import (
	"errors"
	"unicode/utf8"
)

// errBadPattern is path.ErrBadPattern's text; made where it is returned, so that
// programs that never glob have no code for it at start-up.
func errBadPattern() error {
	return errors.New("syntax error in pattern")
}

// Glob returns the names in fsys that match pattern, in lexical order, or nil; the
// only error it reports for a pattern is a malformed one.
func Glob(fsys FS, pattern string) (matches []string, err error) {
	if g, ok := fsys.(GlobFS); ok {
		return g.Glob(pattern)
	}
	if err := validPattern(pattern); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err := Stat(fsys, pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := ".", pattern
	if i := lastSlash(pattern); i >= 0 {
		dir, file = pattern[:i], pattern[i+1:]
	}
	if !hasMeta(dir) {
		return globIn(fsys, dir, file, nil), nil
	}
	if dir == pattern {
		return nil, errBadPattern()
	}
	dirs, err := Glob(fsys, dir)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		matches = globIn(fsys, d, file, matches)
	}
	return matches, nil
}

func globIn(fsys FS, dir, pattern string, out []string) []string {
	entries, err := ReadDir(fsys, dir)
	if err != nil {
		return out
	}
	for _, e := range entries {
		if ok, _ := match(pattern, e.Name()); ok {
			if dir == "." {
				out = append(out, e.Name())
			} else {
				out = append(out, dir+"/"+e.Name())
			}
		}
	}
	return out
}

func lastSlash(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '/' {
			return i
		}
	}
	return -1
}

func hasMeta(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '*', '?', '[', '\\':
			return true
		}
	}
	return false
}

// validPattern checks the whole pattern's syntax, as Match does before it reports false.
func validPattern(p string) error {
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '\\':
			i++
			if i >= len(p) {
				return errBadPattern()
			}
		case '[':
			end, err := classEnd(p, i+1)
			if err != nil {
				return err
			}
			i = end
		}
	}
	return nil
}

// classEnd returns the index of the ']' closing a character class whose body starts at i.
func classEnd(p string, i int) (int, error) {
	if i < len(p) && p[i] == '^' {
		i++
	}
	first := true
	for {
		if i >= len(p) {
			return 0, errBadPattern()
		}
		if p[i] == ']' && !first {
			return i, nil
		}
		first = false
		lo, n, err := classChar(p, i)
		if err != nil {
			return 0, err
		}
		i += n
		if i < len(p) && p[i] == '-' {
			hi, n, err := classChar(p, i+1)
			if err != nil {
				return 0, err
			}
			if hi < lo {
				return 0, errBadPattern()
			}
			i += 1 + n
		}
	}
}

// classChar decodes one (possibly escaped) character of a class at i.
func classChar(p string, i int) (rune, int, error) {
	if i >= len(p) {
		return 0, 0, errBadPattern()
	}
	switch p[i] {
	case '-', ']':
		return 0, 0, errBadPattern()
	case '\\':
		if i+1 >= len(p) {
			return 0, 0, errBadPattern()
		}
		r, n := utf8.DecodeRuneInString(p[i+1:])
		return r, n + 1, nil
	}
	r, n := utf8.DecodeRuneInString(p[i:])
	return r, n, nil
}

// match reports whether name matches the shell pattern p.
func match(p, name string) (bool, error) {
	if err := validPattern(p); err != nil {
		return false, err
	}
	return matchFrom(p, name), nil
}

func matchFrom(p, name string) bool {
	for len(p) > 0 {
		switch p[0] {
		case '*':
			for len(p) > 0 && p[0] == '*' {
				p = p[1:]
			}
			for i := 0; i <= len(name); i++ {
				if i > 0 && name[i-1] == '/' {
					return false
				}
				if matchFrom(p, name[i:]) {
					return true
				}
			}
			return false
		case '?':
			if len(name) == 0 || name[0] == '/' {
				return false
			}
			_, n := utf8.DecodeRuneInString(name)
			p, name = p[1:], name[n:]
		case '[':
			if len(name) == 0 || name[0] == '/' {
				return false
			}
			r, n := utf8.DecodeRuneInString(name)
			end, _ := classEnd(p, 1)
			if !inClass(p[1:end], r) {
				return false
			}
			p, name = p[end+1:], name[n:]
		case '\\':
			if len(name) == 0 || name[0] != p[1] {
				return false
			}
			p, name = p[2:], name[1:]
		default:
			if len(name) == 0 || name[0] != p[0] {
				return false
			}
			p, name = p[1:], name[1:]
		}
	}
	return len(name) == 0
}

// inClass reports whether r is in the class body (without the brackets).
func inClass(body string, r rune) bool {
	negated := len(body) > 0 && body[0] == '^'
	if negated {
		body = body[1:]
	}
	in := false
	for i := 0; i < len(body); {
		lo, n, _ := classChar(body, i)
		i += n
		hi := lo
		if i < len(body) && body[i] == '-' {
			h, n, _ := classChar(body, i+1)
			hi = h
			i += 1 + n
		}
		if lo <= r && r <= hi {
			in = true
		}
	}
	return in != negated
}
