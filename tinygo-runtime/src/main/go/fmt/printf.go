package fmt

import (
	"internal/reflectlite"
	"unicode/utf8"
)

// The format string: %[flags][width][.precision]verb, where width and precision are
// numbers or * (taken from an int operand) and [n] before either or before the verb
// picks operand n (1-based). Mistakes are printed in place: %!v(MISSING),
// %!v(BADINDEX), %!(BADWIDTH), %!(BADPREC), %!(NOVERB), and unused operands as
// %!(EXTRA type=value, ...).

// tooLarge guards widths and precisions against overflow.
func tooLarge(x int) bool {
	return x > 1000000 || x < -1000000
}

// parsenum reads a decimal number in s[start:end]. The index is a uintptr (start < end
// <= len(s), which any uintptr holds) within s[:end], so that the loop needs no bounds
// check: int has 32 bits on AVR, where its arithmetic is long.
func parsenum(s string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	s = s[:end]
	k := uintptr(start)
	for ; k < uintptr(len(s)); k++ {
		c := s[k] - '0'
		if c > 9 {
			break
		}
		if tooLarge(num) {
			return 0, false, end
		}
		num = num*10 + int(c)
	}
	return num, k > uintptr(start), int(k)
}

// intFromArg takes an integer operand for a * width or precision.
func intFromArg(a []interface{}, argNum int) (num int, isInt bool, newArgNum int) {
	newArgNum = argNum
	if argNum < len(a) {
		num, isInt = a[argNum].(int)
		if !isInt {
			v := reflectlite.ValueOf(a[argNum])
			switch v.Kind() {
			case reflectlite.Int, reflectlite.Int8, reflectlite.Int16, reflectlite.Int32, reflectlite.Int64:
				n := v.Int()
				if int64(int(n)) == n {
					num, isInt = int(n), true
				}
			case reflectlite.Uint, reflectlite.Uint8, reflectlite.Uint16, reflectlite.Uint32, reflectlite.Uint64,
				reflectlite.Uintptr:
				n := v.Uint()
				if int64(n) >= 0 && uint64(int(n)) == n {
					num, isInt = int(n), true
				}
			}
		}
		newArgNum = argNum + 1
		if tooLarge(num) {
			num, isInt = 0, false
		}
	}
	return
}

// parseArgNumber reads "[n]" at the start of format: the 0-based index, the bytes
// read, and whether it was well formed.
func parseArgNumber(format string) (index int, wid int, ok bool) {
	if len(format) < 3 {
		return 0, 1, false
	}
	for k := uintptr(1); k < uintptr(len(format)); k++ { // (as in parsenum)
		if format[k] == ']' {
			i := int(k)
			n, isnum, newi := parsenum(format, 1, i)
			if !isnum || newi != i {
				return 0, i + 1, false
			}
			return n - 1, i + 1, true
		}
	}
	return 0, 1, false
}

// argNumber applies an [n] at format[i], if any.
func (p *pp) argNumber(argNum int, format string, i int, numArgs int) (newArgNum, newi int, found bool) {
	if len(format) <= i || format[i] != '[' {
		return argNum, i, false
	}
	p.reordered = true
	index, wid, ok := parseArgNumber(format[i:])
	if ok && 0 <= index && index < numArgs {
		return index, i + wid, true
	}
	p.goodArgNum = false
	return argNum, i + wid, ok
}

func (p *pp) badArgNum(verb rune) {
	p.writeByte('%')
	p.writeByte('!')
	p.buf = utf8.AppendRune(p.buf, verb)
	p.writeString("(BADINDEX)")
}

func (p *pp) missingArg(verb rune) {
	p.writeByte('%')
	p.writeByte('!')
	p.buf = utf8.AppendRune(p.buf, verb)
	p.writeString("(MISSING)")
}

func (p *pp) doPrintf(format string, a []interface{}) {
	end := len(format)
	argNum := 0
	afterIndex := false
	p.reordered = false
	i := 0
	for i < end {
		p.goodArgNum = true
		// (uintptr indexes below len(format): no bounds checks, and 16-bit on AVR)
		start := i
		k := uintptr(i)
		for k < uintptr(end) && format[k] != '%' {
			k++
		}
		i = int(k)
		if i > start {
			p.writeString(format[start:i])
		}
		if i >= end {
			break
		}
		i++
		p.clearFlags()
		fast := false
	flagLoop:
		for ; uintptr(i) < uintptr(end); i++ {
			switch c := format[uintptr(i)]; c {
			case '#':
				p.f.sharp = true
			case '0':
				p.f.zero = !p.f.minus
			case '+':
				p.f.plus = true
			case '-':
				p.f.minus = true
				p.f.zero = false
			case ' ':
				p.f.space = true
			default:
				// the common case, a lower-case verb right after the flags
				if 'a' <= c && c <= 'z' && argNum < len(a) {
					if c == 'v' {
						p.f.sharpV, p.f.sharp = p.f.sharp, false
						p.f.plusV, p.f.plus = p.f.plus, false
					}
					p.printArg(a[argNum], rune(c))
					argNum++
					i++
					fast = true
				}
				break flagLoop
			}
		}
		if fast {
			continue
		}

		argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))

		if i < end && format[i] == '*' {
			i++
			p.wid, p.f.widPresent, argNum = intFromArg(a, argNum)
			if !p.f.widPresent {
				p.writeString("%!(BADWIDTH)")
			}
			if p.wid < 0 {
				p.wid = -p.wid
				p.f.minus = true
				p.f.zero = false
			}
			afterIndex = false
		} else {
			p.wid, p.f.widPresent, i = parsenum(format, i, end)
			if afterIndex && p.f.widPresent {
				p.goodArgNum = false
			}
		}

		if i+1 < end && format[i] == '.' { // a final '.' is the verb (%!.(...))
			i++
			if afterIndex {
				p.goodArgNum = false
			}
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
			if i < end && format[i] == '*' {
				i++
				p.prec, p.f.precPresent, argNum = intFromArg(a, argNum)
				if p.prec < 0 {
					p.prec = 0
					p.f.precPresent = false
				}
				if !p.f.precPresent {
					p.writeString("%!(BADPREC)")
				}
				afterIndex = false
			} else {
				p.prec, p.f.precPresent, i = parsenum(format, i, end)
				if !p.f.precPresent {
					p.prec = 0
					p.f.precPresent = true
				}
			}
		}

		if !afterIndex {
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
		}

		if i >= end {
			p.writeString("%!(NOVERB)")
			break
		}

		verb, size := rune(format[i]), 1
		if verb >= utf8.RuneSelf {
			verb, size = utf8.DecodeRuneInString(format[i:])
		}
		i += size

		switch {
		case verb == '%':
			p.writeByte('%') // takes no operand, ignores width and precision
		case !p.goodArgNum:
			p.badArgNum(verb)
		case argNum >= len(a):
			p.missingArg(verb)
		default:
			if verb == 'v' {
				p.f.sharpV, p.f.sharp = p.f.sharp, false
				p.f.plusV, p.f.plus = p.f.plus, false
			}
			p.printArg(a[argNum], verb)
			argNum++
		}
	}

	if !p.reordered && argNum < len(a) {
		p.clearFlags()
		p.writeString("%!(EXTRA ")
		for k, arg := range a[argNum:] {
			if k > 0 {
				p.writeByte(',')
				p.writeByte(' ')
			}
			if arg == nil {
				p.writeString(nilAngle)
			} else {
				p.writeString(typeString(arg))
				p.writeByte('=')
				p.printArg(arg, 'v')
			}
		}
		p.writeByte(')')
	}
}
