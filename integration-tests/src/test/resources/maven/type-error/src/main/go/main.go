// A Maven project whose Go program has a type error: the plugin's build goal must log
// Go's diagnostic and fail the build (MavenPluginTest).
package main

import "fmt"

func main() {
	var n int = "three"
	fmt.Println(n)
}
