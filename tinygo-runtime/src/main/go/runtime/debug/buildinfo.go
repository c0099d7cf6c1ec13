package debug

// Build information: the types that describe how a binary was built, their text form
// (the lines `go version -m` prints) and its parser. The compiler embeds no module
// information, so ReadBuildInfo has nothing to return.

// BuildInfo is how a binary was built: the toolchain's version (GoVersion), the import
// path of package main (Path), its module (Main), the modules it depends on (Deps) and
// the build's settings.
type BuildInfo struct {
	GoVersion string
	Path      string
	Main      Module
	Deps      []*Module
	Settings  []BuildSetting
}

// Module is one module of a build: its path, version and go.sum checksum, and the
// module that replaces it (nil when none does).
type Module struct {
	Path    string
	Version string
	Sum     string
	Replace *Module
}

// BuildSetting is a key-value pair describing one setting that influenced a build
// (-compiler, -tags, CGO_ENABLED, GOOS, vcs.revision, ...).
type BuildSetting struct {
	Key, Value string
}

// ReadBuildInfo returns the build information embedded in the running binary. The
// compiler embeds none (no module, dependency or setting is recorded), so it returns
// nil and false, as gc's does for a binary built without module support.
func ReadBuildInfo() (info *BuildInfo, ok bool) {
	return nil, false
}

// String returns the build information in the text form that ParseBuildInfo reads:
// a "go", "path" and "mod" line where those are set, a "dep" line per dependency
// (with its replacement on a "=>" line after it) and a "build" line per setting.
func (bi *BuildInfo) String() string {
	b := make([]byte, 0, bi.textSize())
	if bi.GoVersion != "" {
		b = append(b, "go\t"...)
		b = append(b, bi.GoVersion...)
		b = append(b, '\n')
	}
	if bi.Path != "" {
		b = append(b, "path\t"...)
		b = append(b, bi.Path...)
		b = append(b, '\n')
	}
	if bi.Main != (Module{}) {
		b = appendModule(b, "mod", &bi.Main)
	}
	for _, dep := range bi.Deps {
		b = appendModule(b, "dep", dep)
	}
	for _, s := range bi.Settings {
		b = append(b, "build\t"...)
		if needsQuote(s.Key, true) {
			b = appendQuoted(b, s.Key, '"')
		} else {
			b = append(b, s.Key...)
		}
		b = append(b, '=')
		if needsQuote(s.Value, false) {
			b = appendQuoted(b, s.Value, '"')
		} else {
			b = append(b, s.Value...)
		}
		b = append(b, '\n')
	}
	return string(b)
}

// textSize is the length of String's text where nothing needs quoting, so that the
// text is built in one array (the Uno's heap is a few hundred bytes).
func (bi *BuildInfo) textSize() int {
	n := len("go\t\npath\t\n") + len(bi.GoVersion) + len(bi.Path) + moduleSize(&bi.Main)
	for _, dep := range bi.Deps {
		n += moduleSize(dep)
	}
	for _, s := range bi.Settings {
		n += len("build\t=\n") + len(s.Key) + len(s.Value)
	}
	return n
}

// moduleSize is the length of m's lines and its replacements'.
func moduleSize(m *Module) int {
	n := 0
	for ; m != nil; m = m.Replace {
		n += len("dep\t\t\t\n\n") + len(m.Path) + len(m.Version) + len(m.Sum)
	}
	return n
}

// appendModule appends m's line under the given word. A replaced module's sum is left
// out and its replacement follows on a "=>" line; as in Go 1.19, each module of the
// chain then ends its own line once more, which leaves an empty line after it.
func appendModule(b []byte, word string, m *Module) []byte {
	b = append(b, word...)
	b = append(b, '\t')
	b = append(b, m.Path...)
	b = append(b, '\t')
	b = append(b, m.Version...)
	if m.Replace != nil {
		b = append(b, '\n')
		b = appendModule(b, "=>", m.Replace)
	} else {
		b = append(b, '\t')
		b = append(b, m.Sum...)
	}
	return append(b, '\n')
}

// needsQuote reports whether a setting's key or value must be written as a Go string
// literal: when it holds a space, a tab, a line end or a quote character (or, for a
// key, '=' or nothing at all), which the line could not show unquoted.
func needsQuote(s string, key bool) bool {
	if key && s == "" {
		return true
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\r', '\n', '"', '`':
			return true
		case '=':
			if key {
				return true
			}
		}
	}
	return false
}

// indexByte returns the index of the first c in s, or -1. (Package strings is not
// imported: its dependencies' initialisers would run in every program that imports
// this package.)
func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// hasPrefix reports whether s begins with prefix.
func hasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

// ParseBuildInfo parses the text form of build information that BuildInfo.String
// writes. Lines it does not know are skipped, and so is a last line without its
// newline; the "go" line is not read back (GoVersion stays empty), as in Go 1.19.
func ParseBuildInfo(data string) (bi *BuildInfo, err error) {
	bi = new(BuildInfo)
	var last *Module // the module a "=>" line replaces
	for n := 1; ; n++ {
		end := indexByte(data, '\n')
		if end < 0 {
			break
		}
		line := data[:end]
		data = data[end+1:]
		var msg string
		switch {
		case hasPrefix(line, "path\t"):
			bi.Path = line[len("path\t"):]
		case hasPrefix(line, "mod\t"):
			var m Module
			if m, msg = parseModule(line[len("mod\t"):], false); msg == "" {
				bi.Main = m
				last = &bi.Main
			}
		case hasPrefix(line, "dep\t"):
			var m Module
			if m, msg = parseModule(line[len("dep\t"):], false); msg == "" {
				dep := &m
				bi.Deps = append(bi.Deps, dep)
				last = dep
			}
		case hasPrefix(line, "=>\t"):
			var m Module
			if m, msg = parseModule(line[len("=>\t"):], true); msg == "" {
				if last == nil {
					msg = "replacement with no module on previous line"
				} else {
					last.Replace = &m
					last = nil
				}
			}
		case hasPrefix(line, "build\t"):
			var s BuildSetting
			if s, msg = parseSetting(line[len("build\t"):]); msg == "" {
				bi.Settings = append(bi.Settings, s)
			}
		}
		if msg != "" {
			const prefix = "could not parse Go build info: line "
			b := make([]byte, 0, len(prefix)+len(": ")+len(msg)+10)
			b = append(b, prefix...)
			b = appendInt(b, n)
			b = append(b, ": "...)
			b = append(b, msg...)
			return nil, &parseError{string(b)}
		}
	}
	return bi, nil
}

// parseError is the error of ParseBuildInfo (gc's is made by fmt.Errorf).
type parseError struct {
	msg string
}

func (e *parseError) Error() string {
	return e.msg
}

// countMessage is before followed by n in decimal, and quotedMessage before, s as a
// literal quoted with quote, and after: error texts, each built in one array (the
// Uno's heap is a few hundred bytes).
func countMessage(before string, n int) string {
	return string(appendInt(append(make([]byte, 0, len(before)+4), before...), n))
}

func quotedMessage(before, s string, quote byte, after string) string {
	b := make([]byte, 0, len(before)+len(s)+len(after)+8)
	b = appendQuoted(append(b, before...), s, quote)
	return string(append(b, after...))
}

// parseModule reads the tab-separated columns of a "mod", "dep" or "=>" line: path,
// version and, optionally (always, for a replacement), the sum. It returns the
// problem's text when the columns do not fit.
func parseModule(cols string, replacement bool) (Module, string) {
	var f []string
	for {
		tab := indexByte(cols, '\t')
		if tab < 0 {
			break
		}
		f = append(f, cols[:tab])
		cols = cols[tab+1:]
	}
	f = append(f, cols)
	if replacement && len(f) != 3 {
		return Module{}, countMessage("expected 3 columns for replacement; got ", len(f))
	}
	if len(f) != 2 && len(f) != 3 {
		return Module{}, countMessage("expected 2 or 3 columns; got ", len(f))
	}
	m := Module{Path: f[0], Version: f[1]}
	if len(f) == 3 {
		m.Sum = f[2]
	}
	return m, ""
}

// parseSetting reads "key=value" of a "build" line, either side possibly a quoted
// Go string literal. It returns the problem's text when the setting is malformed.
func parseSetting(kv string) (BuildSetting, string) {
	var s BuildSetting
	if kv == "" {
		return s, "build line missing '='"
	}
	if kv[0] == '"' || kv[0] == '`' {
		var ok bool
		if s.Key, kv, ok = unquotePrefix(kv); !ok {
			return s, "invalid quoted key in build line"
		}
		if kv == "" {
			return s, "build line missing '=' after quoted key"
		}
		if kv[0] != '=' {
			return s, quotedMessage("unexpected character after quoted key: ", string(rune(kv[0])), '\'', "")
		}
		kv = kv[1:]
	} else {
		eq := indexByte(kv, '=')
		if eq < 0 {
			return s, "build line missing '=' after key"
		}
		if eq == 0 {
			return s, "build line with missing key"
		}
		s.Key = kv[:eq]
		if needsQuote(s.Key, true) {
			return s, quotedMessage("unquoted key ", s.Key, '"', " must be quoted")
		}
		kv = kv[eq+1:]
	}
	if kv != "" && (kv[0] == '"' || kv[0] == '`') {
		v, rest, ok := unquotePrefix(kv)
		if !ok || rest != "" {
			return s, "invalid quoted value in build line"
		}
		s.Value = v
	} else {
		if needsQuote(kv, false) {
			return s, quotedMessage("unquoted value ", kv, '"', " must be quoted")
		}
		s.Value = kv
	}
	return s, ""
}
