// Command mavenwasm is the Go program of the example Maven project: the plugin's build
// goal compiles it to target/maven-wasm-example.wasm.
package main

import (
	"fmt"
	"os"

	"example.com/mavenwasm/greet"
)

// version is set by the plugin's <linkerStrings>, as -ldflags "-X main.version=..." does.
var version = "dev"

func main() {
	fmt.Printf("maven-wasm example %s\n", version)
	for i, name := range []string{"Maven", "WebAssembly", "Gopher"} {
		fmt.Println(i, greet.Hello(name))
	}
	fmt.Fprintln(os.Stderr, "squares:", greet.Squares(5))
}
