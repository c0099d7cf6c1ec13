// Package fs is tinygo4j's io/fs: the interfaces of a read-only file system (FS, File,
// DirEntry, FileInfo), file modes, the sentinel errors that os's errors match with
// errors.Is, and the helpers built on the interfaces (ReadFile, ReadDir, Stat, Sub,
// Glob, WalkDir). It imports only embedded packages, so os can build on it with or
// without a GOROOT.
package fs

import (
	"internal/oserror"
	"time"
	"unicode/utf8"
)

// An FS gives access to a hierarchical file system.
type FS interface {
	// Open opens the named file; a failure should be a *PathError.
	Open(name string) (File, error)
}

// A File is an open file of an FS.
type File interface {
	Stat() (FileInfo, error)
	Read([]byte) (int, error)
	Close() error
}

// A DirEntry is an entry read from a directory.
type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

// A ReadDirFile is a directory file whose entries can be read with ReadDir.
type ReadDirFile interface {
	File
	ReadDir(n int) ([]DirEntry, error)
}

// A FileInfo describes a file, as Stat returns it.
type FileInfo interface {
	Name() string
	Size() int64
	Mode() FileMode
	ModTime() time.Time
	IsDir() bool
	Sys() any
}

// ValidPath reports whether name is a path that an FS accepts: slash-separated
// elements that are neither empty, "." nor "..", no leading or trailing slash, valid
// UTF-8; the name "." alone means the root.
func ValidPath(name string) bool {
	if !utf8.ValidString(name) {
		return false
	}
	if name == "." {
		return true
	}
	start := 0
	for i := 0; i <= len(name); i++ {
		if i < len(name) && name[i] != '/' {
			continue
		}
		elem := name[start:i]
		if elem == "" || elem == "." || elem == ".." {
			return false
		}
		start = i + 1
	}
	return true
}

// The errors that file systems return, to be tested with errors.Is (constants boxed
// at compile time, see internal/oserror).
var (
	ErrInvalid    error = oserror.Error("invalid argument")
	ErrPermission error = oserror.Error("permission denied")
	ErrExist      error = oserror.Error("file already exists")
	ErrNotExist   error = oserror.Error("file does not exist")
	ErrClosed     error = oserror.Error("file already closed")
)

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string {
	return e.Op + " " + e.Path + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *PathError) Unwrap() error {
	return e.Err
}

// Timeout reports whether the underlying error is a timeout.
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// A FileMode is a file's mode and permission bits, with the same values on every system.
type FileMode uint32

// The mode bits; ModePerm holds the Unix permission bits.
const (
	ModeDir        FileMode = 1 << (32 - 1 - iota) // d: is a directory
	ModeAppend                                     // a: append-only
	ModeExclusive                                  // l: exclusive use
	ModeTemporary                                  // T: temporary file
	ModeSymlink                                    // L: symbolic link
	ModeDevice                                     // D: device file
	ModeNamedPipe                                  // p: named pipe
	ModeSocket                                     // S: Unix domain socket
	ModeSetuid                                     // u: setuid
	ModeSetgid                                     // g: setgid
	ModeCharDevice                                 // c: character device
	ModeSticky                                     // t: sticky
	ModeIrregular                                  // ?: not a regular file of a known kind

	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777
)

// String formats the mode as ls does, the type letters first ("drwxr-xr-x").
func (m FileMode) String() string {
	const letters = "dalTLDpSugct?"
	var buf [32]byte
	n := 0
	for i, c := range letters {
		if m&(1<<uint(32-1-i)) != 0 {
			buf[n] = byte(c)
			n++
		}
	}
	if n == 0 {
		buf[n] = '-'
		n++
	}
	const rwx = "rwxrwxrwx"
	for i, c := range rwx {
		if m&(1<<uint(9-1-i)) != 0 {
			buf[n] = byte(c)
		} else {
			buf[n] = '-'
		}
		n++
	}
	return string(buf[:n])
}

// IsDir reports whether m describes a directory.
func (m FileMode) IsDir() bool {
	return m&ModeDir != 0
}

// IsRegular reports whether m describes a regular file (no type bit set).
func (m FileMode) IsRegular() bool {
	return m&ModeType == 0
}

// Perm returns the Unix permission bits of m.
func (m FileMode) Perm() FileMode {
	return m & ModePerm
}

// Type returns the type bits of m.
func (m FileMode) Type() FileMode {
	return m & ModeType
}

// FileInfoToDirEntry returns a DirEntry that reports from info, or nil for a nil info.
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return infoEntry{info}
}

type infoEntry struct {
	info FileInfo
}

func (e infoEntry) Name() string            { return e.info.Name() }
func (e infoEntry) IsDir() bool             { return e.info.IsDir() }
func (e infoEntry) Type() FileMode          { return e.info.Mode().Type() }
func (e infoEntry) Info() (FileInfo, error) { return e.info, nil }
