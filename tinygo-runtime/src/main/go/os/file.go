// Files: opening, reading, writing, seeking, directories and file information, on the
// per-target operations of the sys_*.go files. Errors are *PathError values holding an
// errno, so that os.IsNotExist and errors.Is(err, fs.ErrNotExist) hold as in Go.

package os

import (
	"errors"
	"io"
	"io/fs"
	"time"
)

// statInfo is what the targets' stat calls report.
type statInfo struct {
	size                int64
	mode                FileMode
	mtimeSec, mtimeNsec int64
	dev, ino            uint64
}

// dirent is one directory entry as the targets read it.
type dirent struct {
	name string
	typ  FileMode
}

// dirInfo holds a directory's entries, read at once on the first ReadDir.
type dirInfo struct {
	entries []dirent
	pos     int
}

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates the named file, opened for reading and writing.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile opens the named file with the flags (O_RDONLY, ...) and, when it creates
// the file, the permission bits perm (before the umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, err := sysOpen(name, flag, perm)
	if err != nil {
		return nil, &PathError{Op: "open", Path: name, Err: err}
	}
	return &File{fd: fd, name: name, appendMode: flag&O_APPEND != 0}, nil
}

func (f *File) check(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

func (f *File) wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	return &PathError{Op: op, Path: f.name, Err: err}
}

// Read reads up to len(b) bytes; at the end of the file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.check("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	if f.kind == kindUnknown {
		f.kind = sysKind(f.fd)
	}
	if f.kind == kindStream {
		streams = true
		waitReady(f.fd, false)
	}
	n, err = sysRead(f.fd, b)
	if err != nil {
		return 0, f.wrap("read", err)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// ReadAt reads len(b) bytes from offset off; it returns an error (io.EOF at the end)
// whenever it reads fewer.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.check("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := sysPread(f.fd, b, off)
		if e != nil {
			return n, f.wrap("read", e)
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return n, nil
}

// WriteAt writes len(b) bytes at offset off; not allowed on a file opened with O_APPEND.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errors.New("os: invalid use of WriteAt on file opened with O_APPEND")
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := sysPwrite(f.fd, b, off)
		if e != nil {
			return n, f.wrap("write", e)
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return n, nil
}

// ReadFrom copies r into the file until r reports io.EOF, through io.Copy (so a
// reader with WriteTo, such as strings.Reader, writes straight into the file, without
// a buffer: bufio.Writer calls ReadFrom when its own buffer is empty).
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	return io.Copy(fileWriter{f}, r)
}

// fileWriter is a File with only its Write method, so that io.Copy does not call
// ReadFrom again.
type fileWriter struct {
	f *File
}

func (w fileWriter) Write(b []byte) (int, error) {
	return w.f.Write(b)
}

// Seek sets the offset of the next Read or Write: relative to the start (whence 0),
// the current offset (1) or the end (2). It returns the new offset.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.check("seek"); err != nil {
		return 0, err
	}
	r, e := sysSeek(f.fd, offset, whence)
	if e == nil && f.dir != nil && r == 0 {
		f.dir = nil
	}
	if e != nil {
		return 0, f.wrap("seek", e)
	}
	return r, nil
}

// Close closes the file; a second Close returns an error.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	return f.wrap("close", sysClose(f.fd))
}

// Stat returns the FileInfo of the open file.
func (f *File) Stat() (FileInfo, error) {
	if err := f.check("stat"); err != nil {
		return nil, err
	}
	var st statInfo
	if err := sysFstat(f.fd, &st); err != nil {
		return nil, f.wrap("stat", err)
	}
	return newFileStat(f.name, &st), nil
}

// Sync commits the file's contents to stable storage.
func (f *File) Sync() error {
	if err := f.check("sync"); err != nil {
		return err
	}
	return f.wrap("sync", sysFsync(f.fd))
}

// Truncate changes the size of the file.
func (f *File) Truncate(size int64) error {
	if err := f.check("truncate"); err != nil {
		return err
	}
	return f.wrap("truncate", sysFtruncate(f.fd, size))
}

// Chmod changes the mode of the file.
func (f *File) Chmod(mode FileMode) error {
	if err := f.check("chmod"); err != nil {
		return err
	}
	return f.wrap("chmod", sysFchmod(f.fd, mode))
}

// Chown changes the owner and group of the file.
func (f *File) Chown(uid, gid int) error {
	if err := f.check("chown"); err != nil {
		return err
	}
	return f.wrap("chown", sysFchown(f.fd, uid, gid))
}

// Chdir makes the file, a directory, the working directory.
func (f *File) Chdir() error {
	if err := f.check("chdir"); err != nil {
		return err
	}
	return f.wrap("chdir", sysFchdir(f.fd))
}

// SetDeadline: files here do not support deadlines.
func (f *File) SetDeadline(t time.Time) error {
	return f.noDeadline()
}

// SetReadDeadline: files here do not support deadlines.
func (f *File) SetReadDeadline(t time.Time) error {
	return f.noDeadline()
}

// SetWriteDeadline: files here do not support deadlines.
func (f *File) SetWriteDeadline(t time.Time) error {
	return f.noDeadline()
}

func (f *File) noDeadline() error {
	if err := f.check("SetDeadline"); err != nil {
		return err
	}
	return ErrNoDeadline
}

// readEntries returns up to n of the directory's entries not yet returned (all when
// n <= 0), reading the directory on the first call.
func (f *File) readEntries(op string, n int) ([]dirent, error) {
	if err := f.check(op); err != nil {
		return nil, err
	}
	if f.dir == nil {
		entries, err := sysReadDir(f.fd)
		if err != nil {
			return nil, f.wrap(op, err)
		}
		f.dir = &dirInfo{entries: entries}
	}
	rest := f.dir.entries[f.dir.pos:]
	if n > 0 {
		if len(rest) == 0 {
			return nil, io.EOF
		}
		if len(rest) > n {
			rest = rest[:n]
		}
	}
	f.dir.pos += len(rest)
	return rest, nil
}

// ReadDir returns up to n entries of the directory (all remaining when n <= 0), in
// directory order; with n > 0 it returns io.EOF at the end.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	ents, err := f.readEntries("readdirent", n)
	out := make([]DirEntry, len(ents))
	for i, e := range ents {
		out[i] = &dirEntry{dir: f.name, name: e.name, typ: e.typ}
	}
	return out, err
}

// Readdir is like ReadDir but returns each entry's FileInfo (from Lstat).
func (f *File) Readdir(n int) ([]FileInfo, error) {
	ents, err := f.readEntries("readdir", n)
	out := make([]FileInfo, 0, len(ents))
	for _, e := range ents {
		info, lerr := Lstat(f.name + "/" + e.name)
		if IsNotExist(lerr) {
			continue
		}
		if lerr != nil {
			return out, lerr
		}
		out = append(out, info)
	}
	return out, err
}

// Readdirnames is like ReadDir but returns only the names.
func (f *File) Readdirnames(n int) (names []string, err error) {
	ents, err := f.readEntries("readdirent", n)
	names = make([]string, len(ents))
	for i, e := range ents {
		names[i] = e.name
	}
	return names, err
}

type dirEntry struct {
	dir, name string
	typ       FileMode
}

func (d *dirEntry) Name() string            { return d.name }
func (d *dirEntry) IsDir() bool             { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode          { return d.typ }
func (d *dirEntry) Info() (FileInfo, error) { return Lstat(d.dir + "/" + d.name) }

// fileStat is the FileInfo of Stat, Lstat and (*File).Stat.
type fileStat struct {
	name string
	st   statInfo
}

func newFileStat(path string, st *statInfo) *fileStat {
	return &fileStat{name: basename(path), st: *st}
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) Size() int64        { return fs.st.size }
func (fs *fileStat) Mode() FileMode     { return fs.st.mode }
func (fs *fileStat) ModTime() time.Time { return time.Unix(fs.st.mtimeSec, fs.st.mtimeNsec) }
func (fs *fileStat) IsDir() bool        { return fs.st.mode.IsDir() }
func (fs *fileStat) Sys() any           { return nil }

// basename is the last element of a path, without trailing slashes.
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// Stat returns the FileInfo of the named file, following symbolic links.
func Stat(name string) (FileInfo, error) {
	var st statInfo
	if err := sysStat(name, true, &st); err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	return newFileStat(name, &st), nil
}

// Lstat returns the FileInfo of the named file; a symbolic link is described itself.
func Lstat(name string) (FileInfo, error) {
	var st statInfo
	if err := sysStat(name, false, &st); err != nil {
		return nil, &PathError{Op: "lstat", Path: name, Err: err}
	}
	return newFileStat(name, &st), nil
}

// SameFile reports whether fi1 and fi2 (from this package's Stat) describe the same file.
func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	return ok1 && ok2 && a.st.dev == b.st.dev && a.st.ino == b.st.ino
}

// ReadFile reads the whole named file.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 512
	if info, err := f.Stat(); err == nil && info.Size() > 0 && info.Size() < 1<<30 {
		size = int(info.Size()) + 1
	}
	data := make([]byte, 0, size)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return data, err
		}
	}
}

// WriteFile writes data to the named file, creating it with perm (before the umask)
// or truncating it first.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err == nil {
		err = err1
	}
	return err
}

// ReadDir reads the named directory and returns its entries sorted by file name.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	list, err := f.ReadDir(-1)
	sortEntries(list)
	return list, err
}

func sortEntries(list []DirEntry) {
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && list[j].Name() < list[j-1].Name(); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
}

// DirFS returns a file system (an fs.FS) for the tree of files rooted at dir.
func DirFS(dir string) fs.FS {
	return dirFS(dir)
}

type dirFS string

func (dir dirFS) join(op, name string) (string, error) {
	if !fs.ValidPath(name) {
		return "", &PathError{Op: op, Path: name, Err: ErrInvalid}
	}
	return string(dir) + "/" + name, nil
}

func (dir dirFS) Open(name string) (fs.File, error) {
	full, err := dir.join("open", name)
	if err != nil {
		return nil, err
	}
	f, err := Open(full)
	if err != nil {
		return nil, err
	}
	return f, nil
}

func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	full, err := dir.join("stat", name)
	if err != nil {
		return nil, err
	}
	f, err := Stat(full)
	if err != nil {
		return nil, err
	}
	return f, nil
}
