//go:build js

// Package js gives a program on the wasm target access to JavaScript: values, their
// properties and methods, and Go functions that JavaScript can call. It is
// tinygo4j's own implementation of Go's syscall/js API.
//
// A Value is a reference into a table that the support file (wasm_exec.js) keeps:
// the same JavaScript value always has the same reference, and references are kept
// until the program ends (the collector cannot tell JavaScript that Go dropped one).
package js

import (
	"unsafe"
)

// The support file's functions (module tinygo4j_js). Strings and byte slices are
// passed as pointer and length into linear memory, argument lists as a pointer to
// an array of references and its length. Calls that JavaScript may answer with an
// exception report it through ok and return the exception instead of a result.

//go:wasmimport tinygo4j_js valueGet
func valueGet(v uint32, p *byte, n int) uint32

//go:wasmimport tinygo4j_js valueSet
func valueSet(v uint32, p *byte, n int, x uint32)

//go:wasmimport tinygo4j_js valueDelete
func valueDelete(v uint32, p *byte, n int)

//go:wasmimport tinygo4j_js valueIndex
func valueIndex(v uint32, i int) uint32

//go:wasmimport tinygo4j_js valueSetIndex
func valueSetIndex(v uint32, i int, x uint32)

//go:wasmimport tinygo4j_js valueCall
func valueCall(v uint32, p *byte, n int, args *uint32, nargs int, ok *bool) uint32

//go:wasmimport tinygo4j_js valueInvoke
func valueInvoke(v uint32, args *uint32, nargs int, ok *bool) uint32

//go:wasmimport tinygo4j_js valueNew
func valueNew(v uint32, args *uint32, nargs int, ok *bool) uint32

//go:wasmimport tinygo4j_js valueLength
func valueLength(v uint32) int

//go:wasmimport tinygo4j_js valueType
func valueType(v uint32) int

//go:wasmimport tinygo4j_js valueFloat
func valueFloat(v uint32) float64

//go:wasmimport tinygo4j_js valueTruthy
func valueTruthy(v uint32) bool

//go:wasmimport tinygo4j_js valueEqual
func valueEqual(v uint32, w uint32) bool

//go:wasmimport tinygo4j_js valueInstanceOf
func valueInstanceOf(v uint32, t uint32) bool

//go:wasmimport tinygo4j_js valuePrepareString
func valuePrepareString(v uint32) int

//go:wasmimport tinygo4j_js valueLoadString
func valueLoadString(v uint32, p *byte, n int)

//go:wasmimport tinygo4j_js stringVal
func stringVal(p *byte, n int) uint32

//go:wasmimport tinygo4j_js floatVal
func floatVal(f float64) uint32

//go:wasmimport tinygo4j_js funcVal
func funcVal(id uint32) uint32

//go:wasmimport tinygo4j_js copyBytesToGo
func copyBytesToGo(dst *byte, n int, src uint32) int

//go:wasmimport tinygo4j_js copyBytesToJS
func copyBytesToJS(dst uint32, src *byte, n int) int

//go:wasmimport tinygo4j_js eventInfo
func eventInfo(info *[4]uint32)

//go:wasmimport tinygo4j_js eventResult
func eventResult(token uint32, result uint32)

// The references the support file gives these values before the program starts.
const (
	refUndefined = 0
	refNull      = 1
	refTrue      = 2
	refFalse     = 3
	refGlobal    = 4
)

// Value is a JavaScript value. The zero Value is undefined.
type Value struct {
	_   [0]func() // not comparable with ==: use Equal
	ref uint32
}

// Error is a JavaScript exception, as Call, Invoke and New panic with it.
type Error struct {
	Value
}

// Error returns "JavaScript error: " and the exception's message.
func (e Error) Error() string {
	return "JavaScript error: " + e.Get("message").String()
}

// A ValueError is the panic of a Value method called on a value of the wrong type.
type ValueError struct {
	Method string
	Type   Type
}

func (e *ValueError) Error() string {
	return "syscall/js: call of " + e.Method + " on " + e.Type.String()
}

// Type is the type of a JavaScript value, as JavaScript's typeof tells it (with null
// apart from objects).
type Type int

const (
	TypeUndefined Type = iota
	TypeNull
	TypeBoolean
	TypeNumber
	TypeString
	TypeSymbol
	TypeObject
	TypeFunction
)

func (t Type) String() string {
	switch t {
	case TypeUndefined:
		return "undefined"
	case TypeNull:
		return "null"
	case TypeBoolean:
		return "boolean"
	case TypeNumber:
		return "number"
	case TypeString:
		return "string"
	case TypeSymbol:
		return "symbol"
	case TypeObject:
		return "object"
	case TypeFunction:
		return "function"
	}
	panic("bad type")
}

func (t Type) isObject() bool {
	return t == TypeObject || t == TypeFunction
}

// Undefined returns JavaScript's undefined.
func Undefined() Value {
	return Value{ref: refUndefined}
}

// Null returns JavaScript's null.
func Null() Value {
	return Value{ref: refNull}
}

// Global returns JavaScript's global object (globalThis: window in a page).
func Global() Value {
	return Value{ref: refGlobal}
}

// Wrapper is what a Go type implements to be given to JavaScript as a Value.
type Wrapper interface {
	JSValue() Value
}

// JSValue returns v itself.
func (v Value) JSValue() Value {
	return v
}

func stringRef(s string) uint32 {
	return stringVal(unsafe.StringData(s), len(s))
}

// ValueOf returns x as a JavaScript value: a Value or Wrapper as it is, nil as null,
// booleans, numbers and strings as theirs, []any as an Array and map[string]any as
// an Object (their elements converted likewise). Other types panic.
func ValueOf(x any) Value {
	switch x := x.(type) {
	case Value:
		return x
	case Wrapper:
		return x.JSValue()
	case nil:
		return Null()
	case bool:
		if x {
			return Value{ref: refTrue}
		}
		return Value{ref: refFalse}
	case int:
		return Value{ref: floatVal(float64(x))}
	case int8:
		return Value{ref: floatVal(float64(x))}
	case int16:
		return Value{ref: floatVal(float64(x))}
	case int32:
		return Value{ref: floatVal(float64(x))}
	case int64:
		return Value{ref: floatVal(float64(x))}
	case uint:
		return Value{ref: floatVal(float64(x))}
	case uint8:
		return Value{ref: floatVal(float64(x))}
	case uint16:
		return Value{ref: floatVal(float64(x))}
	case uint32:
		return Value{ref: floatVal(float64(x))}
	case uint64:
		return Value{ref: floatVal(float64(x))}
	case uintptr:
		return Value{ref: floatVal(float64(x))}
	case float32:
		return Value{ref: floatVal(float64(x))}
	case float64:
		return Value{ref: floatVal(x)}
	case unsafe.Pointer:
		return Value{ref: floatVal(float64(uintptr(x)))}
	case string:
		return Value{ref: stringRef(x)}
	case []any:
		a := Global().Get("Array").New(len(x))
		for i, e := range x {
			a.SetIndex(i, e)
		}
		return a
	case map[string]any:
		o := Global().Get("Object").New()
		for k, e := range x {
			o.Set(k, e)
		}
		return o
	}
	panic("ValueOf: invalid value")
}

// Type returns v's JavaScript type.
func (v Value) Type() Type {
	return Type(valueType(v.ref))
}

func (v Value) need(method string, ok bool) {
	if !ok {
		panic(&ValueError{Method: method, Type: v.Type()})
	}
}

// Get returns the property p of v (an object or function).
func (v Value) Get(p string) Value {
	v.need("Value.Get", v.Type().isObject())
	return Value{ref: valueGet(v.ref, unsafe.StringData(p), len(p))}
}

// Set sets the property p of v to ValueOf(x).
func (v Value) Set(p string, x any) {
	v.need("Value.Set", v.Type().isObject())
	valueSet(v.ref, unsafe.StringData(p), len(p), ValueOf(x).ref)
}

// Delete deletes the property p of v.
func (v Value) Delete(p string) {
	v.need("Value.Delete", v.Type().isObject())
	valueDelete(v.ref, unsafe.StringData(p), len(p))
}

// Index returns v[i].
func (v Value) Index(i int) Value {
	v.need("Value.Index", v.Type().isObject())
	return Value{ref: valueIndex(v.ref, i)}
}

// SetIndex sets v[i] to ValueOf(x).
func (v Value) SetIndex(i int, x any) {
	v.need("Value.SetIndex", v.Type().isObject())
	valueSetIndex(v.ref, i, ValueOf(x).ref)
}

// Length returns v.length.
func (v Value) Length() int {
	v.need("Value.Length", v.Type().isObject())
	return valueLength(v.ref)
}

func argRefs(args []any) []uint32 {
	refs := make([]uint32, len(args)+1) // never empty: its first element's address is passed
	for i, a := range args {
		refs[i] = ValueOf(a).ref
	}
	return refs
}

// Call calls v's method m with the arguments converted by ValueOf; a JavaScript
// exception panics with an Error.
func (v Value) Call(m string, args ...any) Value {
	refs := argRefs(args)
	ok := false
	r := valueCall(v.ref, unsafe.StringData(m), len(m), &refs[0], len(args), &ok)
	if !ok {
		if !v.Type().isObject() {
			panic(&ValueError{Method: "Value.Call", Type: v.Type()})
		}
		if f := (Value{ref: valueGet(v.ref, unsafe.StringData(m), len(m))}); f.Type() != TypeFunction {
			panic("syscall/js: Value.Call: property " + m + " is not a function, got " + f.Type().String())
		}
		panic(Error{Value{ref: r}})
	}
	return Value{ref: r}
}

// Invoke calls v (a function) with the arguments converted by ValueOf.
func (v Value) Invoke(args ...any) Value {
	v.need("Value.Invoke", v.Type() == TypeFunction)
	refs := argRefs(args)
	ok := false
	r := valueInvoke(v.ref, &refs[0], len(args), &ok)
	if !ok {
		panic(Error{Value{ref: r}})
	}
	return Value{ref: r}
}

// New calls v as a constructor (JavaScript's new) with the arguments converted by ValueOf.
func (v Value) New(args ...any) Value {
	v.need("Value.New", v.Type() == TypeFunction)
	refs := argRefs(args)
	ok := false
	r := valueNew(v.ref, &refs[0], len(args), &ok)
	if !ok {
		panic(Error{Value{ref: r}})
	}
	return Value{ref: r}
}

// Float returns v as a float64; v must be a number.
func (v Value) Float() float64 {
	v.need("Value.Float", v.Type() == TypeNumber)
	return valueFloat(v.ref)
}

// Int returns v truncated to an int; v must be a number.
func (v Value) Int() int {
	return int(v.Float())
}

// Bool returns v as a bool; v must be a boolean.
func (v Value) Bool() bool {
	switch v.ref {
	case refTrue:
		return true
	case refFalse:
		return false
	}
	v.need("Value.Bool", false)
	return false
}

// Truthy reports whether v is truthy in JavaScript's sense.
func (v Value) Truthy() bool {
	return valueTruthy(v.ref)
}

// String returns v's text if it is a string; otherwise "<T>" or "<T: value>" with
// its type, as Go's syscall/js does (it never panics, for fmt's sake).
func (v Value) String() string {
	switch t := v.Type(); t {
	case TypeString:
		return jsString(v.ref)
	case TypeUndefined:
		return "<undefined>"
	case TypeNull:
		return "<null>"
	case TypeBoolean:
		if v.Bool() {
			return "<boolean: true>"
		}
		return "<boolean: false>"
	case TypeNumber:
		return "<number: " + jsString(v.ref) + ">"
	default:
		return "<" + t.String() + ">"
	}
}

// jsString converts a value to a string as JavaScript's String() does.
func jsString(ref uint32) string {
	n := valuePrepareString(ref)
	if n == 0 {
		return ""
	}
	b := make([]byte, n)
	valueLoadString(ref, &b[0], n)
	return unsafe.String(&b[0], n)
}

// Equal reports whether v and w are the same value (JavaScript's ===).
func (v Value) Equal(w Value) bool {
	return valueEqual(v.ref, w.ref)
}

// IsUndefined reports whether v is undefined.
func (v Value) IsUndefined() bool {
	return v.ref == refUndefined
}

// IsNull reports whether v is null.
func (v Value) IsNull() bool {
	return v.ref == refNull
}

// IsNaN reports whether v is the number NaN.
func (v Value) IsNaN() bool {
	return v.Type() == TypeNumber && v.Float() != v.Float()
}

// InstanceOf reports whether v is an instance of the constructor t (JavaScript's instanceof).
func (v Value) InstanceOf(t Value) bool {
	return valueInstanceOf(v.ref, t.ref)
}

// CopyBytesToGo copies bytes from src (a Uint8Array or Uint8ClampedArray) into dst
// and returns how many: the smaller of the two lengths.
func CopyBytesToGo(dst []byte, src Value) int {
	var p *byte
	if len(dst) > 0 {
		p = &dst[0]
	}
	n := copyBytesToGo(p, len(dst), src.ref)
	if n < 0 {
		panic("syscall/js: CopyBytesToGo: expected src to be a Uint8Array or Uint8ClampedArray")
	}
	return n
}

// CopyBytesToJS copies bytes from src into dst (a Uint8Array or Uint8ClampedArray)
// and returns how many: the smaller of the two lengths.
func CopyBytesToJS(dst Value, src []byte) int {
	var p *byte
	if len(src) > 0 {
		p = &src[0]
	}
	n := copyBytesToJS(dst.ref, p, len(src))
	if n < 0 {
		panic("syscall/js: CopyBytesToJS: expected dst to be a Uint8Array or Uint8ClampedArray")
	}
	return n
}
