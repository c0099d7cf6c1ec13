//go:build go1.21

package main

func clearMap(m map[string]int) {
	clear(m)
}

// clearLater clears m when it returns, and returns its length before.
func clearLater(m map[string]int) int {
	defer clear(m)
	return len(m)
}
