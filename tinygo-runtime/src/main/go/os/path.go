// Operations on paths: directories, removal, renaming, links, temporary files and
// the working directory.

package os

import (
	"errors"
	"time"
)

// Mkdir creates a directory with the permission bits perm (before the umask).
func Mkdir(name string, perm FileMode) error {
	if err := sysMkdir(name, perm); err != nil {
		return &PathError{Op: "mkdir", Path: name, Err: err}
	}
	return nil
}

// MkdirAll creates the directory path and every missing parent; an existing directory
// is not an error.
func MkdirAll(path string, perm FileMode) error {
	if fi, err := Stat(path); err == nil {
		if fi.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: eNOTDIR}
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	if err := Mkdir(path, perm); err != nil {
		if fi, e := Lstat(path); e == nil && fi.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Remove removes the named file or empty directory.
func Remove(name string) error {
	e := sysUnlink(name)
	if e == nil {
		return nil
	}
	e1 := sysRmdir(name)
	if e1 == nil {
		return nil
	}
	if e1 != eNOTDIR {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: e}
}

// RemoveAll removes path and everything it contains; a missing path is not an error.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || len(path) >= 2 && path[len(path)-2:] == "/." {
		return &PathError{Op: "RemoveAll", Path: path, Err: eINVAL}
	}
	if err := Remove(path); err == nil || IsNotExist(err) {
		return nil
	}
	fi, err := Lstat(path)
	if err != nil {
		if IsNotExist(err) {
			return nil
		}
		return err
	}
	if !fi.IsDir() {
		return Remove(path)
	}
	f, err := Open(path)
	if err != nil {
		if IsNotExist(err) {
			return nil
		}
		return err
	}
	names, err := f.Readdirnames(-1)
	f.Close()
	if err != nil {
		return err
	}
	var first error
	for _, n := range names {
		if err := RemoveAll(path + "/" + n); err != nil && first == nil {
			first = err
		}
	}
	if err := Remove(path); err != nil && !IsNotExist(err) && first == nil {
		first = err
	}
	return first
}

// Rename moves oldpath to newpath, replacing a file there.
func Rename(oldpath, newpath string) error {
	if err := sysRename(oldpath, newpath); err != nil {
		return &LinkError{Op: "rename", Old: oldpath, New: newpath, Err: err}
	}
	return nil
}

// Link creates newname as a hard link to oldname.
func Link(oldname, newname string) error {
	if err := sysLink(oldname, newname); err != nil {
		return &LinkError{Op: "link", Old: oldname, New: newname, Err: err}
	}
	return nil
}

// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if err := sysSymlink(oldname, newname); err != nil {
		return &LinkError{Op: "symlink", Old: oldname, New: newname, Err: err}
	}
	return nil
}

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error) {
	s, err := sysReadlink(name)
	if err != nil {
		return "", &PathError{Op: "readlink", Path: name, Err: err}
	}
	return s, nil
}

// Chmod changes the mode of the named file.
func Chmod(name string, mode FileMode) error {
	if err := sysChmod(name, mode); err != nil {
		return &PathError{Op: "chmod", Path: name, Err: err}
	}
	return nil
}

// Chown changes the owner and group of the named file, following symbolic links.
func Chown(name string, uid, gid int) error {
	if err := sysChown(name, uid, gid, true); err != nil {
		return &PathError{Op: "chown", Path: name, Err: err}
	}
	return nil
}

// Lchown changes the owner and group of the named file itself.
func Lchown(name string, uid, gid int) error {
	if err := sysChown(name, uid, gid, false); err != nil {
		return &PathError{Op: "lchown", Path: name, Err: err}
	}
	return nil
}

// Chtimes changes the access and modification times of the named file.
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	if err := sysChtimes(name, atime.Unix(), int64(atime.Nanosecond()), mtime.Unix(), int64(mtime.Nanosecond())); err != nil {
		return &PathError{Op: "chtimes", Path: name, Err: err}
	}
	return nil
}

// Truncate changes the size of the named file.
func Truncate(name string, size int64) error {
	if err := sysTruncate(name, size); err != nil {
		return &PathError{Op: "truncate", Path: name, Err: err}
	}
	return nil
}

// Getwd returns the absolute path of the working directory.
func Getwd() (dir string, err error) {
	wd, err := sysGetwd()
	if err != nil {
		return "", NewSyscallError("getwd", err)
	}
	return wd, nil
}

// Chdir changes the working directory.
func Chdir(dir string) error {
	if err := sysChdir(dir); err != nil {
		return &PathError{Op: "chdir", Path: dir, Err: err}
	}
	return nil
}

// TempDir returns the directory for temporary files: $TMPDIR, else /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

var tempSeed uint32

// nextRandom returns a pseudo-random number for temporary names, seeded from the clock.
func nextRandom() uint32 {
	if tempSeed == 0 {
		tempSeed = uint32(time.Now().UnixNano()) | 1
	}
	tempSeed ^= tempSeed << 13
	tempSeed ^= tempSeed >> 17
	tempSeed ^= tempSeed << 5
	return tempSeed
}

// tempName splits pattern at its last '*' (the random part goes there, else at the end).
func tempName(dir, pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", "", errors.New("pattern contains path separator")
		}
	}
	prefix, suffix = pattern, ""
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			prefix, suffix = pattern[:i], pattern[i+1:]
			break
		}
	}
	if dir == "" {
		dir = TempDir()
	}
	if dir[len(dir)-1] != '/' {
		dir += "/"
	}
	return dir + prefix, suffix, nil
}

// MkdirTemp creates a new directory in dir (TempDir() when empty) whose name is pattern
// with a random string at its last '*' (or appended), and returns its name.
func MkdirTemp(dir, pattern string) (string, error) {
	prefix, suffix, err := tempName(dir, pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	for try := 0; ; try++ {
		name := prefix + uitoa(nextRandom()) + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if !IsExist(err) || try > 10000 {
			return "", &PathError{Op: "mkdirtemp", Path: prefix + "*" + suffix, Err: underlying(err)}
		}
	}
}

// CreateTemp creates and opens a new file in dir (TempDir() when empty) whose name is
// pattern with a random string at its last '*' (or appended).
func CreateTemp(dir, pattern string) (*File, error) {
	prefix, suffix, err := tempName(dir, pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	for try := 0; ; try++ {
		name := prefix + uitoa(nextRandom()) + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if err == nil {
			return f, nil
		}
		if !IsExist(err) || try > 10000 {
			return nil, &PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: underlying(err)}
		}
	}
}

func uitoa(v uint32) string {
	return itoa(int(v))
}

// Getpagesize returns the memory page size of the system.
func Getpagesize() int {
	return pageSize
}

// Getpid returns the process id.
func Getpid() int { return sysGetid(idPid) }

// Getppid returns the parent's process id.
func Getppid() int { return sysGetid(idPpid) }

// Getuid returns the user id (-1 where there are no users).
func Getuid() int { return sysGetid(idUid) }

// Geteuid returns the effective user id.
func Geteuid() int { return sysGetid(idEuid) }

// Getgid returns the group id.
func Getgid() int { return sysGetid(idGid) }

// Getegid returns the effective group id.
func Getegid() int { return sysGetid(idEgid) }

// Getgroups returns the supplementary group ids.
func Getgroups() ([]int, error) {
	g, err := sysGetgroups()
	return g, NewSyscallError("getgroups", err)
}

// Hostname returns the host name the kernel reports.
func Hostname() (name string, err error) {
	h, err := sysHostname()
	if err != nil {
		return "", NewSyscallError("hostname", err)
	}
	return h, nil
}

// Executable returns the path of the running program's executable.
func Executable() (string, error) {
	p, err := sysReadlink("/proc/self/exe")
	if err != nil {
		return "", &PathError{Op: "executable", Path: "/proc/self/exe", Err: err}
	}
	return p, nil
}

// UserHomeDir returns $HOME.
func UserHomeDir() (string, error) {
	if h := Getenv("HOME"); h != "" {
		return h, nil
	}
	return "", errors.New("$HOME is not defined")
}

// UserCacheDir returns $XDG_CACHE_HOME, else $HOME/.cache.
func UserCacheDir() (string, error) {
	return xdgDir("XDG_CACHE_HOME", "/.cache")
}

// UserConfigDir returns $XDG_CONFIG_HOME, else $HOME/.config.
func UserConfigDir() (string, error) {
	return xdgDir("XDG_CONFIG_HOME", "/.config")
}

func xdgDir(env, under string) (string, error) {
	if d := Getenv(env); d != "" {
		if d[0] != '/' {
			return "", errors.New("path in $" + env + " is relative")
		}
		return d, nil
	}
	h := Getenv("HOME")
	if h == "" {
		return "", errors.New("neither $" + env + " nor $HOME are defined")
	}
	return h + under, nil
}
