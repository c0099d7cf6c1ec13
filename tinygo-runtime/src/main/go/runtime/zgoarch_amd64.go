//go:build amd64

package runtime

// GOARCH is the architecture the program runs on, as the target describes it (the
// AVR target reports arm, as TinyGo does).
const GOARCH = "amd64"
