// Package strings against Go's: searching, splitting, joining, trimming, replacing
// and the Builder.
package main

import "strings"

func show(xs []string) {
	print(len(xs), ":")
	for _, x := range xs {
		print(" [", x, "]")
	}
	println()
}

func isVowel(r rune) bool { return strings.ContainsRune("aeiou", r) }

func main() {
	s := "héllo, wörld, héllo"
	println(strings.Contains(s, "wö"), strings.Contains(s, "xyz"), strings.Contains(s, ""), strings.ContainsAny(s, "xyzö"))
	println(strings.Index(s, "héllo"), strings.LastIndex(s, "héllo"), strings.Index(s, "zz"), strings.IndexByte(s, ','),
		strings.IndexRune(s, 'ö'), strings.IndexAny(s, "dw"), strings.LastIndexAny(s, "dw"), strings.LastIndexByte(s, 'l'))
	println(strings.Count(s, "l"), strings.Count(s, ""), strings.Count("aaaa", "aa"), strings.Compare("a", "b"),
		strings.Compare("b", "a"), strings.Compare("x", "x"))
	println(strings.HasPrefix(s, "hé"), strings.HasSuffix(s, "llo"), strings.TrimPrefix(s, "hé"), strings.TrimSuffix(s, "héllo"))
	b, a, ok := strings.Cut(s, ", ")
	println(b, "|", a, ok)
	show(strings.Split(s, ", "))
	show(strings.Split("a,b,,c,", ","))
	show(strings.Split("abc", ""))
	show(strings.Split("", ","))
	show(strings.SplitN("a,b,c,d", ",", 2))
	show(strings.SplitN("a,b,c,d", ",", 0))
	show(strings.SplitAfter("a,b,c", ","))
	show(strings.SplitAfterN("a,b,c", ",", 2))
	show(strings.Fields("  one two\tthree\n\u00a0four  "))
	show(strings.Fields("   "))
	show(strings.FieldsFunc("banana split", isVowel))
	println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Join(nil, ","), strings.Join([]string{"solo"}, ","))
	println(strings.Repeat("ab", 3), strings.Repeat("", 5), strings.Repeat("x", 0))
	println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1),
		strings.ReplaceAll("abc", "", "-"), strings.Replace("aaa", "a", "b", 0))
	println(strings.TrimSpace(" \t hi there \n"), "|"+strings.Trim("xxhixx", "x")+"|", strings.TrimLeft("xxhixx", "x"),
		strings.TrimRight("xxhixx", "x"), strings.TrimFunc("aahiaa", isVowel))
	println(strings.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return r + 1
	}, "hello"), strings.IndexFunc("xyzab", isVowel), strings.LastIndexFunc("abxyz", isVowel))
	println(strings.Clone("copy"))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString("ab")
		sb.WriteByte('|')
		sb.WriteRune('é')
	}
	println(sb.String(), sb.Len())
	sb.Reset()
	println(sb.Len(), sb.String() == "")
}
