// targets: host wasi cortex-m-qemu microbit

// Errors of package os on a file that does not exist: the error values, their text
// and errors.Is against io/fs's sentinel errors. Microcontrollers have no file system,
// where every path is missing: the same output.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	_, err := os.Open("no-such-file.txt")
	fmt.Println(err)
	fmt.Println(os.IsNotExist(err), errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op", pe.Op, "path", pe.Path)
	}
	_, err = os.ReadFile("no-such-dir/file")
	fmt.Println(err, os.IsNotExist(err))
	_, err = os.Stat("no-such-file.txt")
	fmt.Println(err, os.IsNotExist(err))
	err = os.Remove("no-such-file.txt")
	fmt.Println(err, os.IsNotExist(err))
	var f *os.File
	_, err = f.Read(make([]byte, 1))
	fmt.Println(err, errors.Is(err, os.ErrInvalid))
	fmt.Println(os.IsExist(fs.ErrExist), os.IsPermission(fs.ErrPermission))
}
