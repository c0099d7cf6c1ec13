// Reads its standard input and two environment variables, and lists the files of its
// working directory that end in ".txt": what RunOptionsTest gives it through tinygo-run.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Printf("GREETING=%q UNSET=%q\n", os.Getenv("GREETING"), os.Getenv("TINYGO4J_UNSET"))
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("line %d: %s\n", n, strings.ToUpper(sc.Text()))
	}
	entries, err := os.ReadDir(".")
	if err != nil {
		fmt.Println("readdir:", err)
		return
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".txt") {
			b, _ := os.ReadFile(e.Name())
			fmt.Printf("%s: %s", e.Name(), b)
		}
	}
}
