// Defer statements that run more than once per call without a loop statement (after a
// label that a goto jumps back to), beside ones that run once per call: in recursive
// calls, each with its own frame, and in a frame whose deferred call recovers a panic.
package main

func again(n int) {
	i := 0
top:
	defer println("goto defer", i)
	i++
	if i < n {
		goto top
	}
	println("again done", i)
}

func depth(n int) int {
	defer println("leave depth", n)
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func safe(d int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = "recovered"
		}
	}()
	defer println("before the recover, d =", d)
	q = 10 / d
	return q, ""
}

func main() {
	again(3)
	println("depth", depth(3))
	q, err := safe(2)
	println(q, err)
	q, err = safe(0)
	println(q, err)
}
