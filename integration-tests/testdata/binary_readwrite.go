// targets: host wasi wasm cortex-m-qemu microbit
// encoding/binary's Read, Write and Size of fixed-size values (numbers, arrays,
// structs with blank fields, slices), their errors, and ReadUvarint/ReadVarint.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"strings"
)

type header struct {
	Magic   [4]byte
	Version uint16
	_       [2]byte
	Flags   int8
	Ok      bool
	Scale   float32
	Offset  int64
	Point   struct{ X, Y int16 }
	Z       complex64
}

type withInt struct {
	A int32
	B int
}

type bad struct {
	S string
}

func main() {
	h := header{Magic: [4]byte{'G', 'O', 'B', 'N'}, Version: 0x0102, Flags: -3, Ok: true, Scale: 1.5,
		Offset: -123456789012, Z: complex(2, -0.5)}
	h.Point.X, h.Point.Y = -7, 300
	for _, order := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		var buf bytes.Buffer
		err := binary.Write(&buf, order, h)
		fmt.Printf("%v write %v %d % x\n", order, err, buf.Len(), buf.Bytes())
		var back header
		err = binary.Read(bytes.NewReader(buf.Bytes()), order, &back)
		fmt.Printf("read %v %+v equal=%v\n", err, back, back == h)
		buf.Reset()
		binary.Write(&buf, order, &h)
		fmt.Printf("pointer % x\n", buf.Bytes())
	}
	fmt.Println(binary.Size(h), binary.Size(&h), binary.Size([]uint16{1, 2, 3}), binary.Size(int32(1)),
		binary.Size(withInt{}), binary.Size(3), binary.Size([]header{{}, {}}), binary.Size([2]float64{}))

	var buf bytes.Buffer
	values := []any{uint8(200), int8(-2), true, false, uint16(0xBEEF), int16(-2), uint32(0xDEADBEEF), int32(-100000),
		uint64(1) << 63, int64(-1), float32(3.25), -2.5, complex(1.5, 2), complex64(complex(-1, 0.25)),
		[]uint16{1, 2, 0xFFFF}, []int32{-1, 7}, []bool{true, false, true}, []float64{0.1, -0}, [3]int8{-1, 0, 1},
		&struct{ A, B uint8 }{9, 8}}
	for _, v := range values {
		buf.Reset()
		err := binary.Write(&buf, binary.BigEndian, v)
		fmt.Printf("%T %v % x\n", v, err, buf.Bytes())
	}
	fmt.Println(binary.Write(&buf, binary.LittleEndian, 5))
	fmt.Println(binary.Write(&buf, binary.LittleEndian, withInt{}))
	fmt.Println(binary.Write(&buf, binary.LittleEndian, bad{}))
	fmt.Println(binary.Write(&buf, binary.LittleEndian, []string{"a"}))

	r := bytes.NewReader([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19})
	var u16 uint16
	var i32 int32
	var f64 float64
	var arr [3]uint8
	s := make([]int16, 2)
	var b bool
	fmt.Println(binary.Read(r, binary.LittleEndian, &u16), u16)
	fmt.Println(binary.Read(r, binary.BigEndian, &i32), i32)
	fmt.Println(binary.Read(r, binary.BigEndian, &arr), arr)
	fmt.Println(binary.Read(r, binary.LittleEndian, s), s)
	fmt.Println(binary.Read(r, binary.LittleEndian, &b), b)
	fmt.Println(binary.Read(r, binary.LittleEndian, &f64), f64, r.Len())
	fmt.Println(binary.Read(r, binary.LittleEndian, &f64), f64)
	var x int
	fmt.Println(binary.Read(strings.NewReader("abcdefgh"), binary.LittleEndian, &x))
	fmt.Println(binary.Read(strings.NewReader("abcdefgh"), binary.LittleEndian, &bad{}))
	sr := strings.NewReader("abcdefgh")
	fmt.Println(binary.Read(sr, binary.LittleEndian, int16(0)), sr.Len())
	var empty []uint32
	fmt.Println(binary.Read(strings.NewReader(""), binary.LittleEndian, empty))
	var blank struct {
		A uint8
		_ uint16
		B uint8
	}
	fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2, 3, 4}), binary.LittleEndian, &blank), blank.A, blank.B)

	for _, enc := range [][]byte{{0}, {1}, {0x7f}, {0x80, 1}, {0xff, 0xff, 0x03}, {0x80}, {},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}} {
		u, err := binary.ReadUvarint(bytes.NewReader(enc))
		v, err2 := binary.ReadVarint(bytes.NewReader(enc))
		fmt.Println(u, err, v, err2, err == io.EOF, err == io.ErrUnexpectedEOF)
	}
	var vb bytes.Buffer
	for _, n := range []int64{0, -1, 1, -64, 64, 1 << 40, -1 << 63} {
		vb.Write(binary.AppendVarint(nil, n))
	}
	for {
		n, err := binary.ReadVarint(&vb)
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(n, " ")
	}
}
