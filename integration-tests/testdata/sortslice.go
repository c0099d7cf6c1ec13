// targets: host wasi cortex-m-qemu microbit

// sort.Slice, SliceStable and SliceIsSorted (through internal/reflectlite's Swapper),
// sync.Pool and sync.Map, strconv.ParseFloat, Unquote and UnquoteChar, bytes.Reader
// and EqualFold.
package main

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type person struct {
	name string
	age  int
}

func main() {
	people := []person{{"a", 30}, {"b", 20}, {"c", 25}, {"d", 20}, {"e", 30}}
	sort.Slice(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people[0].age, people[4].age)
	sort.SliceStable(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people, sort.SliceIsSorted(people, func(i, j int) bool { return people[i].name > people[j].name }))
	bs := []byte("hello")
	sort.Slice(bs, func(i, j int) bool { return bs[i] < bs[j] })
	fmt.Println(string(bs))
	func() {
		defer func() { fmt.Println(recover()) }()
		sort.Slice(42, func(i, j int) bool { return false })
	}()

	var p sync.Pool
	p.New = func() interface{} { return "new" }
	fmt.Println(p.Get())
	p.Put("old")
	fmt.Println(p.Get(), p.Get())
	var m sync.Map
	m.Store("k", 1)
	m.Store(2, "two")
	v, ok := m.Load("k")
	fmt.Println(v, ok)
	a, loaded := m.LoadOrStore(2, "x")
	fmt.Println(a, loaded)
	m.Delete("k")
	n := 0
	m.Range(func(k, v interface{}) bool { n++; return true })
	fmt.Println(n)

	for _, s := range []string{"1.5", "-0", "1e308", "1e309", "2.2250738585072011e-308", "4.9e-324", "2e-324", "0x1.8p3",
		"inf", "-Infinity", "NaN", "1_000", ".5", "5.", "1e", "", "0.1", "123456789012345678901234567890", "3.4028235e38",
		"9007199254740993", "1.00000000000000011102230246251565404236316680908203125"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err32 := strconv.ParseFloat(s, 32)
		fmt.Println(s, f, err, g, err32)
	}
	for _, s := range []string{`"a\tb\u00e9\x41"`, "`raw\\n`", `'x'`, `'\n'`, `"unterminated`, `"\q"`, `'ab'`, `"日本"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	r, mb, tail, err := strconv.UnquoteChar(`\u263a rest`, '"')
	fmt.Println(r, mb, tail, err)
	pre, err := strconv.QuotedPrefix(`"abc"def`)
	fmt.Println(pre, err)

	br := bytes.NewReader([]byte("bytes reader"))
	buf := make([]byte, 5)
	k, _ := br.Read(buf)
	rest, _ := io.ReadAll(br)
	fmt.Println(k, string(buf), string(rest), br.Len(), br.Size())
	fmt.Println(bytes.EqualFold([]byte("GoLang"), []byte("golang")), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("ÀÉ", "àé"), strings.EqualFold("Σ", "σ"))
}
