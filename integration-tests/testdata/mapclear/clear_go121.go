//go:build go1.21

package main

func clearMap(m map[string]int) {
	clear(m)
}
