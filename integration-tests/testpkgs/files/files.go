// Package files writes and reads a small file, for tests that use t.TempDir.
package files

import (
	"os"
	"path"
)

// RoundTrip writes data to name in dir and reads it back.
func RoundTrip(dir, name string, data []byte) ([]byte, error) {
	p := path.Join(dir, name)
	if err := os.WriteFile(p, data, 0644); err != nil {
		return nil, err
	}
	return os.ReadFile(p)
}
