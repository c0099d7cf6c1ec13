// targets: host wasi

// path/filepath over the file system: Walk (with SkipDir), WalkDir and Glob in a
// temporary tree, printing paths relative to it. On the host and wasi: Go 1.19's
// path/filepath imports syscall, which is Go's on the host and our embedded one on
// wasi (Go 1.19 has none for wasip1).
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "fpwalk")
	if err != nil {
		fmt.Println("MkdirTemp:", err)
		return
	}
	defer os.RemoveAll(dir)
	for _, p := range []string{"a/b/c", "a/d", "e"} {
		os.MkdirAll(filepath.Join(dir, p), 0755)
	}
	for _, p := range []string{"a/one.txt", "a/b/two.txt", "a/b/c/x.go", "e/three.txt", "top.md", "a/d/empty.txt"} {
		os.WriteFile(filepath.Join(dir, p), []byte(p), 0644)
	}
	err = filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if info.IsDir() && info.Name() == "c" {
			fmt.Println("skip", rel)
			return filepath.SkipDir
		}
		size := info.Size()
		if info.IsDir() {
			size = -1
		}
		fmt.Println("walk", filepath.ToSlash(rel), info.IsDir(), size)
		return nil
	})
	fmt.Println("walk err", err)
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if !d.IsDir() && strings.HasSuffix(p, ".txt") {
			rel, _ := filepath.Rel(dir, p)
			fmt.Println("walkdir txt", rel)
		}
		return err
	})
	glob, err := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	for _, g := range glob {
		rel, _ := filepath.Rel(dir, g)
		fmt.Println("glob", rel)
	}

	abs, err := filepath.Abs("rel/x")
	fmt.Println("abs", filepath.IsAbs(abs), strings.HasSuffix(abs, "/rel/x"), err)
	_, err = filepath.EvalSymlinks(filepath.Join(dir, "missing"))
	fmt.Println("evalsymlinks missing", os.IsNotExist(err))
}
