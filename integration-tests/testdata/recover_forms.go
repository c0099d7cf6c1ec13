// Which calls of recover stop a panic: only one made by a deferred call that the
// panic itself made. A deferred recover() is no-op in the panicking function, and
// acts for the function that deferred it when that function was called by the panic;
// recursion and helpers called by the deferred function see nil.
package main

func report(what string, r interface{}) {
	if r == nil {
		println(what, "nil")
	} else {
		println(what, r.(int))
	}
}

func helper() {
	report("helper:", recover())
}

func recursive(n int) {
	if n > 0 {
		recursive(n - 1)
		return
	}
	report("recursive:", recover())
}

func direct() {
	report("direct:", recover())
}

func deferredRecoverIsEarly() {
	defer direct()
	defer recover()
	panic(1)
}

func deferredRecoverInDeferred() {
	defer direct()
	defer func() {
		defer recover()
	}()
	panic(2)
}

func notDirect() {
	defer direct()
	defer recursive(1)
	defer func() {
		helper()
		recursive(2)
	}()
	panic(3)
}

func main() {
	deferredRecoverIsEarly()
	deferredRecoverInDeferred()
	notDirect()
	report("main:", recover())
}
