//go:build wasip1

package runtime

// _start is the WASI command entry point.
//
//export _start
func _start() {
	run()
}
