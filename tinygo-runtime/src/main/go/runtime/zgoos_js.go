//go:build js

package runtime

// GOOS is the operating system the program runs on, as the target describes it
// (microcontroller targets report linux, as TinyGo does).
const GOOS = "js"
