// Panics and recover small enough for the Uno: named results after a recovery, the
// order of deferred calls across frames, and a recovered run-time error.
package main

func divide(a, b int) (q int, ok bool) {
	defer func() {
		if recover() != nil {
			q, ok = -1, false
		}
	}()
	return a / b, true
}

func inner(xs []int, i int) int {
	defer println("inner deferred")
	return xs[i]
}

func outer(xs []int, i int) (v int) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			println("outer recovered:", e.Error())
			v = -2
		}
	}()
	defer println("outer deferred")
	return inner(xs, i)
}

func main() {
	q, ok := divide(7, 2)
	println(q, ok)
	q, ok = divide(7, 0)
	println(q, ok)
	xs := []int{1, 2, 3}
	println(outer(xs, 1))
	println(outer(xs, 4))
	println(recover() == nil)
}
