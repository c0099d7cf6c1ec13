//go:build js

package runtime

import _ "unsafe"

// What Go's package syscall for js/wasm (compiled from the GOROOT, for os/signal's
// syscall.Signal and the like) expects its runtime to push into it: the environment,
// the wall clock, the page size and Exit.

//go:linkname syscall_js_runtime_envs syscall.runtime_envs
func syscall_js_runtime_envs() []string {
	return osEnviron()
}

//go:linkname syscall_js_now syscall.now
func syscall_js_now() (sec int64, nsec int32) {
	return walltime()
}

// syscall_js_Getpagesize is WebAssembly's page.
//
//go:linkname syscall_js_Getpagesize syscall.Getpagesize
func syscall_js_Getpagesize() int {
	return 65536
}

//go:linkname syscall_js_Exit syscall.Exit
func syscall_js_Exit(code int) {
	exit(code)
}
