// targets: host wasi

// Files through package os: create, write, read, seek, stat, rename, remove and
// directories, in a temporary directory of the program's own.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
)

func check(what string, err error) {
	if err != nil {
		fmt.Println(what, "failed:", err)
		os.Exit(1)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "osfiles")
	check("MkdirTemp", err)
	defer os.RemoveAll(dir)

	name := path.Join(dir, "a.txt")
	f, err := os.Create(name)
	check("Create", err)
	n, err := f.Write([]byte("hello, "))
	fmt.Println("write", n, err)
	n, err = f.WriteString("files\n")
	fmt.Println("writestring", n, err)
	check("Close", f.Close())
	fmt.Println("close again:", f.Close() != nil)

	f, err = os.Open(name)
	check("Open", err)
	buf := make([]byte, 5)
	n, err = f.Read(buf)
	fmt.Printf("read %d %q %v\n", n, buf[:n], err)
	off, err := f.Seek(2, io.SeekCurrent)
	fmt.Println("seek", off, err)
	rest, err := io.ReadAll(f)
	fmt.Printf("rest %q %v\n", rest, err)
	n, err = f.Read(buf)
	fmt.Println("at end", n, err == io.EOF)
	off, _ = f.Seek(-6, io.SeekEnd)
	n, _ = f.Read(buf)
	fmt.Printf("from end %d %q\n", off, buf[:n])
	n, err = f.ReadAt(buf[:4], 1)
	fmt.Printf("readat %d %q %v\n", n, buf[:n], err)
	fi, err := f.Stat()
	check("Stat", err)
	fmt.Println("stat", fi.Name(), fi.Size(), fi.IsDir(), fi.Mode().IsRegular())
	_, err = f.Write([]byte("x"))
	fmt.Println("write to read-only fails:", err != nil)
	f.Close()

	f, err = os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0644)
	check("OpenFile append", err)
	f.WriteString("more\n")
	f.Close()
	data, err := os.ReadFile(name)
	fmt.Printf("readfile %q %v\n", data, err)

	f, err = os.OpenFile(name, os.O_RDWR|os.O_TRUNC, 0644)
	check("OpenFile trunc", err)
	f.WriteString("0123456789")
	f.WriteAt([]byte("AB"), 3)
	f.Seek(0, io.SeekStart)
	data, _ = io.ReadAll(f)
	fmt.Printf("rdwr %q\n", data)
	f.Close()

	_, err = os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	fmt.Println("excl exists:", os.IsExist(err), errors.Is(err, fs.ErrExist))

	check("WriteFile", os.WriteFile(path.Join(dir, "b.txt"), []byte("bee"), 0600))
	check("Mkdir", os.Mkdir(path.Join(dir, "sub"), 0755))
	err = os.Mkdir(path.Join(dir, "sub"), 0755)
	fmt.Println("mkdir again:", os.IsExist(err))
	check("MkdirAll", os.MkdirAll(path.Join(dir, "sub", "x", "y"), 0755))
	check("MkdirAll again", os.MkdirAll(path.Join(dir, "sub", "x", "y"), 0755))
	check("Rename", os.Rename(path.Join(dir, "b.txt"), path.Join(dir, "sub", "c.txt")))

	entries, err := os.ReadDir(dir)
	check("ReadDir", err)
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println("entry", e.Name(), e.IsDir(), e.Type().IsDir(), info.Size() > 0)
	}
	d, err := os.Open(path.Join(dir, "sub"))
	check("Open dir", err)
	names, err := d.Readdirnames(-1)
	sort.Strings(names)
	fmt.Println("names", names, err)
	d.Close()

	fi, err = os.Stat(path.Join(dir, "sub"))
	fmt.Println("stat dir", fi.Name(), fi.IsDir(), fi.Mode().IsDir(), err)
	fi, err = os.Lstat(path.Join(dir, "sub", "c.txt"))
	fmt.Println("lstat", fi.Name(), fi.Size(), fi.Mode().IsRegular(), err)

	err = os.Remove(path.Join(dir, "sub"))
	fmt.Println("remove non-empty fails:", err != nil)
	check("Remove", os.Remove(path.Join(dir, "sub", "c.txt")))
	check("RemoveAll", os.RemoveAll(path.Join(dir, "sub")))
	_, err = os.Stat(path.Join(dir, "sub"))
	fmt.Println("gone:", os.IsNotExist(err))
	check("RemoveAll missing", os.RemoveAll(path.Join(dir, "nothing")))

	tf, err := os.CreateTemp(dir, "tmp*.txt")
	check("CreateTemp", err)
	base := path.Base(tf.Name())
	fmt.Println("createtemp", base[:3], path.Ext(base), path.Dir(tf.Name()) == dir)
	tf.Close()

	wd, err := os.Getwd()
	fmt.Println("getwd", wd != "", err)
	fmt.Println("tempdir", os.TempDir() != "")
	os.Setenv("OSFILES_VAR", "v1")
	fmt.Println("env", os.Getenv("OSFILES_VAR"), len(os.Environ()) > 0)
	os.Unsetenv("OSFILES_VAR")
	_, ok := os.LookupEnv("OSFILES_VAR")
	fmt.Println("unset", ok)
}
