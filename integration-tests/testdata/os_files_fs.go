// targets: host wasi

// Reading directory trees: io/fs over os.DirFS (WalkDir, ReadFile, Glob, Stat, Sub),
// io/ioutil, and bufio over files.
package main

import (
	"bufio"
	"fmt"
	"io/fs"
	"io/ioutil"
	"os"
	"path"
)

func main() {
	dir, err := ioutil.TempDir("", "walk")
	if err != nil {
		fmt.Println("TempDir:", err)
		return
	}
	defer os.RemoveAll(dir)
	for _, p := range []string{"a/b/c", "a/d", "e"} {
		os.MkdirAll(path.Join(dir, p), 0755)
	}
	files := map[string]string{
		"a/one.txt":     "one\n",
		"a/b/two.txt":   "two\nlines\n",
		"a/b/c/x.go":    "package x\n",
		"e/three.txt":   "line 1\nline 2\nline 3",
		"top.md":        "# top\n",
		"a/d/empty.txt": "",
	}
	for p, s := range files {
		if err := ioutil.WriteFile(path.Join(dir, p), []byte(s), 0644); err != nil {
			fmt.Println("WriteFile:", err)
		}
	}

	fsys := os.DirFS(dir)
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fmt.Println("walkdir", p, d.IsDir())
		return nil
	})
	fmt.Println("walkdir err", err)
	b, err := fs.ReadFile(fsys, "a/b/two.txt")
	fmt.Printf("fs.ReadFile %q %v\n", b, err)
	matches, err := fs.Glob(fsys, "*/*.txt")
	fmt.Println("fs.Glob", matches, err)
	_, err = fs.Stat(fsys, "missing")
	fmt.Println("fs.Stat missing", os.IsNotExist(err))
	sub, _ := fs.Sub(fsys, "a")
	ents, err := fs.ReadDir(sub, "b")
	for _, e := range ents {
		fmt.Println("sub entry", e.Name(), e.IsDir())
	}

	infos, err := ioutil.ReadDir(path.Join(dir, "a"))
	for _, fi := range infos {
		fmt.Println("ioutil.ReadDir", fi.Name(), fi.IsDir())
	}
	data, err := ioutil.ReadFile(path.Join(dir, "top.md"))
	fmt.Printf("ioutil.ReadFile %q %v\n", data, err)
	f, err := os.Open(path.Join(dir, "e", "three.txt"))
	if err != nil {
		fmt.Println("Open:", err)
		return
	}
	all, err := ioutil.ReadAll(f)
	fmt.Println("ReadAll", len(all), err)
	f.Seek(0, 0)
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("line %d: %s\n", n, sc.Text())
	}
	fmt.Println("scan err", sc.Err())
	f.Close()

	big := path.Join(dir, "big.txt")
	w, _ := os.Create(big)
	bw := bufio.NewWriter(w)
	for i := 0; i < 2000; i++ {
		fmt.Fprintf(bw, "row %d\n", i)
	}
	bw.Flush()
	w.Close()
	r, _ := os.Open(big)
	sc = bufio.NewScanner(r)
	count, last := 0, ""
	for sc.Scan() {
		count++
		last = sc.Text()
	}
	r.Close()
	fi, _ := os.Stat(big)
	fmt.Println("big", count, last, fi.Size())
}
