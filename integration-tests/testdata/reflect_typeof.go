// targets: host wasi wasm cortex-m-qemu microbit

package main

import (
	"fmt"
	"reflect"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

type Point struct{ X, Y int }

type Celsius float64

func main() {
	intT := reflect.TypeOf(0)
	strT := reflect.TypeOf("")
	pT := reflect.TypeOf(Point{})

	// identity with the program's own types
	fmt.Println("slice", reflect.SliceOf(intT) == reflect.TypeOf([]int{}), reflect.SliceOf(pT) == reflect.TypeOf([]Point{}))
	fmt.Println("chan", reflect.ChanOf(reflect.BothDir, intT) == reflect.TypeOf(make(chan int)),
		reflect.ChanOf(reflect.RecvDir, strT) == reflect.TypeOf(make(<-chan string)),
		reflect.ChanOf(reflect.SendDir, intT) == reflect.TypeOf(make(chan<- int)),
		reflect.ChanOf(reflect.SendDir, intT) == reflect.TypeOf(make(chan int)))
	fmt.Println("map", reflect.MapOf(strT, intT) == reflect.TypeOf(map[string]int{}))
	fmt.Println("array", reflect.ArrayOf(3, intT) == reflect.TypeOf([3]int{}), reflect.ArrayOf(4, intT) == reflect.TypeOf([3]int{}))

	// two calls give equal types, also for types the program does not have
	fmt.Println("again", reflect.ChanOf(reflect.BothDir, pT) == reflect.ChanOf(reflect.BothDir, pT),
		reflect.MapOf(intT, pT) == reflect.MapOf(intT, pT),
		reflect.ArrayOf(7, strT) == reflect.ArrayOf(7, strT),
		reflect.SliceOf(reflect.ArrayOf(2, pT)) == reflect.SliceOf(reflect.ArrayOf(2, pT)))

	// strings and properties of made types
	c := reflect.ChanOf(reflect.BothDir, reflect.ChanOf(reflect.RecvDir, pT))
	fmt.Println(c, c.Kind(), c.ChanDir(), c.Elem(), c.Elem().ChanDir(), c.Size() == intT.Size())
	fmt.Println(reflect.ChanOf(reflect.SendDir, reflect.ChanOf(reflect.RecvDir, pT)))
	fmt.Println(reflect.ChanOf(reflect.RecvDir, reflect.ChanOf(reflect.SendDir, reflect.TypeOf(Celsius(0)))))
	m := reflect.MapOf(pT, reflect.SliceOf(strT))
	fmt.Println(m, m.Kind(), m.Key(), m.Elem(), m.Comparable(), m.Name() == "", m.PkgPath() == "")
	a := reflect.ArrayOf(5, reflect.TypeOf(uint16(0)))
	fmt.Println(a, a.Kind(), a.Len(), a.Elem(), a.Size(), a.Align() == reflect.TypeOf(uint16(0)).Align(), a.Comparable())
	fmt.Println(reflect.ArrayOf(2, reflect.SliceOf(intT)).Comparable(), reflect.ArrayOf(0, pT), reflect.ArrayOf(0, pT).Size())
	fmt.Println(reflect.SliceOf(a), reflect.PointerTo(a), reflect.MapOf(a, c))

	// values of made types
	mv := reflect.MakeMap(reflect.MapOf(intT, strT))
	mv.SetMapIndex(reflect.ValueOf(1), reflect.ValueOf("one"))
	mv.SetMapIndex(reflect.ValueOf(2), reflect.ValueOf("two"))
	fmt.Println(mv.Len(), mv.MapIndex(reflect.ValueOf(2)), mv.Interface().(map[int]string)[1])
	pm := reflect.MakeMap(reflect.MapOf(reflect.ArrayOf(2, pT), intT))
	k := reflect.New(reflect.ArrayOf(2, pT)).Elem()
	k.Index(1).Field(0).SetInt(4)
	pm.SetMapIndex(k, reflect.ValueOf(10))
	k2 := reflect.New(reflect.ArrayOf(2, pT)).Elem()
	k2.Index(1).Set(reflect.ValueOf(Point{4, 0}))
	fmt.Println(pm.Len(), pm.MapIndex(k2), pm.Type())

	arr := reflect.New(reflect.ArrayOf(3, intT))
	arr.Elem().Index(2).SetInt(9)
	fmt.Println(arr.Type(), arr.Elem(), arr.Interface().(*[3]int)[2], arr.Elem().Interface().([3]int))
	big := reflect.New(reflect.ArrayOf(4, strT)).Elem()
	big.Index(0).SetString("x")
	fmt.Println(big.Type(), big.Len(), big.Interface(), big.Slice(1, 3).Type(), big.Slice(0, 2).Len())

	sv := reflect.MakeSlice(reflect.SliceOf(reflect.ArrayOf(2, intT)), 2, 4)
	sv.Index(1).Index(0).SetInt(3)
	sv = reflect.Append(sv, reflect.ValueOf([2]int{5, 6}))
	fmt.Println(sv.Type(), sv.Len(), sv.Interface().([][2]int))

	cv := reflect.MakeChan(reflect.ChanOf(reflect.BothDir, pT), 1)
	cv.Send(reflect.ValueOf(Point{1, 2}))
	fmt.Println(cv.Type(), cv.Len())
	ch := cv.Interface().(chan Point)
	fmt.Println(<-ch)

	// assignability and conversions
	fmt.Println(reflect.ChanOf(reflect.BothDir, intT).AssignableTo(reflect.ChanOf(reflect.RecvDir, intT)),
		reflect.ChanOf(reflect.RecvDir, intT).AssignableTo(reflect.ChanOf(reflect.BothDir, intT)),
		reflect.ArrayOf(2, intT).ConvertibleTo(reflect.TypeOf([2]int{})),
		reflect.MapOf(strT, intT).AssignableTo(reflect.TypeOf(map[string]int{})),
		reflect.SliceOf(intT).ConvertibleTo(reflect.PointerTo(reflect.ArrayOf(2, intT))))

	// the zero values, and the interfaces round trip
	z := reflect.Zero(reflect.ArrayOf(2, strT))
	fmt.Printf("%q %v\n", z.Interface(), z.IsZero())
	var x any = [2]string{"a", "b"}
	fmt.Println(reflect.TypeOf(x) == reflect.ArrayOf(2, strT), reflect.ValueOf(x).Type() == reflect.ArrayOf(2, strT))

	// panics
	try("mapof func key", func() { reflect.MapOf(reflect.TypeOf(func() {}), intT) })
	try("mapof slice key", func() { reflect.MapOf(reflect.SliceOf(intT), intT) })
	try("chanof dir", func() { reflect.ChanOf(0, intT) })
	try("arrayof negative", func() { reflect.ArrayOf(-1, intT) })
	try("makechan made recv-only", func() { reflect.MakeChan(reflect.ChanOf(reflect.RecvDir, intT), 1) })
	try("makemap non-map", func() { reflect.MakeMap(reflect.ArrayOf(1, intT)) })
}
