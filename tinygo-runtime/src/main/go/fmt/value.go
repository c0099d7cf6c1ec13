package fmt

import (
	"internal/reflectlite"
	"unicode/utf8"
)

// Printing one operand for one verb: basic types directly, then the methods
// (Formatter, GoStringer for %#v, error and Stringer for the string verbs), then a
// walk of the value by its type descriptor. Wrong verbs print %!verb(type=value).

const (
	nilAngle = "<nil>"
	nilParen = "(nil)"
)

func typeString(arg interface{}) string {
	return reflectlite.TypeOf(arg).String()
}

func (p *pp) printArg(arg interface{}, verb rune) {
	p.arg = arg
	p.value = reflectlite.Value{}
	if arg == nil {
		switch verb {
		case 'T', 'v':
			p.padString(nilAngle)
		default:
			p.badVerb(verb)
		}
		return
	}
	switch verb {
	case 'T':
		p.fmtS(typeString(arg))
		return
	case 'p':
		p.fmtPointer(reflectlite.ValueOf(arg), 'p')
		return
	}
	// Unnamed basic types (and []byte) have no methods: they are formatted by kind,
	// which needs no descriptor for each basic type, unlike a type switch.
	v := reflectlite.ValueOf(arg)
	t := v.Type()
	if !t.Named() {
		switch k := v.Kind(); {
		case k == reflectlite.Slice && t.Elem().Kind() == reflectlite.Uint8 && !t.Elem().Named():
			p.fmtBytes(v.Bytes(), verb, "[]byte")
			return
		case k <= reflectlite.Complex128 || k == reflectlite.String:
			p.printValue(v, verb, 0)
			return
		}
	}
	// a reflect.Value prints what it holds, as Go's fmt does (ReflectPresent is a
	// constant: other programs do not carry this test)
	if reflectlite.ReflectPresent() && t.Named() && t.String() == "reflect.Value" {
		rv := reflectlite.FromReflect(arg)
		if rv.IsValid() && rv.CanInterface() {
			p.arg = rv.Interface()
			if p.handleMethods(verb) {
				return
			}
		}
		p.printValue(rv, verb, 0)
		return
	}
	if !p.handleMethods(verb) {
		p.printValue(v, verb, 0)
	}
}

// handleMethods calls the operand's formatting methods if the verb asks for them, and
// reports whether it did.
func (p *pp) handleMethods(verb rune) bool {
	if p.erroring {
		return false
	}
	if verb == 'w' {
		err, ok := p.arg.(error)
		if !ok || !p.wrapErrs || p.wrappedErr != nil {
			p.wrappedErr = nil
			p.wrapErrs = false
			p.badVerb(verb)
			return true
		}
		p.wrappedErr = err
		verb = 'v'
	}
	probe := nilPointerElem(p.arg)
	if f, ok := p.arg.(Formatter); ok {
		if _, ok := probe.(Formatter); ok {
			p.fmtS(nilAngle)
		} else {
			f.Format(p, verb)
		}
		return true
	}
	if p.f.sharpV {
		if g, ok := p.arg.(GoStringer); ok {
			if _, ok := probe.(GoStringer); ok {
				p.fmtS(nilAngle)
			} else {
				p.fmtS(g.GoString())
			}
			return true
		}
		return false
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		switch v := p.arg.(type) {
		case error:
			if _, ok := probe.(error); ok {
				p.fmtS(nilAngle)
			} else {
				p.fmtString(v.Error(), verb)
			}
			return true
		case Stringer:
			if _, ok := probe.(Stringer); ok {
				p.fmtS(nilAngle)
			} else {
				p.fmtString(v.String(), verb)
			}
			return true
		}
	}
	return false
}

// nilPointerElem is, for a nil pointer, an interface value of its element type (to
// be asked about methods only), else nil. A method with a value receiver called
// through a nil pointer panics; Go's fmt catches that and prints <nil>, so fmt does
// not call such a method. (A panic in any other method ends the program, as there
// is no recover yet.)
func nilPointerElem(arg interface{}) interface{} {
	v := reflectlite.ValueOf(arg)
	if v.Kind() != reflectlite.Pointer || !v.IsNil() {
		return nil
	}
	return reflectlite.TypeOnly(v.Type().Elem())
}

func (p *pp) badVerb(verb rune) {
	p.erroring = true
	p.writeByte('%')
	p.writeByte('!')
	p.buf = utf8.AppendRune(p.buf, verb)
	p.writeByte('(')
	switch {
	case p.arg != nil:
		p.writeString(typeString(p.arg))
		p.writeByte('=')
		p.printArg(p.arg, 'v')
	case p.value.IsValid():
		p.writeString(p.value.Type().String())
		p.writeByte('=')
		p.printValue(p.value, 'v', 0)
	default:
		p.writeString(nilAngle)
	}
	p.writeByte(')')
	p.erroring = false
}

func (p *pp) fmtBool(v bool, verb rune) {
	switch verb {
	case 't', 'v':
		p.fmtBoolean(v)
	default:
		p.badVerb(verb)
	}
}

// fmt0x64 formats v in hex, with a 0x prefix when leading0x is set.
func (p *pp) fmt0x64(v uint64, leading0x bool) {
	sharp := p.f.sharp
	p.f.sharp = leading0x
	p.fmtIntegerBase(v, 16, false, 'v', ldigits)
	p.f.sharp = sharp
}

func (p *pp) fmtInteger(v uint64, signed bool, verb rune) {
	// one call of fmtIntegerBase (a large function) for the bases
	base, digits := 10, ldigits
	switch verb {
	case 'v':
		if p.f.sharpV && !signed {
			p.fmt0x64(v, true)
			return
		}
	case 'd':
	case 'b':
		base = 2
	case 'o', 'O':
		base = 8
	case 'x':
		base = 16
	case 'X':
		base, digits = 16, udigits
	default:
		switch verb {
		case 'c':
			p.fmtC(v)
		case 'q':
			p.fmtQc(v)
		case 'U':
			p.fmtUnicode(v)
		default:
			p.badVerb(verb)
		}
		return
	}
	p.fmtIntegerBase(v, base, signed, verb, digits)
}

func (p *pp) fmtFloat(bits uint64, size int, verb rune) {
	// one call (fmtFloatBits is large): %v is %g, %F is %f; -1 asks for the shortest digits
	prec := -1
	switch verb {
	case 'v':
		verb = 'g'
	case 'b', 'g', 'G', 'x', 'X':
	case 'F':
		verb = 'f'
		prec = 6
	case 'f', 'e', 'E':
		prec = 6
	default:
		p.badVerb(verb)
		return
	}
	p.fmtFloatBits(bits, size, verb, prec)
}

func (p *pp) fmtComplex(re, im uint64, size int, verb rune) {
	switch verb {
	case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E':
		plus := p.f.plus
		p.writeByte('(')
		p.fmtFloat(re, size/2, verb)
		p.f.plus = true
		p.fmtFloat(im, size/2, verb)
		p.writeByte('i')
		p.writeByte(')')
		p.f.plus = plus
	default:
		p.badVerb(verb)
	}
}

func (p *pp) fmtString(v string, verb rune) {
	switch verb {
	case 'v':
		if p.f.sharpV {
			p.fmtQ(v)
		} else {
			p.fmtS(v)
		}
	case 's':
		p.fmtS(v)
	case 'x':
		p.fmtSbx(v, nil, ldigits)
	case 'X':
		p.fmtSbx(v, nil, udigits)
	case 'q':
		p.fmtQ(v)
	default:
		p.badVerb(verb)
	}
}

func (p *pp) fmtBytes(v []byte, verb rune, typ string) {
	switch verb {
	case 'v', 'd':
		if p.f.sharpV {
			p.writeString(typ)
			if v == nil {
				p.writeString(nilParen)
				return
			}
			p.writeByte('{')
			// (uintptr indexes: int has 32 bits on AVR, where its arithmetic is long)
			for i := uintptr(0); i < uintptr(len(v)); i++ {
				if i > 0 {
					p.writeByte(',')
					p.writeByte(' ')
				}
				p.fmt0x64(uint64(v[i]), true)
			}
			p.writeByte('}')
			return
		}
		p.writeByte('[')
		for i := uintptr(0); i < uintptr(len(v)); i++ {
			if i > 0 {
				p.writeByte(' ')
			}
			p.fmtIntegerBase(uint64(v[i]), 10, false, verb, ldigits)
		}
		p.writeByte(']')
	case 's':
		p.padString(p.truncate(string(v)))
	case 'x':
		p.fmtSbx("", v, ldigits)
	case 'X':
		p.fmtSbx("", v, udigits)
	case 'q':
		p.fmtQ(string(v))
	default:
		p.printValue(reflectlite.ValueOf(v), verb, 0)
	}
}

func (p *pp) fmtPointer(v reflectlite.Value, verb rune) {
	var u uintptr
	switch v.Kind() {
	case reflectlite.Chan, reflectlite.Func, reflectlite.Map, reflectlite.Pointer, reflectlite.Slice,
		reflectlite.UnsafePointer:
		u = v.Pointer()
	default:
		p.badVerb(verb)
		return
	}
	switch verb {
	case 'v':
		if p.f.sharpV {
			p.writeByte('(')
			p.writeString(v.Type().String())
			p.writeByte(')')
			p.writeByte('(')
			if u == 0 {
				p.writeString("nil")
			} else {
				p.fmt0x64(uint64(u), true)
			}
			p.writeByte(')')
		} else if u == 0 {
			p.padString(nilAngle)
		} else {
			p.fmt0x64(uint64(u), !p.f.sharp)
		}
	case 'p':
		p.fmt0x64(uint64(u), !p.f.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInteger(uint64(u), false, verb)
	default:
		p.badVerb(verb)
	}
}

// printValue prints a value found by walking another; below the top level its
// methods count as they would for an operand (unless reached through unexported
// fields).
func (p *pp) printValue(v reflectlite.Value, verb rune, depth int) {
	if depth > 0 && v.IsValid() && v.CanInterface() {
		p.arg = v.Interface()
		if p.handleMethods(verb) {
			return
		}
	}
	p.arg = nil
	p.value = v
	switch v.Kind() {
	case reflectlite.Invalid:
		if depth == 0 {
			p.writeString("<invalid reflect.Value>")
		} else if verb == 'v' {
			p.writeString(nilAngle)
		} else {
			p.badVerb(verb)
		}
	case reflectlite.Bool:
		p.fmtBool(v.Bool(), verb)
	case reflectlite.Int, reflectlite.Int8, reflectlite.Int16, reflectlite.Int32, reflectlite.Int64:
		p.fmtInteger(uint64(v.Int()), true, verb)
	case reflectlite.Uint, reflectlite.Uint8, reflectlite.Uint16, reflectlite.Uint32, reflectlite.Uint64,
		reflectlite.Uintptr:
		p.fmtInteger(v.Uint(), false, verb)
	// KindPossible is a constant: programs that print no floats or maps drop that code
	case reflectlite.Float32:
		if reflectlite.KindPossible(reflectlite.Float32) {
			p.fmtFloat(v.FloatBits(), 32, verb)
		}
	case reflectlite.Float64:
		if reflectlite.KindPossible(reflectlite.Float64) {
			p.fmtFloat(v.FloatBits(), 64, verb)
		}
	case reflectlite.Complex64:
		if reflectlite.KindPossible(reflectlite.Complex64) {
			p.fmtComplex(v.FloatBits(), v.ImagBits(), 64, verb)
		}
	case reflectlite.Complex128:
		if reflectlite.KindPossible(reflectlite.Complex128) {
			p.fmtComplex(v.FloatBits(), v.ImagBits(), 128, verb)
		}
	case reflectlite.String:
		p.fmtString(v.String(), verb)
	case reflectlite.Map:
		if reflectlite.KindPossible(reflectlite.Map) {
			p.printMap(v, verb, depth)
		}
	case reflectlite.Struct:
		if p.f.sharpV {
			p.writeString(v.Type().String())
		}
		p.writeByte('{')
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			if i > 0 {
				if p.f.sharpV {
					p.writeByte(',')
					p.writeByte(' ')
				} else {
					p.writeByte(' ')
				}
			}
			if p.f.plusV || p.f.sharpV {
				p.writeString(t.Field(i).Name)
				p.writeByte(':')
			}
			f := v.Field(i)
			if f.Kind() == reflectlite.Interface && !f.IsNil() {
				f = f.Elem()
			}
			p.printValue(f, verb, depth+1)
		}
		p.writeByte('}')
	case reflectlite.Interface:
		e := v.Elem()
		if !e.IsValid() {
			if p.f.sharpV {
				p.writeString(v.Type().String())
				p.writeString(nilParen)
			} else {
				p.writeString(nilAngle)
			}
		} else {
			p.printValue(e, verb, depth+1)
		}
	case reflectlite.Array, reflectlite.Slice:
		p.printList(v, verb, depth)
	case reflectlite.Pointer:
		if depth == 0 && v.Pointer() != 0 {
			switch e := v.Elem(); e.Kind() {
			case reflectlite.Array, reflectlite.Slice, reflectlite.Struct, reflectlite.Map:
				p.writeByte('&')
				p.printValue(e, verb, depth+1)
				return
			}
		}
		p.fmtPointer(v, verb)
	case reflectlite.Chan, reflectlite.Func, reflectlite.UnsafePointer:
		p.fmtPointer(v, verb)
	default:
		p.writeByte('?')
		p.writeString(v.Type().String())
		p.writeByte('?')
	}
}

func (p *pp) printList(v reflectlite.Value, verb rune, depth int) {
	switch verb {
	case 's', 'q', 'x', 'X':
		if t := v.Type(); t.Elem().Kind() == reflectlite.Uint8 {
			p.fmtBytes(v.Bytes(), verb, t.String())
			return
		}
	}
	if p.f.sharpV {
		p.writeString(v.Type().String())
		if v.Kind() == reflectlite.Slice && v.IsNil() {
			p.writeString(nilParen)
			return
		}
		p.writeByte('{')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				p.writeByte(',')
				p.writeByte(' ')
			}
			p.printValue(v.Index(i), verb, depth+1)
		}
		p.writeByte('}')
		return
	}
	p.writeByte('[')
	for i := 0; i < v.Len(); i++ {
		if i > 0 {
			p.writeByte(' ')
		}
		p.printValue(v.Index(i), verb, depth+1)
	}
	p.writeByte(']')
}

func (p *pp) printMap(v reflectlite.Value, verb rune, depth int) {
	if p.f.sharpV {
		p.writeString(v.Type().String())
		if v.IsNil() {
			p.writeString(nilParen)
			return
		}
		p.writeByte('{')
	} else {
		p.writeString("map[")
	}
	keys, values := v.MapEntries()
	sortEntries(keys, values)
	for i := range keys {
		if i > 0 {
			if p.f.sharpV {
				p.writeByte(',')
				p.writeByte(' ')
			} else {
				p.writeByte(' ')
			}
		}
		p.printValue(keys[i], verb, depth+1)
		p.writeByte(':')
		p.printValue(values[i], verb, depth+1)
	}
	if p.f.sharpV {
		p.writeByte('}')
	} else {
		p.writeByte(']')
	}
}
