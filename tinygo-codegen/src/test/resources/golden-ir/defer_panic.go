package main

// Deferred calls, a panic and a recover in a deferred closure.
func safeDiv(a, b int) (q int, failed bool) {
	defer func() {
		if recover() != nil {
			failed = true
		}
	}()
	return a / b, false
}

func main() {
	defer println("done")
	_, failed := safeDiv(1, 0)
	if !failed {
		panic("no panic")
	}
	println(failed)
}
