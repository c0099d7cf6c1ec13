// targets: host wasi wasm cortex-m-qemu microbit
// runtime/debug.ParseBuildInfo on text that BuildInfo.String would not write: lines it
// skips (unknown words, a last line without its newline, the "go" line, which it does
// not read back), later lines winning, a replacement after other lines, quoted keys
// and values with their escapes, and the error text for every kind of malformed line,
// with its line number. Not on the Uno, for the reason debug_buildinfo.go gives (this
// program's first half alone has 1,204 bytes of data and runs out of memory there).
package main

import "runtime/debug"

func show(m *debug.Module) string {
	if m == nil {
		return "nil"
	}
	return "{" + m.Path + "|" + m.Version + "|" + m.Sum + "|" + show(m.Replace) + "}"
}

func main() {
	for _, in := range []string{
		"",
		"go\tgo1.19\npath\tp\tq\nmod\tm\tv\n",
		"junk\npath\tlast line without newline",
		"dep\ta\tb\nbuild\tk=v\n=>\tx\ty\tz\n",
		"mod\ta\tb\tc\nmod\td\te\n",
		"build\t`raw\r`=`v`\nbuild\t\"\\x41\\101\\u00e9\"=\"\\U0001F600\\t\"\nbuild\tk==\n",
		"mod\ta\n",
		"dep\ta\tb\tc\td\n",
		"=>\tx\ty\tz\n",
		"dep\ta\tb\n=>\tx\n",
		"dep\ta\tb\n=>\tx\ty\tz\n=>\tp\tq\tr\n",
		"build\t\n",
		"build\tnokey\n",
		"build\t=v\n",
		"build\tk k=v\n",
		"build\tk=v w\n",
		"build\tk=\"v\"x\n",
		"build\tk=\"\\q\"\n",
		"build\t\"unterminated\n",
		"build\t\"k\"\n",
		"build\t\"k\" =v\n",
		"build\t\"k\"\xc3\xa9=v\n",
		"build\t\"k\"'=v\n",
		"path\tp\n\nbuild\tk=\"\\ud800\"\n",
	} {
		p, err := debug.ParseBuildInfo(in)
		if err != nil {
			println("error", p == nil, err.Error())
			continue
		}
		println("parsed", p.Path, "go", p.GoVersion, "main", show(&p.Main), "deps", len(p.Deps), "settings", len(p.Settings))
		for _, d := range p.Deps {
			println("  dep", show(d))
		}
		for _, s := range p.Settings {
			println("  set [" + s.Key + "] [" + s.Value + "]")
		}
	}
}
