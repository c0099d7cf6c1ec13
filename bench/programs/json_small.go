// A small encoding/json program (Unmarshal and Marshal of a struct with a tag), for
// the size of Go's encoding/json compiled from the GOROOT.
package main

import (
	"encoding/json"
	"os"
)

type Point struct {
	X, Y int
	Name string `json:"name"`
}

func main() {
	var p Point
	json.Unmarshal([]byte(`{"X":1,"Y":2,"name":"p"}`), &p)
	p.X++
	b, _ := json.Marshal(p)
	os.Stdout.Write(append(b, '\n'))
}
