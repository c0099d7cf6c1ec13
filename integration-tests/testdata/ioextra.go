// targets: host wasi cortex-m-qemu microbit

// io's readers and writers (LimitReader, CopyN, MultiReader, MultiWriter, TeeReader,
// NopCloser, SectionReader, Pipe between goroutines), strings.Replacer,
// strings.ToValidUTF8, bytes.Map and sort.Find.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

func main() {
	lr := io.LimitReader(strings.NewReader("abcdefgh"), 3)
	b, _ := io.ReadAll(lr)
	fmt.Println(string(b))
	var buf bytes.Buffer
	n, err := io.CopyN(&buf, strings.NewReader("0123456789"), 4)
	fmt.Println(n, err, buf.String())
	n, err = io.CopyN(&buf, strings.NewReader("xy"), 4)
	fmt.Println(n, err, buf.String())
	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader(""), strings.NewReader("two"))
	b, _ = io.ReadAll(mr)
	fmt.Println(string(b))
	var w1, w2 bytes.Buffer
	mw := io.MultiWriter(&w1, &w2)
	fmt.Fprint(mw, "both")
	fmt.Println(w1.String(), w2.String())
	var tee bytes.Buffer
	b, _ = io.ReadAll(io.TeeReader(strings.NewReader("teed"), &tee))
	fmt.Println(string(b), tee.String())
	rc := io.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	b, _ = io.ReadAll(sr)
	fmt.Println(string(b), sr.Size())
	p := make([]byte, 3)
	k, err := sr.ReadAt(p, 3)
	fmt.Println(k, err, string(p[:k]))
	pos, err := sr.Seek(1, io.SeekStart)
	fmt.Println(pos, err)

	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through ")
		fmt.Fprint(pw, "the pipe")
		pw.Close()
	}()
	b, err = io.ReadAll(pr)
	fmt.Println(string(b), err)
	pr2, pw2 := io.Pipe()
	pr2.Close()
	_, err = pw2.Write([]byte("x"))
	fmt.Println(err)

	r := strings.NewReplacer("a", "1", "bb", "2", "<", "&lt;", "b", "B")
	fmt.Println(r.Replace("abba<c>bab"))
	r.WriteString(os.Stdout, "a<b\n")
	fmt.Printf("%q\n", strings.NewReplacer("", "-").Replace("héllo")) // bytes, not runes: invalid UTF-8
	fmt.Println(strings.NewReplacer("aaa", "3", "aa", "2", "a", "1").Replace("aaaaaa aa a"))
	fmt.Printf("%q\n", strings.ToValidUTF8("a\xff\xfeb\xc0", "?"))
	fmt.Println(string(bytes.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return r + 1
	}, []byte("hello"))))
	xs := []int{1, 3, 5, 7, 9}
	for _, t := range []int{0, 5, 6, 10} {
		i, found := sort.Find(len(xs), func(i int) int { return t - xs[i] })
		fmt.Println(t, i, found)
	}
}
