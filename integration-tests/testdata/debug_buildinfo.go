// targets: host wasi wasm cortex-m-qemu microbit
// runtime/debug's build information in its text form: BuildInfo.String's lines
// (settings quoted as Go string literals where a key or value holds a space, tab,
// quote, line end or, in a key, '=' or nothing; control bytes, invalid UTF-8 and
// non-printable runes escaped inside; a replacement on its "=>" line, a chain of them
// on several, which ParseBuildInfo then refuses) and ParseBuildInfo reading them back
// (debug_buildinfo_parse.go has text that String does not write). ReadBuildInfo is left
// out: gc's go run embeds module information, which this compiler does not. Not on the
// Uno: strings stay in its RAM, and the package's texts with this program's leave the
// heap too small (out of memory at the first String; 1,218 of its 2,048 bytes are
// data when this program is split in two).
package main

import "runtime/debug"

func show(m *debug.Module) string {
	if m == nil {
		return "nil"
	}
	return "{" + m.Path + "|" + m.Version + "|" + m.Sum + "|" + show(m.Replace) + "}"
}

// esc shows the bytes of s outside printable ASCII as <hex>, so that the output stays
// UTF-8 whatever the setting held.
func esc(s string) string {
	const hex = "0123456789abcdef"
	var b []byte
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c >= 0x7F {
			b = append(b, '<', hex[c>>4], hex[c&0xF], '>')
		} else {
			b = append(b, c)
		}
	}
	return string(b)
}

func dump(bi *debug.BuildInfo) {
	println("  path", bi.Path, "go", bi.GoVersion, "main", show(&bi.Main), "deps", len(bi.Deps), "settings", len(bi.Settings))
	for _, d := range bi.Deps {
		println("  dep", show(d))
	}
	for _, s := range bi.Settings {
		println("  set [" + esc(s.Key) + "] [" + esc(s.Value) + "]")
	}
}

func roundTrip(bi *debug.BuildInfo) {
	s := bi.String()
	println("[" + s + "]")
	p, err := debug.ParseBuildInfo(s)
	if err != nil {
		println("  error", err.Error())
		return
	}
	println("  same text", p.String() == s)
	dump(p)
}

func main() {
	roundTrip(&debug.BuildInfo{})
	roundTrip(&debug.BuildInfo{
		GoVersion: "go1.19",
		Path:      "example.com/cmd",
		Main:      debug.Module{Path: "example.com", Version: "v1.2.3", Sum: "h1:abc="},
		Deps: []*debug.Module{
			{Path: "golang.org/x/text", Version: "v0.3.7", Sum: "h1:x"},
			{Path: "golang.org/x/sys", Version: "v0.1.0", Sum: "h1:y", Replace: &debug.Module{Path: "../sys"}},
		},
		Settings: []debug.BuildSetting{
			{Key: "-compiler", Value: "gc"},
			{Key: "-ldflags", Value: "-X main.v=1 -s"},
			{Key: "CGO_ENABLED", Value: "0"},
			{Key: "GOARM", Value: "a=b"},
		},
	})
	roundTrip(&debug.BuildInfo{Settings: []debug.BuildSetting{
		{Key: "", Value: ""},
		{Key: "k=v", Value: "tab\there"},
		{Key: "quote\"d", Value: "back`quote"},
		{Key: "cr\r", Value: "nl\n"},
		{Key: "ctl", Value: "\x01\x7f \\"},
		{Key: "utf8 é", Value: "\xff \u00a0 \u2028 \U0001F600"},
	}})
	roundTrip(&debug.BuildInfo{Main: debug.Module{Version: "v1"}, Deps: []*debug.Module{
		{Path: "a", Replace: &debug.Module{Path: "b", Version: "v2", Sum: "s", Replace: &debug.Module{Path: "c"}}},
	}})
}
