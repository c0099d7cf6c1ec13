//go:build (!linux || baremetal || wasm || !tinygo4j.goroot) && !(wasip1 && tinygo4j.goroot)

package os

// ProcAttr holds the attributes of a process to start.
type ProcAttr struct {
	Dir   string
	Env   []string
	Files []*File
}
