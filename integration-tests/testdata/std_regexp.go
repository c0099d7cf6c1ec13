// targets: host wasi

// Go's regexp, compiled from the GOROOT: matching, submatches, replacement, split.
package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	s := "alice@example.com, bob@test.com; nobody@x.org"
	fmt.Println(re.MatchString(s))
	fmt.Println(re.FindAllString(s, -1))
	fmt.Println(re.FindStringSubmatch(s))
	fmt.Println(re.ReplaceAllString(s, "$2:$1"))
	fmt.Println(re.FindAllStringSubmatchIndex(s, -1))
	re2 := regexp.MustCompile(`^[a-z]+\[(?P<num>[0-9]+)\]$`)
	fmt.Println(re2.FindStringSubmatch("abc[123]"), re2.SubexpNames())
	fmt.Println(regexp.MustCompile(`a+b*`).Split("xaabyabbbz", -1))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
}
