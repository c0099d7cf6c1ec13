// Package os is tinygo4j's operating-system interface: process exit, the command
// line, the environment, the standard files and files. Writes go through the
// runtime's per-target writer (a system call on Linux, fd_write on WASI, the console
// on microcontrollers); the other file operations through sys_linux.go (Linux system
// calls), sys_wasi.go (WASI preview 1 on pre-opened directories) or sys_none.go
// (targets without a file system, where every path is missing).
package os

import (
	"errors"
	_ "unsafe"
)

//go:linkname runtimeExit runtime.exit
func runtimeExit(code int)

//go:linkname runtimeWriteFD runtime.writeFD
func runtimeWriteFD(fd int, p *byte, n uintptr) int

//go:linkname runtimeArgs runtime.osArgs
func runtimeArgs() []string

//go:linkname runtimeEnviron runtime.osEnviron
func runtimeEnviron() []string

// Args holds the command-line arguments, starting with the program name.
var Args []string

func init() {
	Args = runtimeArgs()
}

// Exit ends the program at once with the given status code; deferred functions do
// not run. Code zero means success.
func Exit(code int) {
	runtimeExit(code)
}

// A File is an open file descriptor.
type File struct {
	fd         int
	name       string
	dir        *dirInfo
	closed     bool
	appendMode bool
	kind       fileKind
}

// fileKind says whether a file's reads and writes may wait for another process (a
// pipe, a socket, a terminal): those wait with the other goroutines running (see
// waitReady); learnt from fstat at the first read, or known when os.Pipe made it.
type fileKind uint8

const (
	kindUnknown fileKind = iota
	kindBlocking
	kindStream
)

// streams is whether the program has met a stream file: only one that opens a pipe or
// reads a file can, and in the others (a fmt hello) Write keeps no code for them.
var streams bool

// streamChunk is the most a write to a stream file writes at once once it is ready:
// a pipe that polls writable takes that much without blocking (Linux's PIPE_BUF).
const streamChunk = 4096

// The standard input, output and error files.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a File for the descriptor fd with the given name.
func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

// Name returns the name the file was opened (or created) with.
func (f *File) Name() string {
	return f.name
}

// Fd returns the file's descriptor.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// Write writes b to the file and returns the number of bytes written; err is not nil
// when fewer than len(b) bytes were written.
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, &PathError{Op: "write", Path: f.name, Err: ErrClosed}
	}
	if len(b) == 0 {
		return 0, nil
	}
	if streams && f.kind == kindStream {
		return f.writeStream(b)
	}
	r := runtimeWriteFD(f.fd, &b[0], uintptr(len(b)))
	if r < 0 {
		// not the errno (its error texts would join every program that prints)
		return 0, &PathError{Op: "write", Path: f.name, Err: errors.New("write error")}
	}
	if r < len(b) {
		return r, &PathError{Op: "write", Path: f.name, Err: errors.New("short write")}
	}
	return r, nil
}

// writeStream writes b to a stream file in chunks, each once the descriptor is ready,
// so that a full pipe does not stop the goroutine that would empty it.
func (f *File) writeStream(b []byte) (n int, err error) {
	for n < len(b) {
		waitReady(f.fd, true)
		chunk := len(b) - n
		if chunk > streamChunk {
			chunk = streamChunk
		}
		r := runtimeWriteFD(f.fd, &b[n], uintptr(chunk))
		if r < 0 {
			return n, &PathError{Op: "write", Path: f.name, Err: errors.New("write error")}
		}
		n += r
	}
	return n, nil
}

// WriteString is like Write with the contents of s.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}
