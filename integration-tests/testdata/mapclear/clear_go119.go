//go:build !go1.21

package main

func clearMap(m map[string]int) {
	for k := range m {
		delete(m, k)
	}
}

func clearLater(m map[string]int) int {
	defer clearMap(m)
	return len(m)
}
