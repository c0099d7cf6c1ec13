// targets: host wasi wasm cortex-m-qemu microbit

// Go's path, compiled from the GOROOT (it uses internal/bytealg, also from the GOROOT).
package main

import (
	"fmt"
	"path"
)

func main() {
	for _, p := range []string{"", "a/b/../c", "/../x//y/./z/", "abc", "/", "a/b/c.tar.gz"} {
		fmt.Printf("%q %q %q %q %v\n", path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p))
	}
	fmt.Println(path.Join("a", "", "b/c", "../d"))
	fmt.Println(path.Split("static/css/site.css"))
	for _, pat := range []string{"*.go", "a?c", "[a-c]*", "x/*/z", "[^a]b"} {
		ok, err := path.Match(pat, "abc")
		fmt.Println(pat, ok, err)
	}
	_, err := path.Match("[", "x")
	fmt.Println(err)
}
