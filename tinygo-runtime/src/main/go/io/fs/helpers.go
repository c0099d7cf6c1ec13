// The helpers over an FS: each uses the file system's own method when it has one
// (ReadFileFS, ReadDirFS, StatFS, SubFS, GlobFS) and otherwise works through Open.

package fs

import (
	"errors"
	"internal/oserror"
	"io"
	"sort"
)

// ReadFileFS is a file system with its own ReadFile.
type ReadFileFS interface {
	FS
	ReadFile(name string) ([]byte, error)
}

// ReadDirFS is a file system with its own ReadDir.
type ReadDirFS interface {
	FS
	ReadDir(name string) ([]DirEntry, error)
}

// StatFS is a file system with its own Stat.
type StatFS interface {
	FS
	Stat(name string) (FileInfo, error)
}

// SubFS is a file system with its own Sub.
type SubFS interface {
	FS
	Sub(dir string) (FS, error)
}

// GlobFS is a file system with its own Glob.
type GlobFS interface {
	FS
	Glob(pattern string) ([]string, error)
}

// ReadFile reads the whole named file; reaching the end is not an error.
func ReadFile(fsys FS, name string) ([]byte, error) {
	if r, ok := fsys.(ReadFileFS); ok {
		return r.ReadFile(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 512
	if info, err := f.Stat(); err == nil && info.Size() > 0 && int64(int(info.Size())) == info.Size() {
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

// ReadDir reads the named directory and returns its entries sorted by name.
func ReadDir(fsys FS, name string) ([]DirEntry, error) {
	if r, ok := fsys.(ReadDirFS); ok {
		return r.ReadDir(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dir, ok := f.(ReadDirFile)
	if !ok {
		return nil, &PathError{Op: "readdir", Path: name, Err: errors.New("not implemented")}
	}
	list, err := dir.ReadDir(-1)
	sort.Slice(list, func(i, j int) bool { return list[i].Name() < list[j].Name() })
	return list, err
}

// Stat returns a FileInfo for the named file.
func Stat(fsys FS, name string) (FileInfo, error) {
	if s, ok := fsys.(StatFS); ok {
		return s.Stat(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.Stat()
}

// Sub returns the file system rooted at fsys's directory dir.
func Sub(fsys FS, dir string) (FS, error) {
	if !ValidPath(dir) {
		return nil, &PathError{Op: "sub", Path: dir, Err: ErrInvalid}
	}
	if dir == "." {
		return fsys, nil
	}
	if s, ok := fsys.(SubFS); ok {
		return s.Sub(dir)
	}
	return &subFS{fsys, dir}, nil
}

// subFS prefixes every name with dir and strips it again from the errors it returns.
type subFS struct {
	fsys FS
	dir  string
}

func (s *subFS) full(op, name string) (string, error) {
	if !ValidPath(name) {
		return "", &PathError{Op: op, Path: name, Err: ErrInvalid}
	}
	if name == "." {
		return s.dir, nil
	}
	return s.dir + "/" + name, nil
}

func (s *subFS) short(name string) (string, bool) {
	if name == s.dir {
		return ".", true
	}
	if len(name) > len(s.dir) && name[len(s.dir)] == '/' && name[:len(s.dir)] == s.dir {
		return name[len(s.dir)+1:], true
	}
	return "", false
}

func (s *subFS) fixErr(err error) error {
	if e, ok := err.(*PathError); ok {
		if short, ok := s.short(e.Path); ok {
			e.Path = short
		}
	}
	return err
}

func (s *subFS) Open(name string) (File, error) {
	full, err := s.full("open", name)
	if err != nil {
		return nil, err
	}
	f, err := s.fsys.Open(full)
	return f, s.fixErr(err)
}

func (s *subFS) ReadDir(name string) ([]DirEntry, error) {
	full, err := s.full("read", name)
	if err != nil {
		return nil, err
	}
	list, err := ReadDir(s.fsys, full)
	return list, s.fixErr(err)
}

func (s *subFS) ReadFile(name string) ([]byte, error) {
	full, err := s.full("read", name)
	if err != nil {
		return nil, err
	}
	data, err := ReadFile(s.fsys, full)
	return data, s.fixErr(err)
}

func (s *subFS) Glob(pattern string) ([]string, error) {
	if _, err := match(pattern, ""); err != nil {
		return nil, err
	}
	if pattern == "." {
		return []string{"."}, nil
	}
	list, err := Glob(s.fsys, s.dir+"/"+pattern)
	for i, name := range list {
		short, ok := s.short(name)
		if !ok {
			return nil, errors.New("invalid result from inner fsys Glob: " + name + " not in " + s.dir)
		}
		list[i] = short
	}
	return list, s.fixErr(err)
}

func (s *subFS) Sub(dir string) (FS, error) {
	if dir == "." {
		return s, nil
	}
	full, err := s.full("sub", dir)
	if err != nil {
		return nil, err
	}
	return &subFS{s.fsys, full}, nil
}

// SkipDir, returned by a WalkDirFunc, skips the directory (or, for a file, the rest
// of its directory).
var SkipDir error = oserror.Error("skip this directory")

// WalkDirFunc is called by WalkDir for every file and directory; see WalkDir.
type WalkDirFunc func(path string, d DirEntry, err error) error

// WalkDir walks the tree rooted at root in lexical order, calling fn for each file and
// directory. An error reading a directory is passed to a second call of fn for it;
// fn's SkipDir skips a directory, any other error stops the walk and is returned.
func WalkDir(fsys FS, root string, fn WalkDirFunc) error {
	info, err := Stat(fsys, root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(fsys, root, FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

func walkDir(fsys FS, name string, d DirEntry, fn WalkDirFunc) error {
	if err := fn(name, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil
		}
		return err
	}
	entries, err := ReadDir(fsys, name)
	if err != nil {
		err = fn(name, d, err)
		if err != nil {
			if err == SkipDir && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, e := range entries {
		child := e.Name()
		if name != "." {
			child = name + "/" + child
		}
		if err := walkDir(fsys, child, e, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}
