//go:build !js

package runtime

// hostEventLoop is set where the program runs inside a host's event loop (js) and
// must never wait by spinning: there, a sleep returns to the host (start_js.go).
const hostEventLoop = false
