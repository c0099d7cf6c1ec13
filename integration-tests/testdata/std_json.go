// targets: host wasi

// Go's encoding/json, compiled from the GOROOT: Marshal and Unmarshal of structs
// with tags, maps, slices and interfaces, Indent, Decoder, Encoder and errors.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Inner struct {
	X int     `json:"x"`
	Y float64 `json:"y,omitempty"`
}

type Rec struct {
	Name   string         `json:"name"`
	Age    int            `json:"age"`
	Tags   []string       `json:"tags"`
	Attrs  map[string]int `json:"attrs"`
	In     *Inner         `json:"in,omitempty"`
	Any    interface{}    `json:"any"`
	hidden int
	Skip   string `json:"-"`
}

func main() {
	r := Rec{Name: "bob", Age: 42, Tags: []string{"a", "b"}, Attrs: map[string]int{"z": 1, "a": 2}, In: &Inner{X: 3, Y: 1.5}, Any: []interface{}{1, "s", true, nil}}
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)
	var r2 Rec
	err = json.Unmarshal(b, &r2)
	in2 := *r2.In
	r2.In = nil
	fmt.Println(in2)
	fmt.Printf("%+v %v\n", r2, err)
	fmt.Println(in2)
	var v interface{}
	json.Unmarshal([]byte(`{"a":[1,2.5,"x",{"b":null}],"c":true}`), &v)
	fmt.Println(v)
	var out bytes.Buffer
	json.Indent(&out, b, "", "  ")
	fmt.Println(out.String())
	dec := json.NewDecoder(strings.NewReader(`{"x":1} {"x":2,"y":3}`))
	for {
		var in Inner
		if err := dec.Decode(&in); err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(in)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.Encode(map[string]interface{}{"k": []int{1, 2}, "s": "<&>"})
	err = json.Unmarshal([]byte(`{"x":"bad"}`), &Inner{})
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"x":`), &Inner{})
	fmt.Println(err)
}
