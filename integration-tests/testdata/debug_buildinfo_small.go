// targets: host wasi wasm cortex-m-qemu microbit arduino
// runtime/debug's build information on every target, the Uno included: one
// malformed line's error, and one BuildInfo with a quoted setting and a replacement
// written by String and read back by ParseBuildInfo (the heap left there is about
// 400 bytes). debug_buildinfo.go and debug_buildinfo_parse.go test the text form in
// full where the RAM allows.
package main

import "runtime/debug"

func main() {
	_, err := debug.ParseBuildInfo("build\tk=v w\n")
	println(err.Error())

	bi := &debug.BuildInfo{
		Path:     "p",
		Main:     debug.Module{Path: "m", Version: "v1"},
		Deps:     []*debug.Module{{Path: "d", Version: "v2", Replace: &debug.Module{Path: "r"}}},
		Settings: []debug.BuildSetting{{Key: "-tags", Value: "a b"}},
	}
	s := bi.String()
	print(s)
	p, err := debug.ParseBuildInfo(s)
	println(err == nil, p.String() == s, p.Deps[0].Replace.Path, p.Settings[0].Value)
}
