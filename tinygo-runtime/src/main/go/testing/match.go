package testing

import "errors"

// matchRegexp reports whether s contains a match of the regular expression pat. It
// is a small backtracking matcher for the patterns -test.run and -test.bench take
// (package regexp would cost a chip most of its flash): literals, ".", character
// classes with ranges and negation, groups "(...)" and "(?:...)", alternation,
// the quantifiers "*", "+" and "?", the anchors "^" and "$", and backslash escapes
// (\d, \w, \s and escaped punctuation).
func matchRegexp(pat, s string) (bool, error) {
	p := &reParser{src: pat}
	n, err := p.alternation()
	if err != nil {
		return false, err
	}
	if p.pos < len(pat) {
		return false, errors.New("unexpected ) in " + pat)
	}
	for start := 0; start <= len(s); start++ {
		if n.match(s, start, func(int) bool { return true }) {
			return true, nil
		}
	}
	return false, nil
}

type reKind int

const (
	reLiteral reKind = iota
	reAny
	reClass
	reBegin
	reEnd
	reConcat
	reAlt
	reRepeat
)

type reNode struct {
	kind     reKind
	ch       byte
	ranges   []byte // pairs of inclusive bounds, for reClass
	negated  bool
	subs     []*reNode
	min, max int // max -1: unbounded
}

type reParser struct {
	src string
	pos int
}

func (p *reParser) alternation() (*reNode, error) {
	var alts []*reNode
	for {
		c, err := p.concat()
		if err != nil {
			return nil, err
		}
		alts = append(alts, c)
		if p.pos < len(p.src) && p.src[p.pos] == '|' {
			p.pos++
			continue
		}
		break
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	return &reNode{kind: reAlt, subs: alts}, nil
}

func (p *reParser) concat() (*reNode, error) {
	n := &reNode{kind: reConcat}
	for p.pos < len(p.src) && p.src[p.pos] != '|' && p.src[p.pos] != ')' {
		atom, err := p.atom()
		if err != nil {
			return nil, err
		}
		for p.pos < len(p.src) {
			q := p.src[p.pos]
			if q != '*' && q != '+' && q != '?' {
				break
			}
			p.pos++
			r := &reNode{kind: reRepeat, subs: []*reNode{atom}, max: -1}
			if q == '+' {
				r.min = 1
			} else if q == '?' {
				r.max = 1
			}
			atom = r
		}
		n.subs = append(n.subs, atom)
	}
	return n, nil
}

func (p *reParser) atom() (*reNode, error) {
	c := p.src[p.pos]
	p.pos++
	switch c {
	case '.':
		return &reNode{kind: reAny}, nil
	case '^':
		return &reNode{kind: reBegin}, nil
	case '$':
		return &reNode{kind: reEnd}, nil
	case '*', '+', '?':
		return nil, errors.New("missing argument to repetition operator: " + string(c))
	case '(':
		if len(p.src)-p.pos >= 2 && p.src[p.pos:p.pos+2] == "?:" {
			p.pos += 2
		}
		n, err := p.alternation()
		if err != nil {
			return nil, err
		}
		if p.pos >= len(p.src) || p.src[p.pos] != ')' {
			return nil, errors.New("missing closing ): " + p.src)
		}
		p.pos++
		return n, nil
	case '[':
		return p.class()
	case '\\':
		if p.pos >= len(p.src) {
			return nil, errors.New("trailing backslash at end of expression")
		}
		e := p.src[p.pos]
		p.pos++
		if r := escapeClass(e); r != nil {
			return &reNode{kind: reClass, ranges: r}, nil
		}
		return &reNode{kind: reLiteral, ch: e}, nil
	}
	return &reNode{kind: reLiteral, ch: c}, nil
}

func escapeClass(e byte) []byte {
	switch e {
	case 'd':
		return []byte{'0', '9'}
	case 'w':
		return []byte{'0', '9', 'A', 'Z', 'a', 'z', '_', '_'}
	case 's':
		return []byte{' ', ' ', '\t', '\n', '\f', '\f', '\r', '\r'}
	}
	return nil
}

func (p *reParser) class() (*reNode, error) {
	n := &reNode{kind: reClass}
	if p.pos < len(p.src) && p.src[p.pos] == '^' {
		n.negated = true
		p.pos++
	}
	first := true
	for p.pos < len(p.src) && (first || p.src[p.pos] != ']') {
		first = false
		lo := p.src[p.pos]
		p.pos++
		if lo == '\\' && p.pos < len(p.src) {
			lo = p.src[p.pos]
			p.pos++
			if r := escapeClass(lo); r != nil {
				n.ranges = append(n.ranges, r...)
				continue
			}
		}
		hi := lo
		if p.pos+1 < len(p.src) && p.src[p.pos] == '-' && p.src[p.pos+1] != ']' {
			hi = p.src[p.pos+1]
			p.pos += 2
		}
		n.ranges = append(n.ranges, lo, hi)
	}
	if p.pos >= len(p.src) {
		return nil, errors.New("missing closing ]: " + p.src)
	}
	p.pos++
	return n, nil
}

// match tries n at s[i:] and calls k with the end of each way it matches, until k accepts.
func (n *reNode) match(s string, i int, k func(int) bool) bool {
	switch n.kind {
	case reLiteral:
		return i < len(s) && s[i] == n.ch && k(i+1)
	case reAny:
		return i < len(s) && s[i] != '\n' && k(i+1)
	case reClass:
		if i >= len(s) {
			return false
		}
		in := false
		for j := 0; j+1 < len(n.ranges); j += 2 {
			if s[i] >= n.ranges[j] && s[i] <= n.ranges[j+1] {
				in = true
				break
			}
		}
		return in != n.negated && k(i+1)
	case reBegin:
		return i == 0 && k(i)
	case reEnd:
		return i == len(s) && k(i)
	case reConcat:
		return matchSeq(n.subs, s, i, k)
	case reAlt:
		for _, a := range n.subs {
			if a.match(s, i, k) {
				return true
			}
		}
		return false
	case reRepeat:
		return n.repeat(s, i, 0, k)
	}
	return false
}

func matchSeq(subs []*reNode, s string, i int, k func(int) bool) bool {
	if len(subs) == 0 {
		return k(i)
	}
	return subs[0].match(s, i, func(j int) bool { return matchSeq(subs[1:], s, j, k) })
}

// repeat matches greedily: one more repetition first (if allowed and it consumes
// input), then stopping here.
func (n *reNode) repeat(s string, i, count int, k func(int) bool) bool {
	if n.max < 0 || count < n.max {
		if n.subs[0].match(s, i, func(j int) bool { return j > i && n.repeat(s, j, count+1, k) }) {
			return true
		}
	}
	return count >= n.min && k(i)
}
