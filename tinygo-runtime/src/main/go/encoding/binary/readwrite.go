package binary

import (
	"errors"
	"io"
	"math"
	"reflect"
)

// Read fills data, a pointer to a fixed-size value or a slice of fixed-size values,
// from the len bytes r gives next, in order's byte order. Fixed-size values are
// booleans (one byte, true when not zero), sized integers, floats, complex numbers,
// and arrays and structs of them; a field named _ is skipped. When fewer bytes come
// than the value needs, the error is io.EOF if none came, else io.ErrUnexpectedEOF.
func Read(r io.Reader, order ByteOrder, data any) error {
	v := reflect.ValueOf(data)
	size := -1
	switch v.Kind() {
	case reflect.Pointer:
		v = v.Elem()
		size = encodedLen(v)
	case reflect.Slice:
		size = encodedLen(v)
	default:
		if n := encodedLen(v); n > 0 && v.Kind() != reflect.Complex64 && v.Kind() != reflect.Complex128 {
			// As Go's: a number passed by value has its bytes read before it turns out
			// that there is nowhere to store them.
			if _, err := io.ReadFull(r, make([]byte, n)); err != nil {
				return err
			}
		}
	}
	if size < 0 {
		return errors.New("binary.Read: invalid type " + reflect.TypeOf(data).String())
	}
	c := coder{order: order, buf: make([]byte, size)}
	if _, err := io.ReadFull(r, c.buf); err != nil {
		return err
	}
	c.decode(v)
	return nil
}

// Write writes the bytes of data, a fixed-size value, a pointer to one or a slice of
// them (see Read), to w in order's byte order; a field named _ is written as zeros.
func Write(w io.Writer, order ByteOrder, data any) error {
	v := reflect.Indirect(reflect.ValueOf(data))
	size := encodedLen(v)
	if size < 0 {
		return errors.New("binary.Write: invalid type " + reflect.TypeOf(data).String())
	}
	c := coder{order: order, buf: make([]byte, size)}
	c.encode(v)
	_, err := w.Write(c.buf)
	return err
}

// Size returns how many bytes Write would write for v, or -1 when v is not a
// fixed-size value, a pointer to one or a slice of them.
func Size(v any) int {
	return encodedLen(reflect.Indirect(reflect.ValueOf(v)))
}

// encodedLen is the encoded size of v: its type's for a value, the elements' for a slice.
func encodedLen(v reflect.Value) int {
	if v.Kind() == reflect.Slice {
		if s := fixedSize(v.Type().Elem()); s >= 0 {
			return s * v.Len()
		}
		return -1
	}
	return fixedSize(v.Type())
}

// fixedSize is the encoded size of a value of type t, or -1 when t is not of fixed size
// (int, uint, uintptr, strings, pointers, slices, maps... anywhere in it).
func fixedSize(t reflect.Type) int {
	switch t.Kind() {
	case reflect.Array:
		if s := fixedSize(t.Elem()); s >= 0 {
			return s * t.Len()
		}
	case reflect.Struct:
		sum := 0
		for i := 0; i < t.NumField(); i++ {
			s := fixedSize(t.Field(i).Type)
			if s < 0 {
				return -1
			}
			sum += s
		}
		return sum
	case reflect.Bool, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint8, reflect.Uint16,
		reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return int(t.Size())
	}
	return -1
}

// coder walks a value and its bytes together, decoding or encoding.
type coder struct {
	order ByteOrder
	buf   []byte
	off   int
}

// next returns the next n bytes.
func (c *coder) next(n int) []byte {
	b := c.buf[c.off : c.off+n]
	c.off += n
	return b
}

// uint reads an unsigned integer of n bytes (1, 2, 4 or 8).
func (c *coder) uint(n int) uint64 {
	b := c.next(n)
	switch n {
	case 1:
		return uint64(b[0])
	case 2:
		return uint64(c.order.Uint16(b))
	case 4:
		return uint64(c.order.Uint32(b))
	}
	return c.order.Uint64(b)
}

// putUint writes the low n bytes (1, 2, 4 or 8) of x.
func (c *coder) putUint(n int, x uint64) {
	b := c.next(n)
	switch n {
	case 1:
		b[0] = byte(x)
	case 2:
		c.order.PutUint16(b, uint16(x))
	case 4:
		c.order.PutUint32(b, uint32(x))
	default:
		c.order.PutUint64(b, x)
	}
}

// fields calls f for each field of the struct v that is coded; the bytes of a blank
// field that cannot be set are passed over (left zero when encoding).
func (c *coder) fields(v reflect.Value, f func(reflect.Value)) {
	t := v.Type()
	for i := 0; i < v.NumField(); i++ {
		if fv := v.Field(i); fv.CanSet() || t.Field(i).Name != "_" {
			f(fv)
		} else {
			c.off += encodedLen(fv)
		}
	}
}

func (c *coder) decode(v reflect.Value) {
	switch k := v.Kind(); k {
	case reflect.Array, reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			c.decode(v.Index(i))
		}
	case reflect.Struct:
		c.fields(v, c.decode)
	case reflect.Bool:
		v.SetBool(c.next(1)[0] != 0)
	case reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n := int(v.Type().Size())
		shift := 64 - 8*n // sign-extends the n-byte value
		v.SetInt(int64(c.uint(n)<<shift) >> shift)
	case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(c.uint(int(v.Type().Size())))
	case reflect.Float32:
		v.SetFloat(float64(math.Float32frombits(uint32(c.uint(4)))))
	case reflect.Float64:
		v.SetFloat(math.Float64frombits(c.uint(8)))
	case reflect.Complex64:
		re := math.Float32frombits(uint32(c.uint(4)))
		im := math.Float32frombits(uint32(c.uint(4)))
		v.SetComplex(complex(float64(re), float64(im)))
	case reflect.Complex128:
		re := math.Float64frombits(c.uint(8))
		im := math.Float64frombits(c.uint(8))
		v.SetComplex(complex(re, im))
	}
}

func (c *coder) encode(v reflect.Value) {
	switch v.Kind() {
	case reflect.Array, reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			c.encode(v.Index(i))
		}
	case reflect.Struct:
		c.fields(v, c.encode)
	case reflect.Bool:
		b := c.next(1)
		if v.Bool() {
			b[0] = 1
		}
	case reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		c.putUint(int(v.Type().Size()), uint64(v.Int()))
	case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		c.putUint(int(v.Type().Size()), v.Uint())
	case reflect.Float32:
		c.putUint(4, uint64(math.Float32bits(float32(v.Float()))))
	case reflect.Float64:
		c.putUint(8, math.Float64bits(v.Float()))
	case reflect.Complex64:
		x := v.Complex()
		c.putUint(4, uint64(math.Float32bits(float32(real(x)))))
		c.putUint(4, uint64(math.Float32bits(float32(imag(x)))))
	case reflect.Complex128:
		x := v.Complex()
		c.putUint(8, math.Float64bits(real(x)))
		c.putUint(8, math.Float64bits(imag(x)))
	}
}

var errOverflow = errors.New("binary: varint overflows a 64-bit integer")

// ReadUvarint reads a varint-encoded unsigned integer from r. It returns r's error
// (io.EOF when r ends, even within the number) with what it had read, or an overflow
// error when the encoding is longer than 64 bits allow.
func ReadUvarint(r io.ByteReader) (uint64, error) {
	var x uint64
	for i := 0; i < MaxVarintLen64; i++ {
		b, err := r.ReadByte()
		if err != nil {
			return x, err // io.EOF also within a number, as in Go 1.19
		}
		if i == MaxVarintLen64-1 && 1 < b && b < 0x80 {
			return x, errOverflow // a last tenth byte may only carry bit 63
		}
		x |= uint64(b&0x7f) << (7 * i)
		if b < 0x80 {
			return x, nil
		}
	}
	return x, errOverflow
}

// ReadVarint reads a varint-encoded signed integer (zig-zag: see PutVarint) from r,
// with ReadUvarint's errors.
func ReadVarint(r io.ByteReader) (int64, error) {
	ux, err := ReadUvarint(r)
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x, err
}
